/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * A retracted article keeps its URL and title, but its body is gone for readers everywhere: not in
 * /v1/search (results or snippets), and not confirmable piece by piece through REST or GraphQL
 * filters on the body, which read access hides from them.
 */
import { buildRichText } from '../../src/richtext/build.js'
import { cms } from '../support/cms.js'

const run = `${process.pid}${Date.now().toString(36)}`
const SECRET = `撤稿正文机密${run}`
const TITLE = `撤稿标题${run}`
const KEPT = `在架正文${run}`

let retractedId: number | string
let reviewer: string

beforeAll(async () => {
  reviewer = (await cms().createUser(['reviewer'])).token
  const paragraphs = (text: string) => buildRichText([{ type: 'paragraph', text }])
  // Published first, then retracted: the index saw the body before the retraction.
  const article = await cms().payload.create({
    collection: 'articles',
    data: {
      title: TITLE,
      slug: `retracted-${run}`,
      kind: 'explainer',
      body: paragraphs(`这段文字后来被撤回：${SECRET}。`),
      _status: 'published',
    },
    overrideAccess: true,
  })
  retractedId = article.id
  await cms().payload.update({
    collection: 'articles',
    id: retractedId,
    data: { retraction: { retracted: true, reason: '事实有误' }, _status: 'published' },
    overrideAccess: true,
  })
  await cms().payload.create({
    collection: 'articles',
    data: {
      title: `在架文章${run}`,
      slug: `kept-${run}`,
      kind: 'explainer',
      body: paragraphs(`仍然发布的正文：${KEPT}。`),
      _status: 'published',
    },
    overrideAccess: true,
  })
})

const search = (q: string, token?: string) =>
  cms().http('GET', `/v1/search?${new URLSearchParams({ q, limit: '50' })}`, { token })

test('a retracted body is not found by /v1/search, and no snippet shows it', async () => {
  const byBody = await search(SECRET)
  expect(byBody.status).toBe(200)
  expect(byBody.body.results.map((result: { id: unknown }) => result.id)).not.toContain(retractedId)
  expect(JSON.stringify(byBody.body.results)).not.toContain(SECRET)

  // The title stays findable (the URL answers the retraction notice), without the body.
  const byTitle = await search(TITLE)
  expect(byTitle.status).toBe(200)
  expect(byTitle.body.results.map((result: { id: unknown }) => result.id)).toContain(retractedId)
  expect(JSON.stringify(byTitle.body.results)).not.toContain(SECRET)

  // Other published bodies are still searched.
  const kept = await search(KEPT)
  expect(JSON.stringify(kept.body.results)).toContain(KEPT)
})

test('an anonymous REST filter on the body is refused (not answered piece by piece)', async () => {
  for (const url of [
    `/api/articles?where[body][like]=${encodeURIComponent(SECRET)}`,
    `/api/articles?where[and][0][id][equals]=${retractedId}&where[and][1][body][like]=${encodeURIComponent(SECRET.slice(0, 8))}`,
    `/api/articles?where[body.root.children.text][like]=${encodeURIComponent(SECRET)}`,
  ]) {
    const res = await cms().http('GET', url)
    expect({ url, status: res.status, docs: res.body?.docs?.length ?? 0 }).toEqual({
      url,
      status: 400,
      docs: 0,
    })
    expect(res.text).toContain('body')
  }
  // Filters on fields readers see still work, and the article reads without its body.
  const byTitle = await cms().http(
    'GET',
    `/api/articles?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0`,
  )
  expect(byTitle.status).toBe(200)
  expect(byTitle.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([retractedId])
  expect(byTitle.text).not.toContain(SECRET)
})

test('an anonymous GraphQL filter on the body is refused', async () => {
  const res = await cms().graphql(
    'query ($q: JSON) { Articles(where: { body: { like: $q } }) { docs { id } } }',
    { q: SECRET },
  )
  expect(res.body.data?.Articles?.docs ?? []).toEqual([])
  expect(res.body.errors?.length ?? 0).toBeGreaterThan(0)
})

test('staff still filter on the body and read it', async () => {
  const res = await cms().http(
    'GET',
    `/api/articles?where[body][like]=${encodeURIComponent(SECRET)}&depth=0`,
    { token: reviewer },
  )
  expect(res.status).toBe(200)
  expect(res.body.docs.map((doc: { id: unknown }) => doc.id)).toEqual([retractedId])
  expect(res.text).toContain(SECRET)
})
