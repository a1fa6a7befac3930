import { LRUCache } from 'lru-cache'

const DEFAULT_MB = 8

/** SEARCH_RESULT_CACHE_MB: bound of the search result cache, in MB; 0 turns it off. */
export function searchResultCacheBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SEARCH_RESULT_CACHE_MB
  if (raw === undefined || raw.trim() === '') return DEFAULT_MB * 1024 * 1024
  const megabytes = Number(raw)
  if (!Number.isFinite(megabytes) || megabytes < 0)
    throw new Error(`SEARCH_RESULT_CACHE_MB must be a number ≥ 0, got "${raw}"`)
  return Math.floor(megabytes * 1024 * 1024)
}

/**
 * Answers of recent searches (the serialised body), each valid for the index version it was
 * computed on. The version is the index's own (SearchIndex.version: which index object, and its
 * change counter), so an entry goes stale exactly when the index it came from changes — through a
 * hook on this instance or a catch-up with a change made by another — and never because of a
 * clock: instances on one database converge because their indexes do. Stale entries are dropped
 * when met. Bounded by bytes (two per UTF-16 code unit of the body).
 */
export class SearchResultCache {
  private readonly entries: LRUCache<string, { version: string; body: string }> | undefined
  hits = 0
  misses = 0

  constructor(maxBytes: number = searchResultCacheBytes()) {
    this.entries =
      maxBytes > 0
        ? new LRUCache({
            maxSize: maxBytes,
            sizeCalculation: (entry) => Math.max(1, (entry.body.length + entry.version.length) * 2),
          })
        : undefined
  }

  /** The body cached under `key` for this version, or the one `compute` makes (then cached). */
  answer(key: string, version: string, compute: () => string): string {
    const entry = this.entries?.get(key)
    if (entry && entry.version === version) {
      this.hits++
      return entry.body
    }
    this.misses++
    const body = compute()
    this.entries?.set(key, { version, body })
    return body
  }

  clear(): void {
    this.entries?.clear()
  }
}
