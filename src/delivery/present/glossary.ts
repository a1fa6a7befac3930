import type { GlossaryTerm } from '../autolink.js'
import { autoLinkGlossary } from '../autolink.js'
import { escapeHtml } from '../escape.js'
import { definedTermPageJsonLd, definedTermSetJsonLd, type JsonLd } from '../jsonld.js'
import { SCRIPT_LANGUAGE_TAGS, convertForScript } from '../script.js'
import { siteUrls } from '../settings.js'
import { textFor, textsFor } from '../read/localized.js'
import type { Refs } from '../read/refs.js'
import type { GlossaryTermDoc } from '../read/types.js'
import {
  isoOrUndefined,
  presentLegalBasis,
  presentSourceLinks,
  presentTopicRef,
  wantSourcesAndLaws,
} from './common.js'
import type { PresentContext } from './common.js'

export function termEntry(doc: GlossaryTermDoc, ctx: PresentContext) {
  const slug = String(doc.slug)
  const term = textFor(doc.term, ctx.script)
  return {
    id: doc.id,
    slug,
    term,
    pinyin: typeof doc.pinyin === 'string' ? doc.pinyin : undefined,
    aliases: [...new Set(textsFor(doc.aliases, ctx.script))].filter((alias) => alias !== term),
    definition: textFor(doc.definition, ctx.script),
    url: siteUrls.term(ctx.settings.siteUrl, slug),
    api: `${ctx.settings.apiUrl}/v1/glossary/${slug}`,
    updatedAt: isoOrUndefined(doc.updatedAt),
  }
}

/** A–Z by the pinyin sort key; terms that do not start with a letter go under "#". */
export function sectionLetter(doc: GlossaryTermDoc): string {
  const first = String(doc.pinyinSortKey ?? doc.pinyin ?? '')
    .trim()
    .charAt(0)
    .toUpperCase()
  return /^[A-Z]$/.test(first) ? first : '#'
}

export function presentGlossary(
  docs: GlossaryTermDoc[],
  ctx: PresentContext,
): {
  language: string
  count: number
  sections: Array<{ letter: string; terms: ReturnType<typeof termEntry>[] }>
  jsonLd: JsonLd
} {
  const sorted = [...docs].sort((a, b) =>
    String(a.pinyinSortKey ?? '').localeCompare(String(b.pinyinSortKey ?? '')),
  )
  const sections = new Map<string, ReturnType<typeof termEntry>[]>()
  for (const doc of sorted) {
    const letter = sectionLetter(doc)
    if (!sections.has(letter)) sections.set(letter, [])
    sections.get(letter)!.push(termEntry(doc, ctx))
  }
  const ordered = [...sections].sort(([a], [b]) =>
    a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b),
  )
  const language = SCRIPT_LANGUAGE_TAGS[ctx.script]
  const entries = ordered.flatMap(([, terms]) => terms)
  return {
    language,
    count: entries.length,
    sections: ordered.map(([letter, terms]) => ({ letter, terms })),
    jsonLd: definedTermSetJsonLd({
      url: siteUrls.glossary(ctx.settings.siteUrl),
      name: convertForScript(`${ctx.settings.siteName}术语表`, ctx.script),
      inLanguage: language,
      terms: entries.map((t) => ({
        term: t.term,
        url: t.url,
        description: t.definition,
        alternateNames: t.aliases,
        termCode: t.slug,
      })),
    }),
  }
}

export function wantTermRefs(refs: Refs, doc: GlossaryTermDoc): void {
  refs.want('topics', doc.topics)
  refs.want('glossary-terms', doc.relatedTerms)
  wantSourcesAndLaws(refs, doc)
}

/** One term with its definition as HTML, other terms in it linked (never itself). */
export function presentTerm(doc: GlossaryTermDoc, terms: GlossaryTerm[], ctx: PresentContext) {
  const entry = termEntry(doc, ctx)
  const paragraphs = entry.definition
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
  const definitionHtml = autoLinkGlossary(
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
    terms,
    { url: (slug) => siteUrls.term(ctx.settings.siteUrl, slug), exclude: [entry.slug] },
  )
  const language = SCRIPT_LANGUAGE_TAGS[ctx.script]
  return {
    ...entry,
    language,
    definitionHtml,
    topics: ctx.refs.all('topics', doc.topics).map((topic) => presentTopicRef(topic, ctx)),
    relatedTerms: ctx.refs.all('glossary-terms', doc.relatedTerms).map((related) => {
      const { slug, term, url, api } = termEntry(related, ctx)
      return { slug, term, url, api }
    }),
    legalBasis: presentLegalBasis(doc.legalBasis, ctx),
    sources: presentSourceLinks(doc.sources, ctx),
    jsonLd: definedTermPageJsonLd(
      {
        term: entry.term,
        url: entry.url,
        description: entry.definition,
        alternateNames: entry.aliases,
        termCode: entry.slug,
      },
      siteUrls.glossary(ctx.settings.siteUrl),
    ),
  }
}
