import { BLOCK_IDS, DecodeBuffer, PostingList } from '../../../src/search/posting-list.js'
import { DecodedLists } from '../../../src/search/decoded-lists.js'
import { BigramPostings, TokenPostings } from '../../../src/search/postings.js'
import { createSearchIndex } from '../../../src/search/index.js'
import { generatedDocuments } from './fixtures.js'

/**
 * Posting lists are gap-coded bytes with a skip table (posting-list.ts). These tests hold them to
 * plain arrays of the same ids: what goes in comes out, intersections agree whether they merge
 * or seek across blocks, and compaction keeps exactly the live ids.
 */

/** Deterministic ascending ids: gaps drawn from `gaps` (a small generator, so failures repeat). */
function ascendingIds(count: number, gaps: number[], start = 1): number[] {
  let state = 12345
  const ids: number[] = []
  for (let id = start; ids.length < count;) {
    ids.push(id)
    state = (state * 1103515245 + 12345) % 2147483648
    id += gaps[state % gaps.length] ?? 1
  }
  return ids
}

function listOf(ids: number[]): PostingList {
  const list = new PostingList()
  for (const id of ids) list.push(id)
  return list
}

/** What keepCommon must leave: the candidates that are in `ids`, in order. */
function common(candidates: number[], ids: number[]): number[] {
  const held = new Set(ids)
  return candidates.filter((id) => held.has(id))
}

function kept(list: PostingList, candidates: number[]): number[] {
  const sorted = Uint32Array.from(candidates)
  return [...sorted.subarray(0, list.keepCommon(sorted, sorted.length))]
}

describe('PostingList', () => {
  test('gives back the ids it was given: one-byte, multi-byte and 32-bit gaps, across blocks', () => {
    const cases = [
      [0],
      [7],
      ascendingIds(BLOCK_IDS - 1, [1, 2, 3]),
      ascendingIds(BLOCK_IDS, [1]),
      ascendingIds(BLOCK_IDS + 1, [1, 200, 70_000]),
      ascendingIds(10 * BLOCK_IDS + 17, [1, 127, 128, 16_383, 16_384, 2_097_152]),
      [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 2, 2 ** 32 - 1],
      [0, 2 ** 32 - 1], // one gap of 32 bits
      [3, 2 ** 31 + 3, 2 ** 32 - 1],
    ]
    for (const ids of cases) {
      const list = listOf(ids)
      expect(list.length).toBe(ids.length)
      expect([...list.toArray()]).toEqual(ids)
      expect([...new DecodeBuffer().read(list)]).toEqual(ids)
    }
  })

  test('takes about a byte an id for dense lists', () => {
    const list = listOf(ascendingIds(100_000, [1, 2, 5, 20, 60]))
    list.trim()
    // A Uint32Array of the same ids takes 400,000 bytes.
    expect(list.byteSize).toBeLessThan(130_000)
    expect(list.byteSize).toBeGreaterThan(100_000)
  })

  test('refuses ids that do not ascend or are not 32-bit unsigned integers', () => {
    const list = listOf([5, 9])
    expect(() => list.push(9)).toThrow(RangeError)
    expect(() => list.push(3)).toThrow(RangeError)
    expect(() => new PostingList().push(-1)).toThrow(RangeError)
    expect(() => new PostingList().push(2 ** 32)).toThrow(RangeError)
    expect(() => new PostingList().push(1.5)).toThrow(RangeError)
    expect([...list.toArray()]).toEqual([5, 9])
  })

  test('intersections agree with plain arrays, merging and seeking across block boundaries', () => {
    const long = ascendingIds(50 * BLOCK_IDS, [1, 3, 9, 300])
    const list = listOf(long)
    const last = long[long.length - 1] ?? 0
    const boundaries = Array.from({ length: 49 }, (_, block) => (block + 1) * BLOCK_IDS)
    const candidateSets = [
      // few candidates against a list > 16 times longer: seeks
      [long[0] ?? 0, long[1] ?? 0, last],
      boundaries.flatMap((at) => [long[at - 1] ?? 0, long[at] ?? 0]), // each side of every block edge
      boundaries.map((at) => (long[at] ?? 0) - 1), // just before each block's first id (absent unless a gap of 1)
      [0, last + 1, last + 1000], // before the first and after the last
      ascendingIds(200, [17, 401, 999]),
      // as many candidates as ids: merges
      ascendingIds(4000, [1, 2, 4]),
      long,
      [],
    ]
    for (const candidates of candidateSets) {
      const sorted = [...new Set(candidates)].sort((a, b) => a - b)
      expect(kept(list, sorted)).toEqual(common(sorted, long))
    }
  })

  test('an intersection of a prefix leaves the candidates after it alone', () => {
    const list = listOf([2, 4, 6, 8])
    const sorted = Uint32Array.from([1, 2, 3, 4, 5, 6])
    expect(list.keepCommon(sorted, 4)).toBe(2)
    expect([...sorted]).toEqual([2, 4, 3, 4, 5, 6])
  })

  test('compaction keeps exactly the live ids, and the list grows and seeks as before', () => {
    const ids = ascendingIds(20 * BLOCK_IDS + 5, [1, 2, 150, 20_000])
    const list = listOf(ids)
    const isLive = (id: number) => id % 3 !== 0
    const live = ids.filter(isLive)
    expect(list.compact(isLive)).toBe(live.length)
    expect(list.length).toBe(live.length)
    expect([...list.toArray()]).toEqual(live)

    const last = ids[ids.length - 1] ?? 0
    const added = [last + 1, last + 2, last + 2 ** 30]
    for (const id of added) list.push(id)
    const all = [...live, ...added]
    expect([...list.toArray()]).toEqual(all)
    const probes = [...ids.filter((_, at) => at % 97 === 0), ...added]
    expect(kept(list, probes)).toEqual(common(probes, all))

    expect(list.compact(() => false)).toBe(0)
    expect([...list.toArray()]).toEqual([])
    list.push(5)
    expect([...list.toArray()]).toEqual([5])
  })

  test('a list compacted to a few ids gives back its room', () => {
    const list = listOf(ascendingIds(10_000, [1]))
    const before = list.byteSize
    expect(list.compact((id) => id < 50)).toBe(49)
    expect(list.byteSize).toBeLessThan(before / 10)
    expect([...list.toArray()]).toEqual(ascendingIds(49, [1]))
  })
})

describe('TokenPostings and BigramPostings on gap-coded lists', () => {
  test('lists, compaction and forgotten tokens', () => {
    const postings = new TokenPostings()
    for (let unit = 1; unit <= 1000; unit++)
      postings.add(unit, unit % 10 === 0 ? ['国家安全', '安全'] : ['安全'])
    expect(postings.size).toBe(1100)
    expect(postings.frequency('安全')).toBe(1000)
    expect([...postings.unitsWithToken('国家安全')]).toEqual(
      Array.from({ length: 100 }, (_, at) => (at + 1) * 10),
    )
    expect([...postings.readUnits('国家安全')]).toEqual([...postings.unitsWithToken('国家安全')])
    expect(postings.tokensContaining('安全').sort()).toEqual(['国家安全', '安全'])

    postings.compact((unit) => unit % 10 !== 0) // every unit with 国家安全 removed
    expect(postings.size).toBe(900)
    expect(postings.frequency('国家安全')).toBe(0)
    expect(postings.tokensContaining('安全')).toEqual(['安全'])
    expect(postings.readUnits('安全')).toHaveLength(900)
  })

  test('units holding every character pair of a text, across blocks', () => {
    const bigrams = new BigramPostings()
    const texts = new Map<number, string>()
    for (let unit = 1; unit <= 5000; unit++) {
      const text = unit % 7 === 0 ? '反恐怖主义法' : unit % 3 === 0 ? '恐怖主义' : '反恐工作'
      texts.set(unit, text)
      bigrams.add(unit, text)
    }
    const expected = (needle: string) =>
      [...texts].filter(([, text]) => text.includes(needle)).map(([unit]) => unit)
    expect([...(bigrams.unitsWithAllPairs('恐怖主义') ?? [])]).toEqual(expected('恐怖主义'))
    expect([...(bigrams.unitsWithAllPairs('反恐怖') ?? [])]).toEqual(expected('反恐怖'))
    expect(bigrams.unitsWithAllPairs('恐')).toBeNull()
    bigrams.compact((unit) => unit > 2500)
    expect([...(bigrams.unitsWithAllPairs('主义法') ?? [])]).toEqual(
      expected('主义法').filter((unit) => unit > 2500),
    )
  })
})

describe('DecodedLists', () => {
  test('long lists read from a kept copy, which a change to the list replaces', () => {
    const decoded = new DecodedLists()
    const ids = ascendingIds(10_000, [1, 2, 3])
    const list = listOf(ids)
    const first = decoded.read(list)
    expect([...first]).toEqual(ids)
    expect(decoded.read(list)).toBe(first) // kept, not decoded again

    const last = ids[ids.length - 1] ?? 0
    list.push(last + 5)
    expect([...decoded.read(list)]).toEqual([...ids, last + 5])
    list.compact((id) => id % 2 === 0)
    const even = [...ids, last + 5].filter((id) => id % 2 === 0)
    expect([...decoded.read(list)]).toEqual(even)

    // A copy is the caller's: changing it leaves the kept one alone.
    const copy = decoded.copy(list)
    copy.fill(0)
    expect([...decoded.read(list)]).toEqual(even)
    const probes = Uint32Array.from([even[0] ?? 0, (even[0] ?? 0) + 1, even[500] ?? 0])
    expect([...probes.subarray(0, decoded.keepCommon(list, probes, 3))]).toEqual([
      even[0],
      even[500],
    ])
  })

  test('short lists are decoded at each read; nothing beyond the byte bound is kept', () => {
    const decoded = new DecodedLists(50_000) // 12,500 ids
    const short = listOf([1, 5, 9])
    expect([...decoded.read(short)]).toEqual([1, 5, 9])
    const a = listOf(ascendingIds(10_000, [1]))
    const b = listOf(ascendingIds(10_000, [2]))
    const keptA = decoded.read(a)
    expect(decoded.read(a)).toBe(keptA)
    decoded.read(b) // a is dropped to make room
    expect(decoded.read(a)).not.toBe(keptA)
    expect([...decoded.read(a)]).toEqual(ascendingIds(10_000, [1]))
  })
})

describe('optimize in steps', () => {
  test('trims every list a batch at a time, results unchanged', () => {
    const index = createSearchIndex()
    for (const document of generatedDocuments(300)) index.upsert(document)
    const [extra] = generatedDocuments(1)
    if (!extra) throw new Error('no generated document')
    const queries = ['国家安全', '安全', '反恐 国际合作', '"恐怖主义"']
    const before = queries.map((query) => index.search(query, { limit: 20 }))
    let steps = 0
    for (const step of index.optimizeInSteps(50)) {
      expect(step).toBeUndefined()
      steps++
      if (steps === 3) index.upsert({ ...extra, id: 'added-between-steps' })
    }
    expect(steps).toBeGreaterThan(5)
    index.remove('article', 'added-between-steps')
    index.remove('qa', 'added-between-steps')
    index.remove('term', 'added-between-steps')
    expect(queries.map((query) => index.search(query, { limit: 20 }))).toEqual(before)
  })
})
