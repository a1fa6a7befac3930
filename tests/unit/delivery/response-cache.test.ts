import { makeResponse, ResponseCache } from '../../../src/delivery/cache/response-cache.js'

const response = (bytes: number) => makeResponse('x'.repeat(bytes), 'text/plain')

test('the response cache is bounded by body bytes and forgets the least recently used first', () => {
  const cache = new ResponseCache(100)
  cache.set('a', response(40))
  cache.set('b', response(40))
  expect(cache.get('a')?.body.length).toBe(40) // a is now the most recently used
  cache.set('c', response(40)) // 120 bytes > 100: b goes
  expect([...cache.keys()].sort()).toEqual(['a', 'c'])
  expect(cache.calculatedSize).toBe(80)
})

test('a response larger than the whole bound is not kept, and evicts nothing', () => {
  const cache = new ResponseCache(100)
  cache.set('small', response(10))
  cache.set('huge', response(101))
  expect(cache.has('huge')).toBe(false)
  expect(cache.get('small')?.body.length).toBe(10)
})
