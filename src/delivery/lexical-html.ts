import sanitizeHtml from 'sanitize-html'
import { HEADING_TAGS } from '../text/html-headings.js'
import { slugify } from '../text/pinyin.js'
import type { DocId } from '../db/ids.js'
import { escapeHtml, safeUrl } from './escape.js'

export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  [key: string]: unknown
}

export interface LexicalState {
  root: LexicalNode
}

export interface CitationSource {
  id?: DocId
  title?: string | null
  outlet?: string | null
  url?: string | null
  publishedDate?: string | null
  author?: string | null
}

export interface GlossaryTermRef {
  id?: DocId
  term?: string | null
  slug?: string | null
  /** A string, or a Lexical state whose plain text is used. */
  definition?: unknown
  shortDefinition?: string | null
}

export interface MediaDoc {
  id?: DocId
  url?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  filename?: string | null
}

export interface RenderOptions {
  /** Looks up a citation source that arrived as a bare id (unpopulated relationship). */
  resolveSource?: (id: DocId) => CitationSource | undefined
  /** Looks up a glossary term that arrived as a bare id. */
  resolveTerm?: (id: DocId) => GlossaryTermRef | undefined
  /** Public URL of a glossary term page; without it glossary marks render as spans. */
  termUrl?: (slug: string) => string
  /** Public URL of an uploaded medium (e.g. a CDN prefix); defaults to the document's own url. */
  mediaUrl?: (media: MediaDoc) => string | undefined
  /** Looks up an upload that arrived as a bare id. */
  resolveMedia?: (id: DocId) => MediaDoc | undefined
  /** URL of an internal link target ({ relationTo, value }); without it internal links render as plain text. */
  internalLinkUrl?: (doc: { relationTo: string; value: unknown }) => string | undefined
  /**
   * The page of a relationship node's document; without one (unknown, or not public) the node
   * renders as nothing.
   */
  relatedDocument?: (doc: {
    relationTo: string
    value: unknown
  }) => { url: string; title: string } | undefined
  /** Heading above the notes list. */
  notesHeading?: string
}

export interface Citation {
  n: number
  source: CitationSource
  /** Distinct locators (e.g. 第十二条) used with this source, in order of appearance. */
  locators: string[]
}

export interface Heading {
  level: number
  text: string
  id: string
}

export interface RenderedRichText {
  html: string
  text: string
  citations: Citation[]
  headings: Heading[]
  /** Problems an editor should fix (unresolved citation sources, glossary terms, uploads). */
  warnings: string[]
}

const TEXT_FORMAT_TAGS: Array<[bit: number, tag: string]> = [
  [1, 'strong'],
  [1 << 1, 'em'],
  [1 << 2, 's'],
  [1 << 3, 'u'],
  [1 << 4, 'code'],
  [1 << 5, 'sub'],
  [1 << 6, 'sup'],
  [1 << 7, 'mark'],
]

const CALLOUT_TONES = new Set(['info', 'warning', 'hotline'])
const TERM_TITLE_MAX = 140

interface RenderContext {
  options: RenderOptions
  citations: Map<string, Citation>
  headings: Heading[]
  headingIds: Set<string>
  warnings: string[]
}

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children : []
}

/** An object whose fields are yet to be checked (block fields, populated relationships). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object'
}

function fieldsOf(node: LexicalNode): Record<string, unknown> {
  return isRecord(node.fields) ? node.fields : {}
}

function stringField(record: Record<string, unknown>, key: string): string {
  const value = record[key]
  return typeof value === 'string' ? value : ''
}

function isDocId(value: unknown): value is DocId {
  return typeof value === 'string' || typeof value === 'number'
}

function isLexicalState(value: unknown): value is LexicalState {
  return isRecord(value) && isRecord(value.root)
}

/** Splits a plain multi-line field (Q&A answer, callout body) into escaped paragraphs. */
function paragraphsFromPlainText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')
}

function plainTextParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

function uniqueHeadingId(text: string, used: Set<string>): string {
  const base = slugify(text) || 'section'
  let id = base
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`
  used.add(id)
  return id
}

function formatDate(value: string | null | undefined): string {
  if (!value) return ''
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value)
  return match ? match[1]! : value
}

function renderText(node: LexicalNode): string {
  let html = escapeHtml(typeof node.text === 'string' ? node.text : '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of TEXT_FORMAT_TAGS) {
    if (format & bit) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

function linkHref(node: LexicalNode, ctx: RenderContext): string | undefined {
  const fields = fieldsOf(node)
  if (fields.linkType === 'internal') {
    const doc = isRecord(fields.doc) ? fields.doc : undefined
    if (typeof doc?.relationTo !== 'string' || !doc.relationTo || !ctx.options.internalLinkUrl)
      return undefined
    return safeUrl(ctx.options.internalLinkUrl({ relationTo: doc.relationTo, value: doc.value }))
  }
  return safeUrl(stringField(fields, 'url'))
}

/** A relationship node (a document embedded in the text): a paragraph linking to its page. */
function renderRelationship(node: LexicalNode, ctx: RenderContext): string {
  if (typeof node.relationTo !== 'string') return ''
  const page = ctx.options.relatedDocument?.({ relationTo: node.relationTo, value: node.value })
  const href = page && safeUrl(page.url)
  if (!page || !href) return ''
  return `<p><a href="${escapeHtml(href)}">${escapeHtml(page.title)}</a></p>`
}

function renderLink(node: LexicalNode, ctx: RenderContext): string {
  const inner = renderNodes(childrenOf(node), ctx)
  const href = linkHref(node, ctx)
  if (!href) return inner
  const newTab = fieldsOf(node).newTab === true
  return `<a href="${escapeHtml(href)}"${newTab ? ' target="_blank" rel="noopener noreferrer"' : ''}>${inner}</a>`
}

function sourceKey(source: unknown): string {
  if (isDocId(source)) return `id:${source}`
  const record = isRecord(source) ? source : {}
  if (record.id !== undefined) return `id:${String(record.id)}`
  return `doc:${String(record.title ?? '')}|${String(record.url ?? '')}`
}

function resolveCitationSource(value: unknown, ctx: RenderContext): CitationSource | undefined {
  if (isDocId(value)) return ctx.options.resolveSource?.(value)
  return value && typeof value === 'object' ? (value as CitationSource) : undefined
}

function renderCitation(fields: Record<string, unknown>, ctx: RenderContext): string {
  const source = resolveCitationSource(fields.source, ctx)
  if (!source) {
    ctx.warnings.push(
      `citation ${String(fields.id ?? '')}: source ${JSON.stringify(fields.source ?? null)} could not be resolved`,
    )
    return ''
  }
  const key = sourceKey(fields.source)
  let citation = ctx.citations.get(key)
  if (!citation) {
    citation = { n: ctx.citations.size + 1, source, locators: [] }
    ctx.citations.set(key, citation)
  }
  const locator = stringField(fields, 'locator').trim()
  if (locator && !citation.locators.includes(locator)) citation.locators.push(locator)
  const title = locator ? ` title="${escapeHtml(locator)}"` : ''
  return `<sup class="cite"><a href="#note-${citation.n}"${title}>[${citation.n}]</a></sup>`
}

function lexicalPlainText(state: LexicalState): string {
  return blockTexts(state.root).join('\n')
}

function termDefinition(term: GlossaryTermRef): string {
  const definition = term.shortDefinition ?? term.definition
  const text =
    typeof definition === 'string'
      ? definition
      : isLexicalState(definition)
        ? lexicalPlainText(definition)
        : ''
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > TERM_TITLE_MAX ? `${oneLine.slice(0, TERM_TITLE_MAX - 1)}…` : oneLine
}

function renderGlossaryMark(fields: Record<string, unknown>, ctx: RenderContext): string {
  const termValue = fields.term
  const term = isDocId(termValue)
    ? ctx.options.resolveTerm?.(termValue)
    : (termValue as GlossaryTermRef | undefined)
  const label = stringField(fields, 'text') || term?.term || ''
  if (!term) {
    ctx.warnings.push(
      `glossary mark "${label}": term ${JSON.stringify(termValue ?? null)} could not be resolved`,
    )
    return escapeHtml(label)
  }
  const slug = term.slug ?? ''
  const definition = termDefinition(term)
  const attrs = `class="term" data-term="${escapeHtml(slug)}"${definition ? ` title="${escapeHtml(definition)}"` : ''}`
  const href = slug && ctx.options.termUrl ? safeUrl(ctx.options.termUrl(slug)) : undefined
  return href
    ? `<a ${attrs} href="${escapeHtml(href)}">${escapeHtml(label)}</a>`
    : `<span ${attrs}>${escapeHtml(label)}</span>`
}

function renderInlineBlock(node: LexicalNode, ctx: RenderContext): string {
  const fields = fieldsOf(node)
  switch (fields.blockType) {
    case 'citation':
      return renderCitation(fields, ctx)
    case 'glossaryMark':
      return renderGlossaryMark(fields, ctx)
    default:
      return ''
  }
}

function renderBlock(node: LexicalNode): string {
  const fields = fieldsOf(node)
  switch (fields.blockType) {
    case 'qaPair':
      return (
        `<section class="qa"><h3 class="q">${escapeHtml(stringField(fields, 'question').trim())}</h3>` +
        `<div class="a">${paragraphsFromPlainText(stringField(fields, 'answer'))}</div></section>`
      )
    case 'callout': {
      const tone = CALLOUT_TONES.has(stringField(fields, 'tone'))
        ? stringField(fields, 'tone')
        : 'info'
      const title = stringField(fields, 'title').trim()
      return (
        `<aside class="callout callout-${tone}">` +
        (title ? `<p class="callout-title">${escapeHtml(title)}</p>` : '') +
        `<div class="callout-body">${paragraphsFromPlainText(stringField(fields, 'body'))}</div></aside>`
      )
    }
    default:
      return ''
  }
}

function resolveMedia(value: unknown, ctx: RenderContext): MediaDoc | undefined {
  if (isDocId(value)) return ctx.options.resolveMedia?.(value)
  return value && typeof value === 'object' ? (value as MediaDoc) : undefined
}

function renderUpload(node: LexicalNode, ctx: RenderContext): string {
  const media = resolveMedia(node.value, ctx)
  if (!media) {
    ctx.warnings.push(`upload ${JSON.stringify(node.value ?? null)} could not be resolved`)
    return ''
  }
  const url = safeUrl(ctx.options.mediaUrl ? ctx.options.mediaUrl(media) : media.url)
  if (!url) return ''
  const alt = stringField(fieldsOf(node), 'alt') || media.alt || ''
  if (media.mimeType && !media.mimeType.startsWith('image/')) {
    return `<p><a href="${escapeHtml(url)}">${escapeHtml(media.filename || alt || url)}</a></p>`
  }
  const size = media.width && media.height ? ` width="${media.width}" height="${media.height}"` : ''
  const caption = alt ? `<figcaption>${escapeHtml(alt)}</figcaption>` : ''
  return `<figure><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${size} loading="lazy">${caption}</figure>`
}

/** Lexical stores a nested list as a separate listitem holding only the list: fold it into the preceding item. */
function renderListItems(items: LexicalNode[], ctx: RenderContext): string {
  const rendered: string[] = []
  for (const item of items) {
    const children = childrenOf(item)
    const onlyNestedList = children.length > 0 && children.every((child) => child.type === 'list')
    const inner = renderNodes(children, ctx)
    if (onlyNestedList && rendered.length > 0) rendered[rendered.length - 1] += inner
    else rendered.push(inner)
  }
  return rendered.map((inner) => `<li>${inner}</li>`).join('')
}

function renderList(node: LexicalNode, ctx: RenderContext): string {
  const tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
  const start =
    tag === 'ol' && typeof node.start === 'number' && node.start !== 1
      ? ` start="${node.start}"`
      : ''
  return `<${tag}${start}>${renderListItems(childrenOf(node), ctx)}</${tag}>`
}

function renderHeading(node: LexicalNode, ctx: RenderContext): string {
  const level = /^h([1-6])$/.exec(String(node.tag ?? ''))?.[1] ?? '2'
  const text = inlineText(childrenOf(node)).trim()
  const id = uniqueHeadingId(text, ctx.headingIds)
  ctx.headings.push({ level: Number(level), text, id })
  return `<h${level} id="${id}">${renderNodes(childrenOf(node), ctx)}</h${level}>`
}

function renderTable(node: LexicalNode, ctx: RenderContext): string {
  const rows = childrenOf(node)
    .map((row) => {
      const cells = childrenOf(row)
        .map((cell) => {
          const tag = typeof cell.headerState === 'number' && cell.headerState > 0 ? 'th' : 'td'
          const colspan =
            typeof cell.colSpan === 'number' && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''
          const rowspan =
            typeof cell.rowSpan === 'number' && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''
          return `<${tag}${colspan}${rowspan}>${renderNodes(childrenOf(cell), ctx)}</${tag}>`
        })
        .join('')
      return `<tr>${cells}</tr>`
    })
    .join('')
  return `<table><tbody>${rows}</tbody></table>`
}

function renderNode(node: LexicalNode, ctx: RenderContext): string {
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return ' '
    case 'link':
    case 'autolink':
      return renderLink(node, ctx)
    case 'paragraph': {
      const inner = renderNodes(childrenOf(node), ctx)
      return inner.trim() ? `<p>${inner}</p>` : ''
    }
    case 'heading':
      return renderHeading(node, ctx)
    case 'quote':
      return `<blockquote>${renderNodes(childrenOf(node), ctx)}</blockquote>`
    case 'list':
      return renderList(node, ctx)
    case 'listitem':
      return `<li>${renderNodes(childrenOf(node), ctx)}</li>`
    case 'horizontalrule':
      return '<hr>'
    case 'upload':
      return renderUpload(node, ctx)
    case 'block':
      return renderBlock(node)
    case 'inlineBlock':
      return renderInlineBlock(node, ctx)
    case 'table':
      return renderTable(node, ctx)
    case 'relationship':
      return renderRelationship(node, ctx)
    default:
      return renderNodes(childrenOf(node), ctx)
  }
}

function renderNodes(nodes: LexicalNode[], ctx: RenderContext): string {
  return nodes.map((node) => renderNode(node, ctx)).join('')
}

function inlineText(nodes: LexicalNode[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return typeof node.text === 'string' ? node.text : ''
        case 'linebreak':
          return '\n'
        case 'tab':
          return ' '
        case 'inlineBlock': {
          const fields = fieldsOf(node)
          return fields.blockType === 'glossaryMark' ? stringField(fields, 'text') : ''
        }
        default:
          return inlineText(childrenOf(node))
      }
    })
    .join('')
}

const BLOCK_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'block',
  'upload',
  'horizontalrule',
  'table',
  'tablerow',
  'tablecell',
])

/** Plain text of a block node as a list of paragraphs. */
function blockTexts(node: LexicalNode): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'quote': {
      const hasBlockChildren = childrenOf(node).some((child) => BLOCK_TYPES.has(child.type))
      if (hasBlockChildren) return childrenOf(node).flatMap(blockTexts)
      const text = inlineText(childrenOf(node)).trim()
      return text ? [text] : []
    }
    case 'listitem': {
      const inline = childrenOf(node).filter((child) => !BLOCK_TYPES.has(child.type))
      const nested = childrenOf(node).filter((child) => BLOCK_TYPES.has(child.type))
      const text = inlineText(inline).trim()
      return [...(text ? [text] : []), ...nested.flatMap(blockTexts)]
    }
    case 'tablerow': {
      const cells = childrenOf(node).map((cell) => blockTexts(cell).join(' '))
      return cells.some(Boolean) ? [cells.join('\t')] : []
    }
    case 'block': {
      const fields = fieldsOf(node)
      if (fields.blockType === 'qaPair')
        return [
          stringField(fields, 'question').trim(),
          ...plainTextParagraphs(stringField(fields, 'answer')),
        ].filter(Boolean)
      if (fields.blockType === 'callout')
        return [
          stringField(fields, 'title').trim(),
          ...plainTextParagraphs(stringField(fields, 'body')),
        ].filter(Boolean)
      return []
    }
    case 'upload':
    case 'horizontalrule':
      return []
    default:
      if (
        BLOCK_TYPES.has(node.type) ||
        childrenOf(node).some((child) => BLOCK_TYPES.has(child.type))
      )
        return childrenOf(node).flatMap(blockTexts)
      return [inlineText([node]).trim()].filter(Boolean)
  }
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

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    ...HEADING_TAGS,
    'strong',
    'em',
    's',
    'u',
    'code',
    'sub',
    'sup',
    'mark',
    'a',
    'span',
    'ul',
    'ol',
    'li',
    'blockquote',
    'hr',
    'figure',
    'figcaption',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'section',
    'aside',
    'div',
  ],
  allowedAttributes: {
    '*': ['class'],
    a: ['href', 'title', 'target', 'rel', 'data-term'],
    span: ['title', 'data-term'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    // Headings keep their id: the table of contents links to it.
    ...Object.fromEntries(HEADING_TAGS.map((tag) => [tag, ['id']])),
    li: ['id'],
    ol: ['start'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
}

/** Final allowlist pass: whatever the walker produced, only these tags, attributes and URL schemes survive. */
export function sanitizeDeliveredHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS)
}

export function renderRichText(
  state: LexicalState | null | undefined,
  options: RenderOptions = {},
): RenderedRichText {
  const ctx: RenderContext = {
    options,
    citations: new Map(),
    headings: [],
    headingIds: new Set(),
    warnings: [],
  }
  if (!isLexicalState(state))
    return { html: '', text: '', citations: [], headings: [], warnings: [] }
  const body = renderNodes(childrenOf(state.root), ctx)
  const citations = [...ctx.citations.values()]
  const html = sanitizeDeliveredHtml(body + renderNotes(citations, options.notesHeading ?? '注释'))
  const text = blockTexts(state.root).join('\n\n')
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
