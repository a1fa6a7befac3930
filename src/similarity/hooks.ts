/**
 * Keeps each article's fingerprint in step with its zh-Hans body: on every save (drafts and
 * autosaves included, since a duplicate of a draft imported yesterday is a duplicate too) and on
 * deletion. A save in zh-Hant leaves the zh-Hans body, and so the fingerprint, as it was.
 * A fingerprint that cannot be written does not fail the editor's save: the backfill
 * (backfill.ts) writes the missing ones.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Article } from '../payload-types.js'
import {
  articleFingerprint,
  FINGERPRINT_CONTEXT,
  fingerprintInContext,
} from './article-fingerprint.js'
import { dropFingerprint, storeFingerprint } from './fingerprints.js'

export const keepArticleFingerprint: CollectionAfterChangeHook<Article> = async ({
  context,
  data,
  doc,
  operation,
  req,
}) => {
  if (req.locale && req.locale !== 'zh-Hans') return doc
  // A write with `select` (the importer asks for the id only) hands back a document without its
  // body: the body written is then the one in `data`. Neither: the body did not change.
  const body = doc.body !== undefined ? doc.body : data.body
  if (body === undefined) return doc
  // The importer computed it with its plan, off the main thread (8–10 ms of MinHash per article).
  // Payload keeps a write's context on the request for every later write with it: taken once.
  const given =
    operation === 'create' ? fingerprintInContext(context[FINGERPRINT_CONTEXT]) : undefined
  delete context[FINGERPRINT_CONTEXT]
  try {
    await storeFingerprint(
      req.payload,
      doc.id,
      given === undefined ? articleFingerprint(body) : given,
      {
        req,
        isNew: operation === 'create',
      },
    )
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
