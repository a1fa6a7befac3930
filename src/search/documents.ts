import type { Payload, PayloadRequest, Where } from 'payload'
import type {
  Article,
  ArticlesSelect,
  GlossaryTerm,
  GlossaryTermsSelect,
  QaEntriesSelect,
  QaEntry,
  QaSet,
  Topic,
} from '../payload-types.js'
import { isSqliteDb } from '../db/sqlite.js'
import { richTextToPlain } from '../richtext/plain-text.js'
import { SEARCH_TYPES, type SearchDocument, type SearchDocumentType } from './types.js'

/** The collections search covers and the result type each one becomes. */
export const SEARCH_COLLECTIONS = {
  articles: 'article',
  'qa-entries': 'qa',
  'glossary-terms': 'term',
} as const satisfies Record<string, SearchDocumentType>

export type SearchCollection = keyof typeof SEARCH_COLLECTIONS

const COLLECTION_OF_TYPE: Record<SearchDocumentType, SearchCollection> = {
  article: 'articles',
  qa: 'qa-entries',
  term: 'glossary-terms',
}

export const collectionOfType = (type: SearchDocumentType): SearchCollection =>
  COLLECTION_OF_TYPE[type]

/** Every search collection, in the order of SEARCH_TYPES. */
export const SEARCH_COLLECTION_SLUGS: readonly SearchCollection[] =
  SEARCH_TYPES.map(collectionOfType)

export const isSearchCollection = (slug: string): slug is SearchCollection =>
  Object.hasOwn(SEARCH_COLLECTIONS, slug)

/** Only the fields search reads, so loading thousands of documents stays cheap. */
const ARTICLE_SELECT = {
  title: true,
  slug: true,
  summary: true,
  body: true,
  topics: true,
  publishedAt: true,
  updatedAt: true,
  _status: true,
  retraction: { retracted: true },
} as const satisfies ArticlesSelect

const QA_ENTRY_SELECT = {
  question: true,
  slug: true,
  summary: true,
  answer: true,
  set: true,
  topics: true,
  publishedAt: true,
  updatedAt: true,
  _status: true,
} as const satisfies QaEntriesSelect

const GLOSSARY_TERM_SELECT = {
  term: true,
  slug: true,
  aliases: true,
  definition: true,
  topics: true,
  updatedAt: true,
  _status: true,
} as const satisfies GlossaryTermsSelect

/** Related documents are read for their slug only (topic filter, Q&A set URL). */
const SEARCH_POPULATE = { topics: { slug: true }, 'qa-sets': { slug: true } } as const

/** The fields that tell whether the latest version changed, for cheap comparisons. */
const SIGNATURE_SELECT = { updatedAt: true, _status: true } as const

const LOCALE = 'zh-Hans'

export type Signature = Pick<Article | QaEntry | GlossaryTerm, 'id' | 'updatedAt' | '_status'>

/** What identifies a version of a document: a different signature means it must be re-read. */
export const signatureOf = (doc: Pick<Signature, 'updatedAt' | '_status'>): string =>
  `${doc.updatedAt}|${doc._status ?? 'draft'}`

/** A version of a CMS document as read for search: its signature and its text. */
export interface LoadedDoc extends Signature {
  /** What the index gets, but for which version it is. */
  content: Omit<SearchDocument, 'status' | 'supersededByDraft'>
}

export interface LoadQuery {
  /** The latest version (true) or the published one (false). */
  draft: boolean
  where?: Where
  /** Inside the writer's transaction, for hooks. */
  req?: PayloadRequest
  /**
   * One page in id order: the documents after `after` (the last id of the previous page) on
   * SQLite, page `number` (from 1) elsewhere; all matching documents when left out.
   */
  page?: Page
}

/** A page of a read in id order (see pageQuery). */
export interface Page {
  after?: string | number
  number: number
  size: number
}

/**
 * The query options of one page in id order. On SQLite a keyset (`id > after`, one document more
 * than asked for tells whether more follow): each page costs what the first costs, no count
 * query, and a delete between two pages shifts nothing. Elsewhere page numbers: Payload's MongoDB
 * adapter turns an id into an ObjectId for equality but not for `greater_than` on a version's
 * `parent`, which a draft read compares, so a keyset there would find nothing after page 1.
 * (With page numbers a delete between two pages can hide a document from one sweep; the next
 * round's count comparison brings it back.)
 */
function pageQuery(payload: Payload, where: Where | undefined, page: Page | undefined) {
  if (!page) return { where, pagination: false } as const
  if (!isSqliteDb(payload.db))
    return { where, sort: 'id', limit: page.size, page: page.number } as const
  const after: Where | undefined =
    page.after === undefined ? undefined : { id: { greater_than: page.after } }
  return {
    where: where && after ? { and: [where, after] } : (after ?? where),
    sort: 'id',
    limit: page.size + 1,
    pagination: false,
  } as const
}

/** The page's documents and whether more follow, from a read made with pageQuery. */
function paged<T>(
  payload: Payload,
  page: Page | undefined,
  result: { docs: T[]; hasNextPage: boolean },
): { docs: T[]; hasNextPage: boolean } {
  if (!page) return { docs: result.docs, hasNextPage: false }
  if (!isSqliteDb(payload.db)) return result
  return { docs: result.docs.slice(0, page.size), hasNextPage: result.docs.length > page.size }
}

/**
 * Documents of a search collection, each read with Payload's types for that collection
 * (select and populate narrow the fields and related documents actually read).
 */
export async function loadDocs(
  payload: Payload,
  collection: SearchCollection,
  { draft, where, req, page }: LoadQuery,
): Promise<{ docs: LoadedDoc[]; hasNextPage: boolean }> {
  const options = {
    draft,
    req,
    overrideAccess: true,
    locale: LOCALE,
    depth: 1,
    populate: SEARCH_POPULATE,
    ...pageQuery(payload, where, page),
  } as const
  switch (collection) {
    case 'articles': {
      const result = await payload.find({ ...options, collection, select: ARTICLE_SELECT })
      const { docs, hasNextPage } = paged(payload, page, result)
      return { docs: docs.map(fromArticle), hasNextPage }
    }
    case 'qa-entries': {
      const result = await payload.find({ ...options, collection, select: QA_ENTRY_SELECT })
      const { docs, hasNextPage } = paged(payload, page, result)
      return { docs: docs.map(fromQaEntry), hasNextPage }
    }
    case 'glossary-terms': {
      const result = await payload.find({ ...options, collection, select: GLOSSARY_TERM_SELECT })
      const { docs, hasNextPage } = paged(payload, page, result)
      return { docs: docs.map(fromGlossaryTerm), hasNextPage }
    }
  }
}

/**
 * id, updatedAt and status of the latest version of every matching document, one page in id
 * order (as in loadDocs).
 */
export async function loadSignatures(
  payload: Payload,
  collection: SearchCollection,
  where: Where | undefined,
  page: Page,
): Promise<{ docs: Signature[]; hasNextPage: boolean }> {
  const result = await payload.find({
    collection,
    draft: true,
    overrideAccess: true,
    depth: 0,
    select: SIGNATURE_SELECT,
    ...pageQuery(payload, where, page),
  })
  return paged(payload, page, result)
}

/** Every glossary term and alias, drafts too: they only decide how text is cut, never what readers see. */
export async function loadGlossary(
  payload: Payload,
  req?: PayloadRequest,
): Promise<{ term: string; aliases: string[] }[]> {
  const result = await payload.find({
    collection: 'glossary-terms',
    draft: true,
    overrideAccess: true,
    depth: 0,
    select: { term: true, aliases: true },
    pagination: false,
    req,
  })
  return result.docs
    .filter((doc) => typeof doc.term === 'string' && doc.term !== '')
    .map((doc) => ({ term: doc.term, aliases: doc.aliases ?? [] }))
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
  doc: LoadedDoc,
  version: { status: 'published' | 'draft'; supersededByDraft?: boolean },
): SearchDocument {
  return { ...doc.content, status: version.status, supersededByDraft: version.supersededByDraft }
}

type Loaded<T extends Article | QaEntry | GlossaryTerm, K extends keyof T> = Pick<
  T,
  K | 'id' | 'updatedAt' | '_status'
>

/**
 * A retracted article keeps its URL and title (the URL answers the retraction notice), but its
 * text leaves the index: no search finds it by what it said, no snippet shows it.
 */
function fromArticle(doc: Loaded<Article, keyof typeof ARTICLE_SELECT>): LoadedDoc {
  const retracted = doc.retraction?.retracted === true
  return loaded('article', doc, (slug) => ({
    title: orEmpty(doc.title),
    body: retracted ? '' : joinLines(doc.summary, richTextToPlain(doc.body)),
    url: resultUrl('article', slug, null),
  }))
}

function fromQaEntry(doc: Loaded<QaEntry, keyof typeof QA_ENTRY_SELECT>): LoadedDoc {
  return loaded('qa', doc, (slug) => ({
    title: orEmpty(doc.question),
    body: joinLines(doc.summary, richTextToPlain(doc.answer)),
    url: resultUrl('qa', slug, slugOf(doc.set)),
  }))
}

function fromGlossaryTerm(doc: Loaded<GlossaryTerm, keyof typeof GLOSSARY_TERM_SELECT>): LoadedDoc {
  return loaded('term', doc, (slug) => ({
    title: orEmpty(doc.term),
    aliases: (doc.aliases ?? []).filter(Boolean),
    body: orEmpty(doc.definition),
    url: resultUrl('term', slug, null),
  }))
}

/**
 * A version as search loads it: its signature, the fields every search collection has, then the
 * text of its own type (given the slug, which stands in for a missing one with the id).
 */
function loaded(
  type: SearchDocumentType,
  doc: Signature & Pick<Article, 'topics'> & { slug?: string | null; publishedAt?: string | null },
  text: (slug: string) => Pick<LoadedDoc['content'], 'title' | 'aliases' | 'body' | 'url'>,
): LoadedDoc {
  const { id, updatedAt, _status } = doc
  const slug = doc.slug || String(id)
  return {
    id,
    updatedAt,
    _status,
    content: {
      type,
      id,
      slug,
      topics: (doc.topics ?? []).map(slugOf).filter((topic): topic is string => topic !== null),
      publishedAt: doc.publishedAt || null,
      updatedAt,
      ...text(slug),
    },
  }
}

/** The slug of a related document read with depth 1; null when only its id came back. */
function slugOf(related: number | string | Topic | QaSet | null | undefined): string | null {
  return related && typeof related === 'object' ? related.slug || null : null
}

/** Drafts are saved without validation, so a required text field can still be missing. */
const orEmpty = (value: string | null | undefined): string => value ?? ''

function joinLines(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => !!part && part.trim() !== '').join('\n')
}
