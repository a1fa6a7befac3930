import type { Payload } from 'payload'

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
 * What the public can see, summarised cheaply: per collection the number of visible documents and the
 * newest updatedAt among them. Read with the public's access rules, so draft saves leave it unchanged
 * while publishing, unpublishing, editing live content, verifying a source or deleting all change it.
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
  return parts.join('|')
}
