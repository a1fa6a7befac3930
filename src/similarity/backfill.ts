/**
 * Rebuilds missing fingerprints from the database: articles saved before fingerprints existed,
 * ones whose fingerprint was made with other parameters (FINGERPRINT_ALGORITHM), and any a failed
 * write left out. Runs in the background after start and on demand (tests, the CLI). Safe with two
 * instances at once: a fingerprint is a pure function of the body, and storeFingerprint settles a
 * race on one article's row by its unique index.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import type { Payload } from 'payload'
import type { DocId } from '../db/ids.js'
import { FINGERPRINT_ALGORITHM } from '../text/minhash.js'
import { articleFingerprint } from './article-fingerprint.js'
import { storeFingerprint } from './fingerprints.js'

const PAGE = 100

export interface BackfillResult {
  /** Articles looked at. */
  articles: number
  /** Fingerprints written (created, or recomputed with the current algorithm). */
  written: number
}

async function withCurrentFingerprint(payload: Payload, ids: DocId[]): Promise<Set<string>> {
  const found = await payload.find({
    collection: 'content-fingerprints',
    where: {
      and: [{ article: { in: ids } }, { algorithm: { equals: FINGERPRINT_ALGORITHM } }],
    },
    pagination: false,
    depth: 0,
    select: { article: true },
    overrideAccess: true,
  })
  return new Set(found.docs.map((doc) => String(doc.article)))
}

export async function backfillFingerprints(payload: Payload): Promise<BackfillResult> {
  const result: BackfillResult = { articles: 0, written: 0 }
  let after: DocId | null = null
  for (;;) {
    // Ids only, in id order: the bodies are read only for articles that need a fingerprint.
    const page: { docs: { id: DocId }[] } = await payload.find({
      collection: 'articles',
      where: after === null ? {} : { id: { greater_than: after } },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      // The smallest column there is: only the ids are used.
      select: { workflowState: true },
      overrideAccess: true,
    })
    const ids = page.docs.map((doc) => doc.id)
    const last = ids[ids.length - 1]
    if (last === undefined) return result
    result.articles += ids.length
    const done = await withCurrentFingerprint(payload, ids)
    const missing = ids.filter((id) => !done.has(String(id)))
    if (missing.length) {
      // The latest version, drafts included: the text the article's own saves fingerprint.
      const bodies = await payload.find({
        collection: 'articles',
        where: { id: { in: missing } },
        draft: true,
        locale: 'zh-Hans',
        pagination: false,
        depth: 0,
        select: { body: true },
        overrideAccess: true,
      })
      for (const article of bodies.docs) {
        const fingerprint = articleFingerprint(article.body)
        await storeFingerprint(payload, article.id, fingerprint)
        if (fingerprint) result.written++
      }
    }
    after = last
    await yieldToEventLoop()
  }
}
