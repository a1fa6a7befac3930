import * as cheerio from 'cheerio'
import type { CheerioAPI } from 'cheerio'
import juice from 'juice'
import { escapeHtml } from './escape.js'

export interface WeChatRenderOptions {
  /** Replaces an image URL with one WeChat accepts (the result of media/uploadimg). Called once per distinct URL. */
  rewriteImageUrl?: (url: string) => string | Promise<string>
  /** Resolves relative link and image URLs (e.g. the public site); relative links are unlinked without it. */
  baseUrl?: string
  /** Heading of the footnote list that replaces external links. */
  referencesHeading?: string
  /** CSS inlined into the article; defaults to WECHAT_STYLESHEET. */
  stylesheet?: string
}

export interface WeChatFootnote {
  n: number
  url: string
  text: string
}

export interface WeChatRendered {
  html: string
  footnotes: WeChatFootnote[]
  images: Array<{ from: string; to: string }>
}

/** Styles for WeChat's 677 px content column; everything ends up inline. */
export const WECHAT_STYLESHEET = `
.wx-article { font-size: 16px; line-height: 1.75; color: #333333; letter-spacing: 0.5px; text-align: justify; word-break: break-word; }
h1 { font-size: 22px; line-height: 1.4; font-weight: bold; margin: 24px 0 16px; color: #222222; }
h2 { font-size: 19px; line-height: 1.5; font-weight: bold; margin: 28px 0 14px; padding-left: 10px; border-left: 4px solid #b71c1c; color: #222222; }
h3 { font-size: 17px; line-height: 1.5; font-weight: bold; margin: 22px 0 10px; color: #222222; }
h4, h5, h6 { font-size: 16px; font-weight: bold; margin: 18px 0 8px; color: #222222; }
p { margin: 0 0 16px; }
ul, ol { margin: 0 0 16px; padding-left: 24px; }
li { margin: 0 0 6px; }
.sub-item { margin: 4px 0 4px 16px; }
blockquote { margin: 0 0 16px; padding: 10px 14px; border-left: 3px solid #cccccc; background-color: #f7f7f7; color: #555555; }
hr { border: 0; border-top: 1px solid #e5e5e5; margin: 24px 0; }
table { width: 100%; border-collapse: collapse; margin: 0 0 16px; font-size: 14px; }
th, td { border: 1px solid #dddddd; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background-color: #f2f2f2; font-weight: bold; }
img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
.figure { margin: 0 0 16px; }
.caption { margin: 6px 0 0; font-size: 13px; color: #888888; text-align: center; }
.qa { margin: 0 0 20px; padding: 12px 14px; background-color: #f8f9fb; border-radius: 4px; }
.q { font-size: 16px; margin: 0 0 8px; color: #b71c1c; }
.a p { margin: 0 0 10px; }
.callout { margin: 0 0 20px; padding: 12px 14px; border: 1px solid #dddddd; border-radius: 4px; }
.callout-info { background-color: #eef5ff; border-color: #90caf9; }
.callout-warning { background-color: #fff8e1; border-color: #ffb300; }
.callout-hotline { background-color: #fff4f4; border-color: #e57373; }
.callout-title { font-weight: bold; margin: 0 0 6px; }
.callout-body p { margin: 0 0 6px; }
.term { font-weight: bold; color: #1a4f8b; }
sup { font-size: 12px; line-height: 0; color: #888888; }
.notes-title, .references-title { font-size: 15px; color: #555555; margin: 32px 0 10px; padding: 12px 0 0; border-left: 0; border-top: 1px solid #eeeeee; }
.notes li, .reference { font-size: 13px; line-height: 1.6; color: #777777; margin: 0 0 6px; word-break: break-all; }
.note-url { color: #999999; }
`

const WECHAT_HOST = /(^|\.)mp\.weixin\.qq\.com$/i
const REMOVED_TAGS =
  'script, style, iframe, object, embed, form, input, button, textarea, select, link, meta, noscript, template, source'
const KEPT_ATTRIBUTES = new Set(['style', 'href', 'src', 'alt', 'colspan', 'rowspan', 'start'])

function absoluteUrl(url: string, baseUrl: string | undefined): string | undefined {
  try {
    return new URL(url, baseUrl).toString()
  } catch {
    return undefined
  }
}

function isWeChatUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && WECHAT_HOST.test(parsed.hostname)
  } catch {
    return false
  }
}

function renameTag($: CheerioAPI, selector: string, tagName: string, className: string): void {
  $(selector).each((_, element) => {
    if (!('attribs' in element)) return
    element.tagName = tagName
    // The class picks the WeChat styles; the editor's alignment and indent stay.
    const style = element.attribs.style
    element.attribs = style ? { class: className, style } : { class: className }
  })
}

/** Glossary links become emphasised text: a link to our site would not work inside WeChat. */
function unlinkGlossaryTerms($: CheerioAPI): void {
  $('a.term, a[data-term], span[data-term]').each((_, el) => {
    $(el).replaceWith(`<strong class="term">${$(el).html() ?? ''}</strong>`)
  })
}

/**
 * Notes keep their source but print its URL, since WeChat cannot open it — except a WeChat
 * article's, which WeChat opens: that one stays a link.
 */
function printNoteUrls($: CheerioAPI, baseUrl: string | undefined): void {
  $('ol.notes a[href]').each((_, el) => {
    const url = absoluteUrl($(el).attr('href') ?? '', baseUrl)
    if (url && isWeChatUrl(url)) return
    const label = $(el).html() ?? ''
    $(el).replaceWith(
      url && !url.startsWith('#')
        ? `${label}<span class="note-url"> ${escapeHtml(url)}</span>`
        : label,
    )
  })
}

/**
 * External links become numbered footnotes. Their numbers follow the citation notes' ([1]–[N] in
 * the notes list): one numbering for the reader, never two different [1]s in one article.
 */
function footnoteExternalLinks($: CheerioAPI, baseUrl: string | undefined): WeChatFootnote[] {
  const notes = $('ol.notes > li').length
  const footnotes: WeChatFootnote[] = []
  const byUrl = new Map<string, WeChatFootnote>()
  $('a').each((_, el) => {
    const link = $(el)
    const href = (link.attr('href') ?? '').trim()
    const text = link.text().trim()
    if (!href || href.startsWith('#')) {
      link.replaceWith(link.html() ?? '')
      return
    }
    const url = href.startsWith('/') && !baseUrl ? undefined : absoluteUrl(href, baseUrl)
    if (!url || !/^https?:/i.test(url)) {
      link.replaceWith(link.html() ?? '')
      return
    }
    if (isWeChatUrl(url)) {
      el.attribs = { href: url }
      return
    }
    let footnote = byUrl.get(url)
    if (!footnote) {
      footnote = { n: notes + footnotes.length + 1, url, text: text || url }
      footnotes.push(footnote)
      byUrl.set(url, footnote)
    }
    link.replaceWith(`${link.html() ?? ''}<sup>[${footnote.n}]</sup>`)
  })
  return footnotes
}

/** WeChat mangles lists inside list items: nested lists become indented lines with their own markers. */
function flattenNestedLists($: CheerioAPI): void {
  for (;;) {
    const innermost = $('li > ul, li > ol')
      .filter((_, el) => $(el).find('ul, ol').length === 0)
      .first()
    if (!innermost.length) return
    const ordered = innermost.is('ol')
    const start = Number(innermost.attr('start') ?? 1) || 1
    const lines = innermost
      .children('li')
      .toArray()
      .map(
        (li, index) =>
          `<section class="sub-item">${ordered ? `${start + index}. ` : '◦ '}${$(li).html() ?? ''}</section>`,
      )
    innermost.replaceWith(lines.join(''))
  }
}

function simplifyMedia($: CheerioAPI): void {
  $('picture').each((_, el) => {
    $(el).replaceWith($(el).find('img').first().toString())
  })
  renameTag($, 'figure', 'section', 'figure')
  renameTag($, 'figcaption', 'p', 'caption')
  // WeChat's editor drops <aside>; a section with the same class keeps the callout styling.
  $('aside').each((_, el) => {
    el.tagName = 'section'
  })
  $('mark').each((_, el) => {
    el.tagName = 'strong'
  })
}

async function rewriteImages(
  $: CheerioAPI,
  options: WeChatRenderOptions,
): Promise<Array<{ from: string; to: string }>> {
  const cache = new Map<string, Promise<string>>()
  const images = $('img').toArray()
  const rewritten: Array<{ from: string; to: string }> = []
  await Promise.all(
    images.map(async (el) => {
      const src = absoluteUrl($(el).attr('src') ?? '', options.baseUrl)
      if (!src) {
        $(el).remove()
        return
      }
      let pending = cache.get(src)
      if (!pending) {
        pending = Promise.resolve(options.rewriteImageUrl ? options.rewriteImageUrl(src) : src)
        cache.set(src, pending)
      }
      const to = await pending
      el.attribs = { src: to, alt: $(el).attr('alt') ?? '' }
      if (!rewritten.some((r) => r.from === src)) rewritten.push({ from: src, to })
    }),
  )
  return rewritten
}

function referencesSection(footnotes: WeChatFootnote[], heading: string): string {
  if (!footnotes.length) return ''
  const items = footnotes
    .map(
      (f) =>
        `<p class="reference">[${f.n}] ${escapeHtml(f.text)}${f.text === f.url ? '' : `：${escapeHtml(f.url)}`}</p>`,
    )
    .join('')
  return `<section class="references"><h3 class="references-title">${escapeHtml(heading)}</h3>${items}</section>`
}

const REPEATED_HEX = /#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi

/**
 * A style attribute as short as it can be written: juice writes `margin: 0 0 16px;` on every
 * paragraph, with spaces, trailing semicolons and six-digit colours, all counted against
 * WeChat's 20,000-character limit. Seed 000 as an article (10,628 characters of text): 18,441
 * characters of WeChat HTML before, 17,506 after (with the redundant resets on .q dropped).
 */
export function compactStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':')
      if (colon < 0) return ''
      const name = declaration.slice(0, colon).trim()
      const value = declaration
        .slice(colon + 1)
        .trim()
        .replace(REPEATED_HEX, '#$1$2$3')
      return name && value ? `${name}:${value}` : ''
    })
    .filter(Boolean)
    .join(';')
}

/**
 * The editor's indent arrives as padding-inline-start (Payload's 40 px a level). WeChat's editor
 * keeps only the physical properties it knows, so it becomes padding-left: Chinese text runs left
 * to right. Placed after the stylesheet's own padding, it wins over a shorthand like `padding: 10px 14px`.
 */
function physicalIndent(style: string): string {
  return style.replace(/(^|;)\s*padding-inline-start\s*:/g, '$1padding-left:')
}

function stripToInlineStyles($: CheerioAPI): void {
  $(REMOVED_TAGS).remove()
  $('*').each((_, element) => {
    if (!('attribs' in element)) return
    for (const name of Object.keys(element.attribs)) {
      if (!KEPT_ATTRIBUTES.has(name)) delete element.attribs[name]
    }
    const style = element.attribs.style
    if (style !== undefined) {
      const compact = compactStyle(physicalIndent(style))
      if (compact) element.attribs.style = compact
      else delete element.attribs.style
    }
  })
}

/**
 * Turns delivered article HTML into WeChat-safe HTML: inline styles only, no ids, classes or scripts,
 * no nested lists, external links as numbered footnotes under 参考资料, glossary links as emphasis, and
 * image URLs rewritten to uploaded ones.
 */
export async function renderWeChatHtml(
  html: string,
  options: WeChatRenderOptions = {},
): Promise<WeChatRendered> {
  const $ = cheerio.load(html, null, false)
  $(REMOVED_TAGS).remove()
  unlinkGlossaryTerms($)
  printNoteUrls($, options.baseUrl)
  const footnotes = footnoteExternalLinks($, options.baseUrl)
  flattenNestedLists($)
  simplifyMedia($)
  const images = await rewriteImages($, options)
  const body = `<section class="wx-article">${$.html()}${referencesSection(footnotes, options.referencesHeading ?? '参考资料')}</section>`
  const inlined = juice.inlineContent(body, options.stylesheet ?? WECHAT_STYLESHEET, {
    applyWidthAttributes: false,
    applyHeightAttributes: false,
    applyAttributesTableElements: false,
  })
  const out = cheerio.load(inlined, null, false)
  stripToInlineStyles(out)
  return { html: out.html(), footnotes, images }
}
