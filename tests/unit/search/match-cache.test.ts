import { BYTES_PER_MATCH, MatchCache } from '../../../src/search/match-cache.js'
import type { RankPosition } from '../../../src/search/rank.js'

const matches = (count: number): RankPosition[] =>
  Array.from({ length: count }, (_, at) => ({
    score: 1,
    publishedTime: at,
    updatedTime: at,
    key: `article:${at}`,
  }))

describe('MatchCache bounds', () => {
  test('holds match lists up to its bytes, dropping the least recently used', () => {
    const cache = new MatchCache<RankPosition>(64, 1000 * BYTES_PER_MATCH)
    cache.set('a', 1, matches(400))
    cache.set('b', 1, matches(400))
    expect(cache.get('a', 1)?.matches).toHaveLength(400) // a is now the most recent
    cache.set('c', 1, matches(400)) // 1,200 matches: b goes
    expect(cache.get('b', 1)).toBeUndefined()
    expect(cache.get('a', 1)?.matches).toHaveLength(400)
    expect(cache.get('c', 1)?.matches).toHaveLength(400)
  })

  test('a list larger than the bound is not kept; stale generations are not answered', () => {
    const cache = new MatchCache<RankPosition>(64, 1000 * BYTES_PER_MATCH)
    cache.set('small', 1, matches(10))
    cache.set('huge', 1, matches(1001))
    expect(cache.get('huge', 1)).toBeUndefined()
    expect(cache.get('small', 1)?.matches).toHaveLength(10)
    expect(cache.get('small', 2)).toBeUndefined()
  })

  test('still holds at most `capacity` lists', () => {
    const cache = new MatchCache<RankPosition>(2)
    for (const key of ['a', 'b', 'c']) cache.set(key, 1, matches(1))
    expect(cache.get('a', 1)).toBeUndefined()
    expect(cache.get('c', 1)?.matches).toHaveLength(1)
  })
})
