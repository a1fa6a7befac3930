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
  private readonly entries = new Map<string, Entry<T>>()
  /** Later pages requested per key (this generation), to rank everything only for queries people page through. */
  private readonly paging = new Map<string, { generation: number; pages: number }>()

  constructor(private readonly capacity = DEFAULT_ENTRIES) {}

  get(key: string, generation: number): Entry<T> | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.generation !== generation) return undefined
    this.entries.set(key, entry) // most recently used last
    return entry
  }

  set(key: string, generation: number, matches: T[]): Entry<T> {
    const entry = { generation, matches, sorted: false }
    this.entries.delete(key)
    this.entries.set(key, entry)
    dropOldest(this.entries, this.capacity)
    return entry
  }

  /** Count a request for a later page of `key`; returns how many there were, this one included. */
  notePage(key: string, generation: number): number {
    const seen = this.paging.get(key)
    const pages = seen && seen.generation === generation ? seen.pages + 1 : 1
    this.paging.delete(key)
    this.paging.set(key, { generation, pages })
    dropOldest(this.paging, this.capacity * 4)
    return pages
  }

  clear(): void {
    this.entries.clear()
    this.paging.clear()
  }
}

/** Delete the entries inserted (or moved to the end) longest ago until `map` holds at most `keep`. */
function dropOldest(map: Map<string, unknown>, keep: number): void {
  for (const key of map.keys()) {
    if (map.size <= keep) return
    map.delete(key) // deleting the entry just visited leaves the iteration valid
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
