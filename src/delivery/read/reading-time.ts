import { LRUCache } from 'lru-cache'
import { richTextToPlain } from '../../richtext/plain-text.js'
import { readingTimeMinutes } from '../lexical-html.js'
import { richTextFor } from './localized.js'
import type { Article } from './types.js'

/**
 * Reading times by article version (id and updatedAt). A summary shows the reading time of the
 * body, and reading the body was most of a list's cost: at 10,000 articles of ~3,000 characters,
 * an uncached `/v1/articles?limit=10` spent 12% of its CPU counting characters and about a third
 * fetching and decoding the bodies. A reading time depends on the body alone, so it is kept per
 * version and outlives cache invalidations (a publish clears every rendered list, while nine of
 * the ten articles on it are unchanged); a new version is a new key. Rebuilt from the database
 * whenever missing: a list whose articles are not all here reads their bodies in one query.
 */
const known = new LRUCache<string, number>({ max: 50_000 })

const versionOf = (doc: Pick<Article, 'id' | 'updatedAt'>) => `${doc.id}:${doc.updatedAt}`

/** The reading time of this version when known, without reading its body. */
export function knownReadingTime(doc: Pick<Article, 'id' | 'updatedAt'>): number | undefined {
  return known.get(versionOf(doc))
}

/** The reading time of a document read with its body (kept for its version). */
export function readingTimeOf(doc: Article): number {
  const cached = known.get(versionOf(doc))
  if (cached !== undefined) return cached
  const { state } = richTextFor(doc.body, 'hans')
  const minutes = readingTimeMinutes(state ? richTextToPlain(state) : '')
  if (doc.updatedAt) known.set(versionOf(doc), minutes)
  return minutes
}
