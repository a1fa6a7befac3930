/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * GraphQL over GET (issue 14, item 14): queries are answered, mutations are refused with 405, the
 * same limits apply, and only anonymous answers may be cached by a CDN.
 */
import { cms } from '../support/cms.js'

const get = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${cms().baseUrl}/api/graphql?${new URLSearchParams({ query })}`, {
    headers: { 'accept-language': 'en', ...headers },
  })

test('an anonymous query over GET is answered like over POST, and may be cached', async () => {
  const query = '{ Articles(limit: 1) { totalDocs } }'
  const overGet = await get(query)
  expect(overGet.status).toBe(200)
  const overPost = await cms().graphql(query)
  expect(await overGet.json()).toEqual(overPost.body)
  expect(overGet.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/)
  expect(overGet.headers.get('vary')).toMatch(/Authorization/)
})

test('a signed-in query over GET sees what its user may see and is never cached', async () => {
  const editor = await cms().createUser(['editor'])
  const res = await get('{ Sources(limit: 1) { totalDocs } }', {
    authorization: `JWT ${editor.token}`,
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('private, no-store')
  const body = await res.json()
  expect(body.errors).toBeUndefined()
  expect(typeof body.data.Sources.totalDocs).toBe('number')
})

test('a mutation over GET is refused with 405', async () => {
  const res = await get('mutation { createLaw(data: { name: "x", slug: "x" }) { id } }')
  expect(res.status).toBe(405)
  expect((await res.json()).errors[0].message).toBe('Cannot perform mutations over GET')
})

test('the limits apply over GET: too many aliases is a 400 naming the setting', async () => {
  const query = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: Articles(limit: 1) { totalDocs }`).join(' ')} }`
  const res = await get(query)
  expect(res.status).toBe(400)
  expect(JSON.stringify(await res.json())).toContain('GRAPHQL_MAX_ALIASES')
})
