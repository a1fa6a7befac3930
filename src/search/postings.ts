import { withCapacity } from './typed-arrays.js'

const INITIAL_CAPACITY = 4

/** Unit ids in ascending order (ids are handed out in increasing order), in a growable Uint32Array. */
class PostingList {
  ids = new Uint32Array(INITIAL_CAPACITY)
  length = 0

  push(unitId: number): void {
    if (this.length === this.ids.length)
      this.ids = withCapacity(this.ids, this.length + 1, Uint32Array)
    this.ids[this.length++] = unitId
  }

  view(): Uint32Array {
    return this.ids.subarray(0, this.length)
  }

  /**
   * Give back most of the room kept for growth (up to half of the list after doubling), but
   * leave an eighth: trimmed to the byte, the next document added would double every common list.
   */
  trim(): void {
    const keep = this.length + (this.length >> 3) + INITIAL_CAPACITY
    if (this.ids.length > keep) this.ids = this.ids.slice(0, keep)
  }
}

/** Drops dead ids from every list (and lists left empty); returns the number of ids kept. */
function compactLists<K>(lists: Map<K, PostingList>, isLive: (unitId: number) => boolean): number {
  let kept = 0
  for (const [key, list] of lists) {
    let write = 0
    for (let read = 0; read < list.length; read++) {
      const unitId = list.ids[read]
      if (isLive(unitId)) list.ids[write++] = unitId
    }
    list.length = write
    kept += write
    if (write === 0) lists.delete(key)
    else if (write < list.ids.length / 4 && list.ids.length > INITIAL_CAPACITY)
      list.ids = list.ids.slice(0, Math.max(write * 2, INITIAL_CAPACITY))
  }
  return kept
}

/**
 * Token → unit ids, plus the vocabulary grouped by character so a query word can be widened to
 * every indexed token that contains it (安全 → 国家安全, 安全防范).
 *
 * Removal is lazy: a removed unit's id stays in the lists and callers skip ids whose unit is
 * gone; ids are never reused, so a stale id can never point at a new unit. `compact()` drops
 * the dead ids once they are a noticeable share. This makes updates cost what indexing the new
 * text costs, instead of a scan of every list (what flexsearch without `fastupdate` did: 92 ms
 * per update at 100k passages) or a reverse register (which doubled the heap).
 */
export class TokenPostings {
  private readonly lists = new Map<string, PostingList>()
  private readonly vocabularyByCharacter = new Map<string, string[]>()
  private postingCount = 0

  /** Number of (token, unit) pairs held, dead ones included. */
  get size(): number {
    return this.postingCount
  }

  /** `unitId` must be larger than every id added before. */
  add(unitId: number, tokens: Iterable<string>): number {
    let added = 0
    for (const token of tokens) {
      let list = this.lists.get(token)
      if (!list) {
        list = new PostingList()
        this.lists.set(token, list)
        this.rememberToken(token)
      }
      list.push(unitId)
      added++
    }
    this.postingCount += added
    return added
  }

  /** Units indexed with exactly this token (dead ones included), ascending. */
  unitsWithToken(token: string): Uint32Array {
    return this.lists.get(token)?.view() ?? EMPTY
  }

  /** How many units carry this token (dead ones included). */
  frequency(token: string): number {
    return this.lists.get(token)?.length ?? 0
  }

  /** Indexed tokens that contain `piece`, found through its rarest character. */
  tokensContaining(piece: string): string[] {
    let narrowest: string[] | undefined
    for (const character of new Set(piece)) {
      const tokens = this.vocabularyByCharacter.get(character)
      if (!tokens) return []
      if (!narrowest || tokens.length < narrowest.length) narrowest = tokens
    }
    return narrowest ? narrowest.filter((token) => token.includes(piece)) : []
  }

  /** Tokens that contain this character. */
  tokensWithCharacter(character: string): readonly string[] {
    return this.vocabularyByCharacter.get(character) ?? []
  }

  /** Release growth room in every list, after a bulk build. */
  trim(): void {
    for (const list of this.lists.values()) list.trim()
  }

  /** Drop ids for which `isLive` is false; tokens left without units are forgotten. */
  compact(isLive: (unitId: number) => boolean): void {
    this.postingCount = compactLists(this.lists, isLive)
    for (const [character, tokens] of this.vocabularyByCharacter) {
      const live = tokens.filter((token) => this.lists.has(token))
      if (live.length === 0) this.vocabularyByCharacter.delete(character)
      else if (live.length !== tokens.length) this.vocabularyByCharacter.set(character, live)
    }
  }

  private rememberToken(token: string): void {
    for (const character of new Set(token)) {
      const tokens = this.vocabularyByCharacter.get(character)
      if (tokens) tokens.push(token)
      else this.vocabularyByCharacter.set(character, [token])
    }
  }
}

const EMPTY = new Uint32Array(0)

/** Characters whose pairs are indexed: ASCII digits and lower-case letters, CJK ideographs. */
function isIndexedCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  )
}

/** The distinct indexed character pairs of a text, as numbers (two UTF-16 code units). */
export function bigramKeys(text: string): Set<number> {
  const keys = new Set<number>()
  let previous = text.length > 0 ? text.charCodeAt(0) : 0
  for (let at = 1; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (isIndexedCode(previous) && isIndexedCode(code)) keys.add(previous * 0x10000 + code)
    previous = code
  }
  return keys
}

/**
 * Character pair → unit ids. A unit containing a text contains each of its pairs, so
 * intersecting the pairs' lists gives a small superset of the units that contain a phrase
 * (the substring check then runs on those only); character-level candidates were nearly
 * every unit for phrases of common characters (主, 义, 法). Same lazy removal as TokenPostings.
 */
export class BigramPostings {
  private readonly lists = new Map<number, PostingList>()
  private postingCount = 0

  get size(): number {
    return this.postingCount
  }

  add(unitId: number, text: string): void {
    for (const key of bigramKeys(text)) {
      let list = this.lists.get(key)
      if (!list) {
        list = new PostingList()
        this.lists.set(key, list)
      }
      list.push(unitId)
      this.postingCount++
    }
  }

  /**
   * Units (dead ones included) holding every indexed pair of `text`, ascending; null when
   * `text` has no indexed pair (one character, or none that is indexed).
   */
  unitsWithAllPairs(text: string): Uint32Array | null {
    const keys = bigramKeys(text)
    if (keys.size === 0) return null
    const lists: Uint32Array[] = []
    for (const key of keys) {
      const list = this.lists.get(key)
      if (!list) return EMPTY
      lists.push(list.view())
    }
    const [shortest = EMPTY, ...others] = lists.sort((a, b) => a.length - b.length)
    let result: Uint32Array = Uint32Array.from(shortest)
    for (const list of others) {
      result = intersect(result, list)
      if (result.length === 0) break
    }
    return result
  }

  trim(): void {
    for (const list of this.lists.values()) list.trim()
  }

  compact(isLive: (unitId: number) => boolean): void {
    this.postingCount = compactLists(this.lists, isLive)
  }
}

/** Sorted intersection; binary search in the long list when the short one is much shorter. */
function intersect(short: Uint32Array, long: Uint32Array): Uint32Array {
  const out = new Uint32Array(short.length)
  let count = 0
  if (long.length > short.length * 16) {
    let low = 0
    for (const value of short) {
      let high = long.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (long[middle] < value) low = middle + 1
        else high = middle
      }
      if (low < long.length && long[low] === value) out[count++] = value
    }
  } else {
    let j = 0
    for (let i = 0; i < short.length && j < long.length;) {
      const a = short[i]
      const b = long[j]
      if (a === b) {
        out[count++] = a
        i++
        j++
      } else if (a < b) i++
      else j++
    }
  }
  return out.subarray(0, count)
}
