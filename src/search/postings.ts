import { DecodedLists } from './decoded-lists.js'
import { PostingList } from './posting-list.js'

/** Drops dead ids from every list (and lists left empty); returns the number of ids kept. */
function compactLists<K>(lists: Map<K, PostingList>, isLive: (unitId: number) => boolean): number {
  let kept = 0
  for (const [key, list] of lists) {
    const live = list.compact(isLive)
    kept += live
    if (live === 0) lists.delete(key)
  }
  return kept
}

/** Trims the lists, `batch` at a time; lists added between steps are trimmed too (a Map's iterator visits them). */
function* trimListsInSteps<K>(
  lists: Map<K, PostingList>,
  batch: number,
): Generator<void, void, void> {
  let trimmed = 0
  for (const list of lists.values()) {
    list.trim()
    if (++trimmed % batch === 0) yield
  }
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
  private readonly decoded = new DecodedLists()
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

  /** Units indexed with exactly this token (dead ones included), ascending, in a new array. */
  unitsWithToken(token: string): Uint32Array {
    return this.lists.get(token)?.toArray() ?? EMPTY
  }

  /**
   * The same units, not to be changed, valid until the next readUnits call (DecodedLists.read):
   * for loops that read one list after another (a query's), without an allocation per list.
   */
  readUnits(token: string): Uint32Array {
    const list = this.lists.get(token)
    return list ? this.decoded.read(list) : EMPTY
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

  /** trim() a few lists at a time: a step after every `batch` lists. */
  *trimInSteps(batch: number): Generator<void, void, void> {
    yield* trimListsInSteps(this.lists, batch)
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
  private readonly decoded = new DecodedLists()
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
    const lists: PostingList[] = []
    for (const key of keys) {
      const list = this.lists.get(key)
      if (!list) return EMPTY
      lists.push(list)
    }
    const [shortest, ...others] = lists.sort((a, b) => a.length - b.length)
    if (!shortest) return EMPTY
    const result = this.decoded.copy(shortest)
    let count = result.length
    for (const list of others) {
      count = this.decoded.keepCommon(list, result, count)
      if (count === 0) break
    }
    return result.subarray(0, count)
  }

  trim(): void {
    for (const list of this.lists.values()) list.trim()
  }

  *trimInSteps(batch: number): Generator<void, void, void> {
    yield* trimListsInSteps(this.lists, batch)
  }

  compact(isLive: (unitId: number) => boolean): void {
    this.postingCount = compactLists(this.lists, isLive)
  }
}
