import { LRUCache } from 'lru-cache'
import { compareRank, type RankPosition } from './rank.js'

const DEFAULT_ENTRIES = 64
/**
 * Heap bytes of one cached match: the Match object with its two boxed dates (117 bytes each for
 * 100,000 of them, node --expose-gc) and its slot in the array.
 */
export const BYTES_PER_MATCH = 125
/**
 * What all entries may hold together. Counted in entries only, 64 lists of 10,000 matches (安全
 * at 10,000 articles, paged through) held ~80 MB; this keeps ~67,000 matches, six such lists.
 */
const DEFAULT_BYTES = 8 * 1024 * 1024

interface Entry<T extends RankPosition> {
  generation: number
  matches: T[]
  sorted: boolean
}

/**
 * The complete match list of recent queries (per query and filters), so the pages after the
 * first one cost a binary search instead of a new match. Entries are valid for one index
 * generation: any change to the index makes them stale. Bounded by entries and by bytes.
 */
export class MatchCache<T extends RankPosition> {
  private readonly entries: LRUCache<string, Entry<T>>
  /** Later pages requested per key (this generation), to rank everything only for queries people page through. */
  private readonly paging: LRUCache<string, { generation: number; pages: number }>

  constructor(capacity = DEFAULT_ENTRIES, maxBytes = DEFAULT_BYTES) {
    // A list larger than the whole bound is not kept (lru-cache refuses it): those pages rank again.
    this.entries = new LRUCache({
      max: capacity,
      maxSize: maxBytes,
      sizeCalculation: (entry) => Math.max(1, entry.matches.length * BYTES_PER_MATCH),
    })
    this.paging = new LRUCache({ max: capacity * 4 })
  }

  get(key: string, generation: number): Entry<T> | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.generation === generation) return entry
    this.entries.delete(key)
    return undefined
  }

  set(key: string, generation: number, matches: T[]): Entry<T> {
    const entry = { generation, matches, sorted: false }
    this.entries.set(key, entry)
    return entry
  }

  /** Count a request for a later page of `key`; returns how many there were, this one included. */
  notePage(key: string, generation: number): number {
    const seen = this.paging.get(key)
    const pages = seen && seen.generation === generation ? seen.pages + 1 : 1
    this.paging.set(key, { generation, pages })
    return pages
  }

  clear(): void {
    this.entries.clear()
    this.paging.clear()
  }
}

/** The page after `after` (or the first page) of a fully sorted match list. */
export function pageOfSorted<T extends RankPosition>(
  sorted: T[],
  after: RankPosition | null,
  limit: number,
): { page: T[]; hasMore: boolean } {
  let start = 0
  if (after) {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compareRank(sorted[middle], after) <= 0) low = middle + 1
      else high = middle
    }
    start = low
  }
  return { page: sorted.slice(start, start + limit), hasMore: start + limit < sorted.length }
}
