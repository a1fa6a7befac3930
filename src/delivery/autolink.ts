import * as cheerio from 'cheerio'
import type { AnyNode, Element, Text } from 'domhandler'
import { HEADING_TAGS } from '../text/html-headings.js'
import { toSimplified } from '../text/normalize.js'
import { escapeHtml } from './escape.js'

export interface GlossaryTerm {
  slug: string
  term: string
  aliases?: string[]
  shortDefinition?: string | null
}

export interface AutoLinkOptions {
  url: (slug: string) => string
  /** Slugs never to link (e.g. the term on its own page). */
  exclude?: Iterable<string>
}

/** Text under these elements is never linked: existing links, headings, code, citation markers, notes. */
const SKIPPED_TAGS = new Set<string>([
  'a',
  ...HEADING_TAGS,
  'script',
  'style',
  'code',
  'pre',
  'sup',
  'button',
  'textarea',
  'svg',
])
const SKIPPED_CLASSES = ['term', 'notes', 'cite']

interface Matcher {
  folded: string
  term: GlossaryTerm
  latinStart: boolean
  latinEnd: boolean
}

const LATIN = /[a-z0-9]/

/**
 * Simplified, lower-cased form of the text with the same length, so that match offsets in the folded
 * text are offsets in the original. When phrase conversion changes the length, fold character by character.
 */
export function foldPreservingOffsets(text: string): string {
  const whole = toSimplified(text).toLowerCase()
  if (whole.length === text.length) return whole
  let out = ''
  for (const ch of text) {
    const folded = toSimplified(ch).toLowerCase()
    out += folded.length === ch.length ? folded : ch
  }
  return out
}

function buildMatchers(terms: GlossaryTerm[], exclude: Set<string>): Matcher[] {
  const seen = new Set<string>()
  const matchers: Matcher[] = []
  for (const term of terms) {
    if (exclude.has(term.slug)) continue
    for (const form of [term.term, ...(term.aliases ?? [])]) {
      const folded = foldPreservingOffsets(form.trim())
      if (!folded || seen.has(folded)) continue
      seen.add(folded)
      matchers.push({
        folded,
        term,
        latinStart: LATIN.test(folded[0]!),
        latinEnd: LATIN.test(folded.at(-1)!),
      })
    }
  }
  // Longest form first, so 间谍组织代理人 wins over 间谍组织 at the same position.
  return matchers.sort((a, b) => b.folded.length - a.folded.length)
}

function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toLowerCase())) return true
  const classes = (element.attribs.class ?? '').split(/\s+/)
  return SKIPPED_CLASSES.some((name) => classes.includes(name))
}

function collectTextNodes(nodes: AnyNode[], out: Text[]): Text[] {
  for (const node of nodes) {
    // domhandler's `type` is an enum, which does not narrow the node; its fields do.
    if (node.type === 'text') out.push(node as Text)
    else if (node.type === 'root' && 'children' in node) collectTextNodes(node.children, out)
    else if (node.type === 'tag' && 'attribs' in node && !isSkippedElement(node))
      collectTextNodes(node.children, out)
  }
  return out
}

function boundaryOk(folded: string, index: number, matcher: Matcher): boolean {
  if (matcher.latinStart && index > 0 && LATIN.test(folded[index - 1]!)) return false
  const end = index + matcher.folded.length
  if (matcher.latinEnd && end < folded.length && LATIN.test(folded[end]!)) return false
  return true
}

interface Match {
  index: number
  length: number
  term: GlossaryTerm
}

/** The earliest match of a not-yet-linked term at or after `from`; the longest form wins at equal positions. */
function nextMatch(
  folded: string,
  from: number,
  matchers: Matcher[],
  linked: Set<string>,
): Match | undefined {
  let best: Match | undefined
  for (const matcher of matchers) {
    if (linked.has(matcher.term.slug)) continue
    let index = folded.indexOf(matcher.folded, from)
    while (index !== -1 && !boundaryOk(folded, index, matcher))
      index = folded.indexOf(matcher.folded, index + 1)
    if (index !== -1 && (!best || index < best.index))
      best = { index, length: matcher.folded.length, term: matcher.term }
  }
  return best
}

function termLink(term: GlossaryTerm, original: string, url: (slug: string) => string): string {
  const title = term.shortDefinition?.trim()
    ? ` title="${escapeHtml(term.shortDefinition.trim())}"`
    : ''
  return `<a class="term" href="${escapeHtml(url(term.slug))}"${title} data-term="${escapeHtml(term.slug)}">${escapeHtml(original)}</a>`
}

/**
 * Links the first occurrence of each glossary term (or alias) in delivered HTML. Matching ignores
 * Simplified/Traditional differences and Latin case; the original characters are kept. Terms already
 * marked by an editor (any element with data-term) count as linked.
 */
export function autoLinkGlossary(
  html: string,
  terms: GlossaryTerm[],
  options: AutoLinkOptions,
): string {
  const matchers = buildMatchers(terms, new Set(options.exclude ?? []))
  if (!matchers.length || !html) return html
  const $ = cheerio.load(html, null, false)
  const slugs = new Set(matchers.map((matcher) => matcher.term.slug))
  const linked = new Set<string>(
    $('[data-term]')
      .map((_, el) => $(el).attr('data-term') ?? '')
      .get(),
  )

  for (const node of collectTextNodes($.root().toArray(), [])) {
    const original = node.data
    const folded = foldPreservingOffsets(original)
    let html = ''
    let cursor = 0
    for (
      let match = nextMatch(folded, 0, matchers, linked);
      match;
      match = nextMatch(folded, cursor, matchers, linked)
    ) {
      html +=
        escapeHtml(original.slice(cursor, match.index)) +
        termLink(match.term, original.slice(match.index, match.index + match.length), options.url)
      cursor = match.index + match.length
      linked.add(match.term.slug)
    }
    if (cursor > 0) $(node).replaceWith(html + escapeHtml(original.slice(cursor)))
    if ([...slugs].every((slug) => linked.has(slug))) break
  }
  return $.html()
}
