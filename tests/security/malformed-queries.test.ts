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
  // Values of the wrong type for the field: SQLite got NaN or an invalid date, a 500.
  ['/api/articles?where[publishedAt][greater_than]=abc', 'where[publishedAt][greater_than]'],
  ['/api/articles?where[createdAt][equals]=2026-13-45', 'where[createdAt][equals]'],
  [
    '/api/articles?where[or][0][publishedAt][less_than]=abc',
    'where[or][0][publishedAt][less_than]',
  ],
  [
    '/api/articles?where[corrections.date][greater_than]=x',
    'where[corrections.date][greater_than]',
  ],
  ['/api/articles?where[retraction.at][greater_than]=x', 'where[retraction.at][greater_than]'],
  ['/api/articles?where[publishedAt][in][0]=abc', 'where[publishedAt][in][0]'],
  ['/api/qa-entries?where[publishedAt][greater_than]=abc', 'where[publishedAt][greater_than]'],
  [
    '/api/articles/versions?where[version.publishedAt][greater_than]=abc',
    'where[version.publishedAt][greater_than]',
  ],
  ['/api/articles?where[id][in]=abc,def', 'where[id][in]'],
  ['/api/articles?where[topics][equals]=abc', 'where[topics][equals]'],
  ['/api/articles?where[coverImage][equals]=abc', 'where[coverImage][equals]'],
  ['/api/articles?where[title][near]=1,2', 'where[title][near]'],
  ['/api/articles?limit=99999999999999999999', 'limit'],
  ['/api/articles?page=99999999999999999999', 'page'],
])('%s is a 400 naming %s', async (url, parameter) => {
  const res = await cms().http('GET', url)
  expect(res.status).toBe(400)
  expect(res.text).toContain(parameter)
})

test('the message is in Chinese when Accept-Language asks for it', async () => {
  const res = await cms().http('GET', '/api/articles?where[publishedAt][greater_than]=abc', {
    headers: { 'accept-language': 'zh-CN' },
  })
  expect(res.status).toBe(400)
  expect(res.body.errors[0].message).toBe(
    '查询参数 where[publishedAt][greater_than] 无效：应为日期（ISO 8601）。',
  )
})

test('an id that is no number is a 404, not a 500; named routes are not ids', async () => {
  const res = await cms().http('GET', '/api/articles/abc')
  expect(res.status).toBe(404)
  expect((await cms().http('GET', '/api/articles/count')).status).toBe(200)
  expect((await cms().http('GET', '/api/users/me')).status).toBe(200)
})

test.each([
  '/api/articles?where[title][equals]=x&limit=5&page=1&depth=0&sort=-createdAt',
  '/api/articles?where[or][0][title][like]=a&where[or][1][slug][in][0]=b',
  '/v1/articles?limit=5',
  '/api/articles?where[publishedAt][greater_than]=2026-01-01&where[topics][in]=1,2',
  '/api/articles?where[id][in]=1,2&where[title][equals]=abc&where[topics.slug][equals]=x',
])('%s still works', async (url) => {
  expect((await cms().http('GET', url)).status).toBe(200)
})
