import type { Payload } from 'payload'
import { changeKey, readChangeCounters } from '../../db/change-counters.js'

/** Collections whose published state shows in delivered responses. */
export const DELIVERED_COLLECTIONS = [
  'articles',
  'qa-sets',
  'qa-entries',
  'glossary-terms',
  'topics',
  'laws',
  'sources',
  'media',
] as const

/**
 * What the public can see, summarised cheaply: the public change counters of the delivered
 * collections (bumped in the transaction of every write the public can see, whichever instance and
 * clock made it), and per collection the number of visible documents and the newest updatedAt
 * among them, for writes made around Payload (a script on the database). Read with the public's
 * access rules, so draft saves leave it unchanged while publishing, unpublishing, editing live
 * content, verifying a source or deleting all change it.
 */
export async function publicFingerprint(payload: Payload): Promise<string> {
  const present = DELIVERED_COLLECTIONS.filter((slug) => payload.collections[slug])
  const parts = await Promise.all(
    present.map(async (slug) => {
      const result = await payload.find({
        collection: slug,
        overrideAccess: false,
        limit: 1,
        sort: '-updatedAt',
        depth: 0,
        select: { updatedAt: true },
      })
      const newest = result.docs[0]?.updatedAt ?? ''
      return `${slug}:${result.totalDocs}:${newest}`
    }),
  )
  const counters = await readChangeCounters(payload)
  const counted = present.map((slug) => `${slug}#${counters.get(changeKey(slug, 'public')) ?? 0}`)
  return [...counted, ...parts].join('|')
}
