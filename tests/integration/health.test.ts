/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { cms } from '../support/cms.js'

test('GET /health answers while the process is alive', async () => {
  const res = await cms().http('GET', '/health')
  expect(res.status).toBe(200)
  expect(res.body.status).toBe('ok')
})

test('GET /ready checks the database', async () => {
  const res = await cms().http('GET', '/ready')
  expect(res.status).toBe(200)
  expect(res.body).toMatchObject({ status: 'ready', database: 'ok', search: 'ready' })
})

test('GET /ready/search says the search index is built', async () => {
  const res = await cms().http('GET', '/ready/search')
  expect(res.status).toBe(200)
  expect(res.body).toMatchObject({ status: 'ready', search: 'ready' })
  expect(res.body.documents).toEqual(expect.any(Number))
})

test('unknown routes answer 404 JSON', async () => {
  const res = await cms().http('GET', '/nope')
  expect(res.status).toBe(404)
  expect(res.body.errors[0].message).toContain('/nope')
})
