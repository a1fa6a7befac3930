import { LruMap } from '../../../src/runtime/lru.js'

test('forgets the least recently used entry beyond the bound; get counts as a use, peek does not', () => {
  const lru = new LruMap<string, number>(2)
  lru.set('a', 1)
  lru.set('b', 2)
  expect(lru.get('a')).toBe(1)
  lru.set('c', 3)
  expect([lru.has('a'), lru.has('b'), lru.has('c')]).toEqual([true, false, true])
  expect(lru.peek('a')).toBe(1)
  lru.set('d', 4)
  expect([lru.has('a'), lru.has('c'), lru.has('d')]).toEqual([false, true, true])
  expect(lru.size).toBe(2)
})

test('bounded by total size: a value larger than the bound is not kept', () => {
  const lru = new LruMap<string, string>(5, (value) => value.length)
  lru.set('a', 'xx')
  lru.set('b', 'yyy')
  lru.set('c', 'z')
  expect([lru.has('a'), lru.has('b'), lru.has('c')]).toEqual([false, true, true])
  lru.set('b', 'yyyy')
  expect([lru.has('b'), lru.has('c')]).toEqual([true, true])
  lru.set('big', 'tooooolong')
  expect(lru.has('big')).toBe(false)
  lru.clear()
  expect(lru.size).toBe(0)
})
