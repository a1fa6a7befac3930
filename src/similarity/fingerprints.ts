/**
 * Stores and looks up article fingerprints (collections/ContentFingerprints.ts). The text of an
 * article is its zh-Hans body as delivery and search read it (src/richtext/plain-text.ts): the same
 * function serves the article's own save, the backfill and a new import, so they all compare alike.
 */
import { ValidationError, type Payload, type PayloadRequest, type Where } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import { relationId, relationIdOf, type DocId } from '../db/ids.js'
import { isSqliteDb, sqliteSession, type SqliteDb } from '../db/sqlite.js'
import type { ContentFingerprint } from '../payload-types.js'
import { estimatedSimilarity, FINGERPRINT_ALGORITHM, type Fingerprint } from '../text/minhash.js'

/** From this estimated similarity on an article counts as "similar content already exists". */
export const SIMILAR_AT = 0.5
/** At most this many similar articles are named on an Import record, most similar first. */
export const MAX_SIMILAR = 5
/**
 * Candidates compared per lookup (their signatures, ~700 bytes each). A text shares band keys with
 * few others (bench:similarity, 10,000 articles: a median 1.2 ms); where a corpus shares much of its text,
 * more than this may, and then the ones sharing the most keys are compared (mostSharedBands):
 * taking the newest instead missed 3 of 50 near-copies in that case (--overlapping).
 */
const MAX_CANDIDATES = 200

const bandRows = (fingerprint: Fingerprint) => fingerprint.bands.map((key) => ({ key }))

async function storedFor(payload: Payload, article: DocId, req?: PayloadRequest) {
  const found = await payload.find({
    collection: 'content-fingerprints',
    where: { article: { equals: article } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { algorithm: true, signature: true },
    overrideAccess: true,
    req,
  })
  return found.docs[0] ?? null
}

/**
 * Makes the stored fingerprint of `article` the given one (removes it for null). Writes only
 * when it changed. Two instances saving the first fingerprint of one article at once: the unique
 * index lets one create win and the other updates that row. `isNew`: the article was just
 * created, so there is nothing stored to read first (a leftover row is met by the same unique
 * index).
 */
export async function storeFingerprint(
  payload: Payload,
  article: DocId,
  fingerprint: Fingerprint | null,
  { req, isNew = false }: { req?: PayloadRequest; isNew?: boolean } = {},
): Promise<void> {
  if (isNew && !fingerprint) return
  const stored = isNew ? null : await storedFor(payload, article, req)
  if (!fingerprint) {
    if (stored)
      await payload.delete({
        collection: 'content-fingerprints',
        id: stored.id,
        overrideAccess: true,
        req,
      })
    return
  }
  if (stored?.signature === fingerprint.signature && stored.algorithm === fingerprint.algorithm)
    return
  const data = {
    algorithm: fingerprint.algorithm,
    signature: fingerprint.signature,
    bands: bandRows(fingerprint),
  }
  const update = (id: DocId) =>
    payload.update({
      collection: 'content-fingerprints',
      id,
      data,
      depth: 0,
      select: { algorithm: true },
      overrideAccess: true,
      req,
    })
  if (stored) {
    await update(stored.id)
    return
  }
  try {
    await payload.create({
      collection: 'content-fingerprints',
      data: { ...data, article: relationId(article) },
      depth: 0,
      select: { algorithm: true },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    const winner = error instanceof ValidationError ? await storedFor(payload, article, req) : null
    if (!winner) throw error
    await update(winner.id)
  }
}

/**
 * Removes the fingerprint of a deleted article: by its id (MongoDB keeps it), and any whose
 * article is gone (SQLite's foreign key has already set it to null).
 */
export async function dropFingerprint(
  payload: Payload,
  article: DocId,
  req?: PayloadRequest,
): Promise<void> {
  await payload.delete({
    collection: 'content-fingerprints',
    where: { or: [{ article: { equals: article } }, { article: { exists: false } }] },
    overrideAccess: true,
    req,
  })
}

export interface SimilarArticle {
  article: DocId
  /** Estimated share of shared shingles, 0–1. */
  similarity: number
}

type Lookup = { exclude?: DocId | null; req?: PayloadRequest }

function candidateWhere(bands: Where, exclude: DocId | null | undefined): Where {
  return {
    and: [
      bands,
      { algorithm: { equals: FINGERPRINT_ALGORITHM } },
      ...(exclude === undefined || exclude === null ? [] : [{ article: { not_equals: exclude } }]),
    ],
  }
}

/**
 * More candidates than MAX_CANDIDATES share a band key: the ones sharing the most keys, which a
 * near-duplicate does (20–25 of 32 for a copy that lost a paragraph), rather than the newest. One
 * indexed read per key, ids only: only a corpus with much shared text comes here.
 */
async function mostSharedBands(
  payload: Payload,
  fingerprint: Fingerprint,
  { exclude, req }: Lookup,
): Promise<DocId[]> {
  const shared = new Map<string, { id: DocId; keys: number }>()
  for (const key of fingerprint.bands) {
    const found = await payload.find({
      collection: 'content-fingerprints',
      where: candidateWhere({ 'bands.key': { equals: key } }, exclude),
      pagination: false,
      depth: 0,
      select: { algorithm: true },
      overrideAccess: true,
      req,
    })
    for (const { id } of found.docs) {
      const entry = shared.get(String(id)) ?? { id, keys: 0 }
      entry.keys++
      shared.set(String(id), entry)
    }
  }
  return [...shared.values()]
    .sort((a, b) => b.keys - a.keys)
    .slice(0, MAX_CANDIDATES)
    .map((entry) => entry.id)
}

interface Candidate {
  article: DocId | null | undefined
  signature: string
}

/**
 * SQLite: the candidates sharing the most band keys in one grouped, indexed read of the band rows
 * (count per fingerprint, highest first), instead of the adapter's `distinct` join sorted by date
 * and, past MAX_CANDIDATES, one read per key. bench:import (1,000 near-copies of 5 samples, so up
 * to ~200 sharing every key): the join was the largest single cost of an import, 10 of 66 s, and
 * grew with the collection.
 */
async function sqliteCandidates(
  db: SqliteDb,
  fingerprint: Fingerprint,
  { exclude, req }: Lookup,
): Promise<Candidate[]> {
  const fingerprints = db.tableNameMap.get('content_fingerprints')
  const bands = db.tableNameMap.get('content_fingerprints_bands')
  if (!fingerprints || !bands)
    throw new Error('the SQLite schema has no content_fingerprints tables')
  const target = await sqliteSession(db, req)
  const keys = sql.join(
    fingerprint.bands.map((key) => sql`${key}`),
    sql`, `,
  )
  const notExcluded =
    exclude === undefined || exclude === null
      ? sql``
      : sql` AND (f.article_id IS NULL OR f.article_id != ${exclude})`
  // Counted on the band rows alone (their key index), then the signatures of the top ones only:
  // joining first read every matching row's fingerprint, ~700 bytes each, before grouping.
  const rows = await target.all<{ article: number | null; signature: string }>(
    sql`SELECT f.article_id AS article, f.signature AS signature
        FROM (SELECT _parent_id AS id, count(*) AS shared FROM ${sql.identifier(bands)}
              WHERE key IN (${keys}) GROUP BY _parent_id
              ORDER BY shared DESC, _parent_id DESC LIMIT ${MAX_CANDIDATES + 1}) c
        JOIN ${sql.identifier(fingerprints)} f ON f.id = c.id
        WHERE f.algorithm = ${FINGERPRINT_ALGORITHM}${notExcluded}
        ORDER BY c.shared DESC, c.id DESC LIMIT ${MAX_CANDIDATES}`,
  )
  return rows.map((row) => ({ article: row.article, signature: row.signature }))
}

/** Any other adapter (MongoDB): Payload's adapter find, then the most shared keys past the cut. */
async function adapterCandidates(
  payload: Payload,
  fingerprint: Fingerprint,
  lookup: Lookup,
): Promise<Candidate[]> {
  // The adapter's find, not Payload's: no access, hooks or field traversal for up to 200 rows of an
  // internal collection.
  const read = (where: Where) =>
    payload.db.find<ContentFingerprint>({
      collection: 'content-fingerprints',
      where,
      limit: MAX_CANDIDATES,
      pagination: false,
      select: { article: true, signature: true },
      req: lookup.req,
    })
  let found = await read(candidateWhere({ 'bands.key': { in: fingerprint.bands } }, lookup.exclude))
  if (found.docs.length >= MAX_CANDIDATES)
    found = await read({ id: { in: await mostSharedBands(payload, fingerprint, lookup) } })
  return found.docs.map((doc) => ({ article: relationIdOf(doc.article), signature: doc.signature }))
}

/** The articles whose text is similar to `fingerprint`, most similar first (without `exclude`). */
export async function findSimilarArticles(
  payload: Payload,
  fingerprint: Fingerprint,
  lookup: Lookup = {},
): Promise<SimilarArticle[]> {
  const db = payload.db
  const candidates = isSqliteDb(db)
    ? await sqliteCandidates(db, fingerprint, lookup)
    : await adapterCandidates(payload, fingerprint, lookup)
  const similar: SimilarArticle[] = []
  for (const candidate of candidates) {
    const article = candidate.article
    if (article === undefined || article === null) continue
    const similarity = estimatedSimilarity(fingerprint.signature, candidate.signature)
    if (similarity >= SIMILAR_AT) similar.push({ article, similarity })
  }
  return similar.sort((a, b) => b.similarity - a.similarity).slice(0, MAX_SIMILAR)
}
