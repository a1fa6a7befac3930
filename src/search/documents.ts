import { richTextToPlain } from '../richtext/build.js'
import type { SearchDocument, SearchDocumentType } from './types.js'

/** The collections search covers and the result type each one becomes. */
export const SEARCH_COLLECTIONS = {
  articles: 'article',
  'qa-entries': 'qa',
  'glossary-terms': 'term',
} as const satisfies Record<string, SearchDocumentType>

export type SearchCollection = keyof typeof SEARCH_COLLECTIONS

export const isSearchCollection = (slug: string): slug is SearchCollection =>
  Object.hasOwn(SEARCH_COLLECTIONS, slug)

export const collectionOfType = (type: SearchDocumentType): SearchCollection =>
  (Object.keys(SEARCH_COLLECTIONS) as SearchCollection[]).find(
    (slug) => SEARCH_COLLECTIONS[slug] === type,
  ) as SearchCollection

/** Only the fields search reads, so loading thousands of documents stays cheap. */
export const SEARCH_SELECT: Record<SearchCollection, Record<string, true>> = {
  articles: {
    title: true,
    slug: true,
    summary: true,
    body: true,
    topics: true,
    publishedAt: true,
    updatedAt: true,
    _status: true,
  },
  'qa-entries': {
    question: true,
    slug: true,
    summary: true,
    answer: true,
    set: true,
    topics: true,
    publishedAt: true,
    updatedAt: true,
    _status: true,
  },
  'glossary-terms': {
    term: true,
    slug: true,
    aliases: true,
    definition: true,
    topics: true,
    updatedAt: true,
    _status: true,
  },
}

/** Related documents are read for their slug only (topic filter, Q&A set URL). */
export const SEARCH_POPULATE = { topics: { slug: true }, 'qa-sets': { slug: true } }

/** The fields that tell whether the latest version changed, for cheap comparisons. */
export const SIGNATURE_SELECT = { updatedAt: true, _status: true }

export interface LoadedDoc {
  id: string | number
  updatedAt?: string | null
  _status?: 'draft' | 'published' | null
  [field: string]: unknown
}

/** What identifies a version of a document: a different signature means it must be re-read. */
export const signatureOf = (doc: Pick<LoadedDoc, 'updatedAt' | '_status'>): string =>
  `${doc.updatedAt ?? ''}|${doc._status ?? 'draft'}`

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

function slugOf(value: unknown): string | null {
  if (value && typeof value === 'object' && 'slug' in value)
    return text((value as { slug: unknown }).slug) || null
  return null
}

/** Public URL of a search result, on the /v1 delivery API. */
export function resultUrl(type: SearchDocumentType, slug: string, setSlug: string | null): string {
  const path = encodeURIComponent(slug)
  if (type === 'article') return `/v1/articles/${path}`
  if (type === 'term') return `/v1/glossary/${path}`
  return setSlug ? `/v1/qa/sets/${encodeURIComponent(setSlug)}#${path}` : `/v1/qa#${path}`
}

/** A CMS document (one version of it) as the search index sees it: plain text only. */
export function toSearchDocument(
  collection: SearchCollection,
  doc: LoadedDoc,
  version: { status: 'published' | 'draft'; supersededByDraft?: boolean },
): SearchDocument {
  const type = SEARCH_COLLECTIONS[collection]
  const slug = text(doc.slug) || String(doc.id)
  const topics = (Array.isArray(doc.topics) ? doc.topics : [])
    .map((topic) => slugOf(topic))
    .filter((slug): slug is string => slug !== null)
  const base = {
    type,
    id: doc.id,
    slug,
    topics,
    status: version.status,
    supersededByDraft: version.supersededByDraft,
    publishedAt: text(doc.publishedAt) || null,
    updatedAt: text(doc.updatedAt),
  }
  if (collection === 'articles') {
    return {
      ...base,
      title: text(doc.title),
      body: joinLines(doc.summary, richTextToPlain(doc.body)),
      url: resultUrl(type, slug, null),
    }
  }
  if (collection === 'qa-entries') {
    return {
      ...base,
      title: text(doc.question),
      body: joinLines(doc.summary, richTextToPlain(doc.answer)),
      url: resultUrl(type, slug, slugOf(doc.set)),
    }
  }
  const aliases = (Array.isArray(doc.aliases) ? doc.aliases : []).map(text).filter(Boolean)
  return {
    ...base,
    title: text(doc.term),
    aliases,
    body: text(doc.definition),
    url: resultUrl(type, slug, null),
  }
}

function joinLines(...parts: unknown[]): string {
  return parts
    .map(text)
    .filter((part) => part.trim() !== '')
    .join('\n')
}
