// Rich text to delivered HTML and text, on Payload's converters (convertLexicalToHTML with ours
// for every node, convertLexicalToPlaintext), with the citation notes and the sanitizer after.
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { isConverterState, type LexicalState } from '../richtext/nodes.js'
import { plainTextParagraphsOf } from '../richtext/plain-text.js'
import { escapeHtml, safeUrl } from './escape.js'
import { webHtmlConverters } from './richtext/html-converters.js'
import { sanitizeDeliveredHtml } from './richtext/sanitize.js'
import { weChatHtmlConverters } from './richtext/wechat-converters.js'
import type { Citation, RenderContext, RenderedRichText, RenderOptions } from './richtext/types.js'

export { isRecord, type LexicalNode, type LexicalState } from '../richtext/nodes.js'
export { sanitizeDeliveredHtml }
export type * from './richtext/types.js'

function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value)
  return match ? match[1]! : value
}

function renderNote(citation: Citation): string {
  const { source } = citation
  const title = (source.title ?? '').trim()
  const url = safeUrl(source.url)
  const titleHtml = title
    ? url
      ? `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`
      : escapeHtml(title)
    : url
      ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
      : ''
  const parts = [
    titleHtml,
    escapeHtml((source.outlet ?? '').trim()),
    escapeHtml(formatDate(source.publishedDate)),
  ].filter(Boolean)
  const author = (source.author ?? '').trim()
  const locators = citation.locators.length ? `（${escapeHtml(citation.locators.join('；'))}）` : ''
  return `<li id="note-${citation.n}">${author ? `${escapeHtml(author)}：` : ''}${parts.join('，')}${locators}</li>`
}

function renderNotes(citations: Citation[], heading: string): string {
  if (!citations.length) return ''
  return `<section class="notes"><h2 class="notes-title">${escapeHtml(heading)}</h2><ol class="notes">${citations.map(renderNote).join('')}</ol></section>`
}

export function renderRichText(
  state: LexicalState | null | undefined,
  options: RenderOptions = {},
): RenderedRichText {
  if (!isConverterState(state))
    return { html: '', text: '', citations: [], headings: [], warnings: [] }
  const ctx: RenderContext = {
    options,
    citations: new Map(),
    headings: [],
    headingIds: new Set(),
    warnings: [],
  }
  const body = convertLexicalToHTML({
    converters:
      options.converters === 'wechat' ? weChatHtmlConverters(ctx) : webHtmlConverters(ctx),
    data: state,
    disableContainer: true,
  })
  const citations = [...ctx.citations.values()]
  const html = sanitizeDeliveredHtml(body + renderNotes(citations, options.notesHeading ?? '注释'))
  const text = plainTextParagraphsOf(state, {
    relatedTitle: (doc) => options.relatedDocument?.(doc)?.title,
  }).join('\n\n')
  return { html, text, citations, headings: ctx.headings, warnings: ctx.warnings }
}

const NOT_HAN = /\P{Script=Han}+/gu
const LATIN_WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g
const CHINESE_CHARS_PER_MINUTE = 400

/**
 * Reading time for Chinese text: each Han character or Latin/number word counts as one unit, ≈400
 * per minute, at least 1. Han characters are counted as the code points left when the rest is
 * removed, not as the matches of /\p{Script=Han}/gu: that built an array of one string per
 * character, 168 µs for 3,000 characters against 60 µs.
 */
export function readingTimeMinutes(text: string): number {
  const han = text.replace(NOT_HAN, '')
  let units = 0
  for (let i = 0; i < han.length; i++) {
    const code = han.charCodeAt(i)
    if (code < 0xdc00 || code > 0xdfff) units += 1 // a low surrogate ends a character already counted
  }
  LATIN_WORD.lastIndex = 0
  while (LATIN_WORD.exec(text)) units += 1
  return Math.max(1, Math.round(units / CHINESE_CHARS_PER_MINUTE))
}
