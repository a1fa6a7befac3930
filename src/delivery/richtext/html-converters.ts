// The web HTML of every node the editor offers, as converters for Payload's convertLexicalToHTML.
// Payload walks the tree and works out alignment and indent (`providedStyleTag`: text-align, and
// padding-inline-start at 40 px a level); these converters give each node its markup.
import type { HTMLConverter, HTMLConverters } from '@payloadcms/richtext-lexical/html'
import { LRUCache } from 'lru-cache'
import {
  checkMarker,
  fieldsOf,
  isDocId,
  isRecord,
  nodeProperty,
  plainTextParagraphs,
  stringField,
} from '../../richtext/nodes.js'
import { inlinePlainText, plainTextParagraphsOf } from '../../richtext/plain-text.js'
import { slugify } from '../../text/pinyin.js'
import { escapeHtml, safeUrl } from '../escape.js'
import type { CitationSource, GlossaryTermRef, MediaDoc, RenderContext } from './types.js'

/** Lexical's text format bits and the tag each becomes, innermost first. */
export const TEXT_FORMAT_TAGS: ReadonlyArray<readonly [bit: number, tag: string]> = [
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
/** Starts a list item that only holds a nested list: the list converter folds it into the item before. */
const NESTED_LIST = '\uE000'

type NodesToHTML = Parameters<Exclude<HTMLConverter, string>>[0]['nodesToHTML']
type ChildNodes = Parameters<NodesToHTML>[0]['nodes']
type ParentNode = NonNullable<Parameters<NodesToHTML>[0]['parent']>

function childNodes(node: unknown): ChildNodes {
  const children = nodeProperty(node, 'children')
  return Array.isArray(children) ? children : []
}

/**
 * The HTML of a node's children. The node itself is passed as their parent: Payload's default
 * parent is a copy of the node (`{ ...node, parent }`) made for every node with children (the same
 * copies took seed 000's plain text from 11 to 70 µs); the converters only read the parent's own
 * fields. Children are read through childNodes: Payload catches a converter's exception and
 * leaves the node out with only a console line, so no converter may throw on a missing array.
 */
function childrenHtml(node: ParentNode, nodesToHTML: NodesToHTML): string {
  return nodesToHTML({ nodes: childNodes(node), parent: node }).join('')
}

function paragraphsFromPlainText(text: string): string {
  return plainTextParagraphs(text)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')
}

/** A style attribute from Payload's CSS string plus ours; none when both are empty. */
function styleAttribute(...css: string[]): string {
  const style = css.join('')
  return style ? ` style="${escapeHtml(style)}"` : ''
}

export function renderText(
  text: unknown,
  format: unknown,
  tags: ReadonlyArray<readonly [bit: number, tag: string]> = TEXT_FORMAT_TAGS,
): string {
  let html = escapeHtml(typeof text === 'string' ? text : '')
  const bits = typeof format === 'number' ? format : 0
  for (const [bit, tag] of tags) {
    if (bits & bit) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

/**
 * Pinyin slugs of heading texts. The pinyin is a fifth of converting seed 000 and a body is
 * rendered again for every script and after every cache invalidation, with the same headings.
 */
const headingSlugs = new LRUCache<string, string>({ max: 5_000 })

function headingSlug(text: string): string {
  let slug = headingSlugs.get(text)
  if (slug === undefined) {
    slug = slugify(text) || 'section'
    headingSlugs.set(text, slug)
  }
  return slug
}

function uniqueHeadingId(text: string, used: Set<string>): string {
  const base = headingSlug(text)
  let id = base
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`
  used.add(id)
  return id
}

const optionalString = (value: unknown): string | null | undefined =>
  typeof value === 'string' || value === null ? value : undefined

/** A populated source document, field by field (nothing else of it reaches the notes). */
function sourceOf(record: Record<string, unknown>): CitationSource {
  return {
    id: isDocId(record.id) ? record.id : undefined,
    title: optionalString(record.title),
    outlet: optionalString(record.outlet),
    url: optionalString(record.url),
    publishedDate: optionalString(record.publishedDate),
    author: optionalString(record.author),
  }
}

function termOf(record: Record<string, unknown>): GlossaryTermRef {
  return {
    id: isDocId(record.id) ? record.id : undefined,
    term: optionalString(record.term),
    slug: optionalString(record.slug),
    definition: record.definition,
    shortDefinition: optionalString(record.shortDefinition),
  }
}

function mediaOf(record: Record<string, unknown>): MediaDoc {
  const optionalNumber = (value: unknown) =>
    typeof value === 'number' || value === null ? value : undefined
  return {
    id: isDocId(record.id) ? record.id : undefined,
    url: optionalString(record.url),
    alt: optionalString(record.alt),
    width: optionalNumber(record.width),
    height: optionalNumber(record.height),
    mimeType: optionalString(record.mimeType),
    filename: optionalString(record.filename),
  }
}

function sourceKey(source: unknown): string {
  if (isDocId(source)) return `id:${source}`
  const record = isRecord(source) ? source : {}
  if (record.id !== undefined) return `id:${String(record.id)}`
  return `doc:${String(record.title ?? '')}|${String(record.url ?? '')}`
}

function renderCitation(fields: Record<string, unknown>, ctx: RenderContext): string {
  const value = fields.source
  const source = isDocId(value)
    ? ctx.options.resolveSource?.(value)
    : isRecord(value)
      ? sourceOf(value)
      : undefined
  if (!source) {
    ctx.warnings.push(
      `citation ${String(fields.id ?? '')}: source ${JSON.stringify(value ?? null)} could not be resolved`,
    )
    return ''
  }
  const key = sourceKey(value)
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

function termDefinition(term: GlossaryTermRef): string {
  const definition = term.shortDefinition ?? term.definition
  const text =
    typeof definition === 'string' ? definition : plainTextParagraphsOf(definition).join('\n')
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > TERM_TITLE_MAX ? `${oneLine.slice(0, TERM_TITLE_MAX - 1)}…` : oneLine
}

/** A glossary mark's words and term; an unresolved term is reported (the words stay). */
export function resolveGlossaryMark(
  fields: Record<string, unknown>,
  ctx: RenderContext,
): { label: string; term?: GlossaryTermRef } {
  const value = fields.term
  const term = isDocId(value)
    ? ctx.options.resolveTerm?.(value)
    : isRecord(value)
      ? termOf(value)
      : undefined
  const label = stringField(fields, 'text') || term?.term || ''
  if (!term)
    ctx.warnings.push(
      `glossary mark "${label}": term ${JSON.stringify(value ?? null)} could not be resolved`,
    )
  return { label, term }
}

function renderGlossaryMark(fields: Record<string, unknown>, ctx: RenderContext): string {
  const { label, term } = resolveGlossaryMark(fields, ctx)
  if (!term) return escapeHtml(label)
  const slug = term.slug ?? ''
  const definition = termDefinition(term)
  const attrs = `class="term" data-term="${escapeHtml(slug)}"${definition ? ` title="${escapeHtml(definition)}"` : ''}`
  const href = slug && ctx.options.termUrl ? safeUrl(ctx.options.termUrl(slug)) : undefined
  return href
    ? `<a ${attrs} href="${escapeHtml(href)}">${escapeHtml(label)}</a>`
    : `<span ${attrs}>${escapeHtml(label)}</span>`
}

function renderQaPair(fields: Record<string, unknown>): string {
  return (
    `<section class="qa"><h3 class="q">${escapeHtml(stringField(fields, 'question').trim())}</h3>` +
    `<div class="a">${paragraphsFromPlainText(stringField(fields, 'answer'))}</div></section>`
  )
}

/** A callout block in `tag` (aside on the web). */
export function renderCallout(fields: Record<string, unknown>, tag = 'aside'): string {
  const tone = CALLOUT_TONES.has(stringField(fields, 'tone')) ? stringField(fields, 'tone') : 'info'
  const title = stringField(fields, 'title').trim()
  return (
    `<${tag} class="callout callout-${tone}">` +
    (title ? `<p class="callout-title">${escapeHtml(title)}</p>` : '') +
    `<div class="callout-body">${paragraphsFromPlainText(stringField(fields, 'body'))}</div></${tag}>`
  )
}

function linkHref(node: unknown, ctx: RenderContext): string | undefined {
  const fields = fieldsOf(node)
  if (fields.linkType !== 'internal') return safeUrl(stringField(fields, 'url'))
  const doc = isRecord(fields.doc) ? fields.doc : undefined
  if (typeof doc?.relationTo !== 'string' || !doc.relationTo) return undefined
  const href = safeUrl(
    ctx.options.internalLinkUrl?.({ relationTo: doc.relationTo, value: doc.value }),
  )
  if (!href)
    ctx.warnings.push(
      `internal link to ${doc.relationTo} ${JSON.stringify(doc.value ?? null)} is not a published page: its text is shown unlinked`,
    )
  return href
}

/**
 * An upload's medium, public URL and alt text; undefined (reported) when it is not from media or
 * cannot be resolved, or when its URL is not safe.
 */
export function resolveUpload(
  node: unknown,
  ctx: RenderContext,
): { media: MediaDoc; url: string; alt: string } | undefined {
  const relationTo = nodeProperty(node, 'relationTo')
  const value = nodeProperty(node, 'value')
  if (typeof relationTo === 'string' && relationTo !== 'media') {
    ctx.warnings.push(`upload from ${relationTo} is not delivered: only media uploads are public`)
    return undefined
  }
  const media = isDocId(value)
    ? ctx.options.resolveMedia?.(value)
    : isRecord(value)
      ? mediaOf(value)
      : undefined
  if (!media) {
    ctx.warnings.push(`upload ${JSON.stringify(value ?? null)} could not be resolved`)
    return undefined
  }
  const url = safeUrl(ctx.options.mediaUrl ? ctx.options.mediaUrl(media) : media.url)
  if (!url) return undefined
  return { media, url, alt: stringField(fieldsOf(node), 'alt') || media.alt || '' }
}

/** A file that is not an image: a paragraph linking to it. */
export function renderFileLink(
  { media, url, alt }: { media: MediaDoc; url: string; alt: string },
  style: string,
): string {
  return `<p${style}><a href="${escapeHtml(url)}">${escapeHtml(media.filename || alt || url)}</a></p>`
}

export const isImage = (media: MediaDoc) => !media.mimeType || media.mimeType.startsWith('image/')

function renderUpload(node: unknown, ctx: RenderContext, style: string): string {
  const upload = resolveUpload(node, ctx)
  if (!upload) return ''
  if (!isImage(upload.media)) return renderFileLink(upload, style)
  const { media, url, alt } = upload
  const size = media.width && media.height ? ` width="${media.width}" height="${media.height}"` : ''
  const caption = alt ? `<figcaption>${escapeHtml(alt)}</figcaption>` : ''
  return `<figure${style}><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"${size} loading="lazy">${caption}</figure>`
}

/** A relationship node (a document embedded in the text): a paragraph linking to its page. */
function renderRelationship(node: unknown, ctx: RenderContext, style: string): string {
  const relationTo = nodeProperty(node, 'relationTo')
  const value = nodeProperty(node, 'value')
  if (typeof relationTo !== 'string') return ''
  const page = ctx.options.relatedDocument?.({ relationTo, value })
  const href = page && safeUrl(page.url)
  if (!page || !href) {
    ctx.warnings.push(
      `relationship to ${relationTo} ${JSON.stringify(isRecord(value) ? (value.id ?? null) : (value ?? null))} is not a published page: left out`,
    )
    return ''
  }
  return `<p${style}><a href="${escapeHtml(href)}">${escapeHtml(page.title)}</a></p>`
}

/** Lexical stores a nested list as a separate listitem holding only the list: fold it into the item before. */
function foldNestedLists(items: string[]): string {
  let html = ''
  for (const item of items) {
    if (!item.startsWith(NESTED_LIST)) html += item
    else if (html.endsWith('</li>')) html = `${html.slice(0, -5)}${item.slice(1)}</li>`
    else html += `<li>${item.slice(1)}</li>`
  }
  return html
}

const span = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : undefined

/** The converters of one render: they number citations and collect headings into `ctx`. */
export function webHtmlConverters(ctx: RenderContext): HTMLConverters {
  // Custom links, and internal ones through options.internalLinkUrl (Payload's internalDocToHref).
  const link: HTMLConverter = ({ node, nodesToHTML }) => {
    const inner = childrenHtml(node, nodesToHTML)
    const href = linkHref(node, ctx)
    if (!href) return inner
    const newTab = fieldsOf(node).newTab === true
    return `<a href="${escapeHtml(href)}"${newTab ? ' target="_blank" rel="noopener noreferrer"' : ''}>${inner}</a>`
  }
  return {
    text: ({ node }) => renderText(node.text, node.format),
    linebreak: '<br>',
    tab: ' ',
    paragraph: ({ node, nodesToHTML, providedStyleTag }) => {
      const inner = childrenHtml(node, nodesToHTML)
      return inner.trim() ? `<p${providedStyleTag}>${inner}</p>` : ''
    },
    heading: ({ node, nodesToHTML, providedStyleTag }) => {
      const level = /^h([1-6])$/.exec(String(node.tag))?.[1] ?? '2'
      const text = inlinePlainText(childNodes(node))
      const id = uniqueHeadingId(text, ctx.headingIds)
      ctx.headings.push({ level: Number(level), text, id })
      const inner = childrenHtml(node, nodesToHTML)
      return `<h${level} id="${id}"${providedStyleTag}>${inner}</h${level}>`
    },
    quote: ({ node, nodesToHTML, providedStyleTag }) =>
      `<blockquote${providedStyleTag}>${childrenHtml(node, nodesToHTML)}</blockquote>`,
    list: ({ node, nodesToHTML, providedCSSString }) => {
      const tag = node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
      const checklist = node.listType === 'check'
      const start =
        tag === 'ol' && typeof node.start === 'number' && node.start !== 1
          ? ` start="${node.start}"`
          : ''
      const items = foldNestedLists(nodesToHTML({ nodes: childNodes(node), parent: node }))
      // The marker is in the item's text (see listitem): the list shows no bullets of its own.
      const attributes = checklist
        ? ` class="checklist"${styleAttribute('list-style-type: none;', providedCSSString)}`
        : `${start}${styleAttribute(providedCSSString)}`
      return `<${tag}${attributes}>${items}</${tag}>`
    },
    listitem: ({ node, parent, childIndex, nodesToHTML, providedCSSString }) => {
      const children = childNodes(node)
      const inner = childrenHtml(node, nodesToHTML)
      const nestedOnly = children.length > 0 && children.every((child) => child.type === 'list')
      if (nestedOnly && childIndex > 0) return NESTED_LIST + inner
      if (nodeProperty(parent, 'listType') !== 'check' || nestedOnly)
        return `<li${styleAttribute(providedCSSString)}>${inner}</li>`
      // A character, not an <input>: WeChat strips form controls and feed readers ignore them.
      const checked = node.checked === true
      return `<li class="${checked ? 'checked' : 'unchecked'}"${styleAttribute(providedCSSString)}>${checkMarker(checked)}${inner}</li>`
    },
    link,
    autolink: link,
    horizontalrule: '<hr>',
    upload: ({ node, providedStyleTag }) => renderUpload(node, ctx, providedStyleTag),
    relationship: ({ node, providedStyleTag }) => renderRelationship(node, ctx, providedStyleTag),
    table: ({ node, nodesToHTML, providedStyleTag }) =>
      `<table${providedStyleTag}><tbody>${childrenHtml(node, nodesToHTML)}</tbody></table>`,
    tablerow: ({ node, nodesToHTML }) => `<tr>${childrenHtml(node, nodesToHTML)}</tr>`,
    tablecell: ({ node, nodesToHTML }) => {
      const tag = typeof node.headerState === 'number' && node.headerState > 0 ? 'th' : 'td'
      const colspan = span(node.colSpan)
      const rowspan = span(node.rowSpan)
      return (
        `<${tag}${colspan ? ` colspan="${colspan}"` : ''}${rowspan ? ` rowspan="${rowspan}"` : ''}>` +
        `${childrenHtml(node, nodesToHTML)}</${tag}>`
      )
    },
    blocks: {
      qaPair: ({ node }) => renderQaPair(fieldsOf(node)),
      callout: ({ node }) => renderCallout(fieldsOf(node)),
    },
    inlineBlocks: {
      citation: ({ node }) => renderCitation(fieldsOf(node), ctx),
      glossaryMark: ({ node }) => renderGlossaryMark(fieldsOf(node), ctx),
    },
    // Payload's fallback for node types, blocks and inline blocks without a converter.
    unknown: ({ node, nodesToHTML }) => {
      const blockType = stringField(fieldsOf(node), 'blockType')
      if (node.type === 'block' || node.type === 'inlineBlock') {
        ctx.warnings.push(`${node.type} "${blockType}" has no renderer: left out`)
        return ''
      }
      ctx.warnings.push(`node type "${node.type}" has no renderer: only its text is shown`)
      return childrenHtml(node, nodesToHTML)
    },
  }
}
