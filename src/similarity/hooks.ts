/**
 * Keeps each article's fingerprint in step with its zh-Hans body: on every save (drafts and
 * autosaves included, since a duplicate of a draft imported yesterday is a duplicate too) and on
 * deletion. A save in zh-Hant leaves the zh-Hans body, and so the fingerprint, as it was.
 * A fingerprint that cannot be written does not fail the editor's save: the backfill
 * (backfill.ts) writes the missing ones.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Article } from '../payload-types.js'
import { articleFingerprint, dropFingerprint, storeFingerprint } from './fingerprints.js'

export const keepArticleFingerprint: CollectionAfterChangeHook<Article> = async ({
  data,
  doc,
  req,
}) => {
  if (req.locale && req.locale !== 'zh-Hans') return doc
  // A write with `select` (the importer asks for the id only) hands back a document without its
  // body: the body written is then the one in `data`. Neither: the body did not change.
  const body = doc.body !== undefined ? doc.body : data.body
  if (body === undefined) return doc
  try {
    await storeFingerprint(req.payload, doc.id, articleFingerprint(body), req)
  } catch (error) {
    req.payload.logger.warn(
      { err: error, article: doc.id },
      'similarity: the fingerprint was not updated (the backfill writes it)',
    )
  }
  return doc
}

export const dropArticleFingerprint: CollectionAfterDeleteHook<Article> = async ({ id, req }) => {
  await dropFingerprint(req.payload, id, req)
}
