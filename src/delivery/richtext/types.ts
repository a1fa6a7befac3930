// What rendering rich text takes (resolvers for the documents it refers to) and gives back.
import type { DocId } from '../../db/ids.js'

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
  /** The converter set: the web's (default), or WeChat's for bodies sent to WeChat. */
  converters?: 'web' | 'wechat'
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

/** The state of one render, shared by the converters of one call. */
export interface RenderContext {
  options: RenderOptions
  citations: Map<string, Citation>
  headings: Heading[]
  headingIds: Set<string>
  warnings: string[]
}
