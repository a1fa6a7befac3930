/** The similar existing articles an Import record names: id, latest title and similarity in percent. */
import type { Payload, PayloadRequest } from 'payload'
import { relationId, type DocId } from '../db/ids.js'
import type { Import } from '../payload-types.js'
import type { Fingerprint } from '../text/minhash.js'
import { findSimilarArticles } from './fingerprints.js'

export type SimilarRows = NonNullable<Import['similar']>

export async function similarContent(
  payload: Payload,
  fingerprint: Fingerprint | null,
  { exclude, req }: { exclude?: DocId | null; req?: PayloadRequest } = {},
): Promise<SimilarRows> {
  if (!fingerprint) return []
  const similar = await findSimilarArticles(payload, fingerprint, { exclude, req })
  if (similar.length === 0) return []
  // The latest title, drafts included: the editor compares with what is in the newsroom now.
  const titles = await payload.find({
    collection: 'articles',
    where: { id: { in: similar.map((entry) => entry.article) } },
    draft: true,
    locale: 'zh-Hans',
    pagination: false,
    depth: 0,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  const titleOf = new Map(titles.docs.map((doc) => [String(doc.id), doc.title]))
  return similar.map((entry) => ({
    article: relationId(entry.article),
    title: titleOf.get(String(entry.article)) ?? null,
    similarity: Math.round(entry.similarity * 100),
  }))
}
