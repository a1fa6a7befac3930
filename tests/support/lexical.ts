// Lexical nodes built the way the admin's editor stores them: the one builder every test uses
// (unit renderers, delivery fixtures, workflow items, the browser test's REST drafts).
import type { LexicalNode, LexicalState } from '../../src/delivery/lexical-html.js'

export type { LexicalNode, LexicalState }

export const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
export const paragraph = (...children: LexicalNode[]): LexicalNode => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  textFormat: 0,
  textStyle: '',
})
export const heading = (value: string, tag = 'h2'): LexicalNode => ({
  type: 'heading',
  tag,
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})
export const link = (url: string, value: string, newTab = false): LexicalNode => ({
  type: 'link',
  fields: { url, newTab, linkType: 'custom' },
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})
/** A link to another document, as the editor stores it (with depth 0: the bare id). */
export const internalLink = (relationTo: string, value: unknown, label: string): LexicalNode => ({
  type: 'link',
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
  children: [text(label)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})
/** A document embedded in the text (Lexical's relationship feature). */
export const relationship = (relationTo: string, value: unknown): LexicalNode => ({
  type: 'relationship',
  relationTo,
  value,
  format: '',
  version: 2,
})
export const listItem = (...children: LexicalNode[]): LexicalNode => ({
  type: 'listitem',
  children,
  value: 1,
  version: 1,
})
export const list = (listType: 'bullet' | 'number', ...items: LexicalNode[]): LexicalNode => ({
  type: 'list',
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  start: 1,
  children: items,
  version: 1,
})
export const qaPair = (id: string, question: string, answer: string): LexicalNode => ({
  type: 'block',
  format: '',
  fields: { blockType: 'qaPair', id, blockName: '', question, answer },
  version: 2,
})
export const callout = (id: string, tone: string, body: string, title?: string): LexicalNode => ({
  type: 'block',
  fields: { blockType: 'callout', id, tone, title, body },
  version: 2,
})
export const citation = (id: string, source: unknown, locator?: string): LexicalNode => ({
  type: 'inlineBlock',
  fields: { blockType: 'citation', id, source, locator },
  version: 1,
})
export const glossaryMark = (id: string, term: unknown, value: string): LexicalNode => ({
  type: 'inlineBlock',
  fields: { blockType: 'glossaryMark', id, term, text: value },
  version: 1,
})
export const upload = (media: unknown): LexicalNode => ({
  type: 'upload',
  relationTo: 'media',
  value: media,
  fields: {},
  format: '',
  version: 3,
})
export const root = (...children: LexicalNode[]): LexicalState => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})

/** A document of one plain paragraph per string. */
export const plainDocument = (...paragraphs: string[]): LexicalState =>
  root(...paragraphs.map((value) => paragraph(text(value))))

/** A fresh block id, for documents that are stored (the editor gives every block one). */
export const blockId = (prefix: string): string =>
  `${prefix}${Math.random().toString(16).slice(2, 10)}`
