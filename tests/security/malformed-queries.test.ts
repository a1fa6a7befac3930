/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Malformed queries are a 400 naming the parameter, not a 500; valid queries still work.
 */
import { cms } from '../support/cms.js'

test.each([
  ['/v1/articles?__proto__=x', '__proto__'],
  ['/feeds/rss.xml?__proto__=x', '__proto__'],
  ['/api/articles?where=abc', 'where'],
  ['/api/articles?where[title][equals][a]=1', 'where[title][equals][a]'],
  ['/api/articles?where[__proto__][x]=1', 'where[__proto__][x]'],
  ['/api/articles?limit=abc', 'limit'],
  ['/api/articles?depth=-1', 'depth'],
  ['/api/articles?page=0', 'page'],
])('%s is a 400 naming %s', async (url, parameter) => {
  const res = await cms().http('GET', url)
  expect(res.status).toBe(400)
  expect(res.text).toContain(parameter)
})

test.each([
  '/api/articles?where[title][equals]=x&limit=5&page=1&depth=0&sort=-createdAt',
  '/api/articles?where[or][0][title][like]=a&where[or][1][slug][in][0]=b',
  '/v1/articles?limit=5',
])('%s still works', async (url) => {
  expect((await cms().http('GET', url)).status).toBe(200)
})
