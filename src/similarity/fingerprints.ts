/**
 * Stores and looks up article fingerprints (collections/ContentFingerprints.ts). The text of an
 * article is its zh-Hans body as delivery and search read it (src/richtext/plain-text.ts): the same
 * function serves the article's own save, the backfill and a new import, so they all compare alike.
 */
import { ValidationError, type Payload, type PayloadRequest, type Where } from 'payload'
import { relationId, relationIdOf, type DocId } from '../db/ids.js'
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

/** The articles whose text is similar to `fingerprint`, most similar first (without `exclude`). */
export async function findSimilarArticles(
  payload: Payload,
  fingerprint: Fingerprint,
  lookup: Lookup = {},
): Promise<SimilarArticle[]> {
  // The adapter's find, not Payload's: no access, hooks or field traversal for up to 200 rows of an
  // internal collection. bench:import (1,000 near-copies of 5 samples, so ~200 candidates each):
  // Payload's find made the lookup the largest cost of an import after the drafts themselves.
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
  const similar: SimilarArticle[] = []
  for (const candidate of found.docs) {
    const article = relationIdOf(candidate.article)
    if (article === undefined) continue
    const similarity = estimatedSimilarity(fingerprint.signature, candidate.signature)
    if (similarity >= SIMILAR_AT) similar.push({ article, similarity })
  }
  return similar.sort((a, b) => b.similarity - a.similarity).slice(0, MAX_SIMILAR)
}
