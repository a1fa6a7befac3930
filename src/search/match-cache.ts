import { LRUCache } from 'lru-cache'
import { compareRank, type RankPosition } from './rank.js'

const DEFAULT_ENTRIES = 64

interface Entry<T extends RankPosition> {
  generation: number
  matches: T[]
  sorted: boolean
}

/**
 * The complete match list of recent queries (per query and filters), so the pages after the
 * first one cost a binary search instead of a new match. Entries are valid for one index
 * generation: any change to the index makes them stale.
 */
export class MatchCache<T extends RankPosition> {
  private readonly entries: LRUCache<string, Entry<T>>
  /** Later pages requested per key (this generation), to rank everything only for queries people page through. */
  private readonly paging: LRUCache<string, { generation: number; pages: number }>

  constructor(capacity = DEFAULT_ENTRIES) {
    this.entries = new LRUCache({ max: capacity })
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
