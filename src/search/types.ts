import type { Script } from '../delivery/script.js'

export type SearchDocumentType = 'article' | 'qa' | 'term'
export const SEARCH_TYPES: readonly SearchDocumentType[] = ['article', 'qa', 'term']
/** The delivered scripts of /v1 (`?script=` takes the same values and aliases). */
export type SearchScript = Script

/** What the index needs from a CMS item: plain text only, no rich text. */
export interface SearchDocument {
  type: SearchDocumentType
  id: string | number
  slug: string
  /** Article title, the question of a Q&A item, or the glossary term. */
  title: string
  /** Plain text; paragraphs separated by newlines (passages are cut on them). */
  body: string
  /** Other names that should match like the title (glossary aliases, alternative questions). */
  aliases?: string[]
  /** Topic slugs. */
  topics: string[]
  /** Which version this is: a document can be indexed twice, published and as a newer draft. */
  status: 'published' | 'draft'
  /** On the published version: a newer draft exists, so staff who see drafts get that one instead. */
  supersededByDraft?: boolean
  publishedAt?: string | null
  updatedAt: string
  url: string
}

export interface SearchOptions {
  type?: SearchDocumentType
  /** Topic slug. */
  topic?: string
  /** Script of the returned title and snippet; defaults to 'hans'. */
  script?: SearchScript
  /** Drafts are left out unless asked for: for every type (true) or for the listed types. */
  includeDrafts?: boolean | SearchDocumentType[]
  /** Page size, 1–50; defaults to 10. */
  limit?: number
  /** The nextCursor of the previous page. */
  cursor?: string
}

export interface SearchResult {
  type: SearchDocumentType
  id: string | number
  slug: string
  /** Plain text (not HTML-escaped) in the requested script. */
  title: string
  /** HTML: escaped text with <mark>…</mark> around matches, in the requested script. */
  snippet: string
  url: string
  /** 'draft' only in results for staff (includeDrafts). */
  status: 'published' | 'draft'
  score: number
  /** Index (0-based) of the passage the snippet comes from, for documents cut into several passages. */
  passage?: number
}

export interface SearchResponse {
  results: SearchResult[]
  nextCursor: string | null
  /** Number of matching documents (all pages). */
  total: number
}

export interface GlossaryEntry {
  term: string
  aliases?: string[]
}
