/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import type { AddressInfo } from 'node:net'
import express from 'express'
import type { SearchService } from '../../src/search/service.js'
import { buildRichText } from '../../src/richtext/build.js'
import { cms } from '../support/cms.js'
import { createTopic, run } from './delivery-fixtures.js'

// The worker's database is shared with other test files: counts below are lower bounds.
const TOPIC = `search-liveness-${run}`
const PAGE_SIZE = 2

let base: string
let close: () => void
let service: SearchService | undefined

/** What the build's held yield saw: answers of this instance while its index was half built. */
interface Seen {
  state: string
  health: { status: number; body: any }
  ready: { status: number; body: any }
  readySearch: { status: number; body: any }
  searchEn: { status: number; body: any; retryAfter: string | null }
  searchZh: { status: number; body: any }
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers })
  return { status: response.status, body: await response.json(), headers: response.headers }
}

beforeAll(async () => {
  const topic = await createTopic('存活测试', TOPIC)
  for (let i = 0; i < 5; i++)
    await cms().payload.create({
      collection: 'articles',
      data: {
        title: `存活测试文章${i}`,
        kind: 'explainer',
        body: buildRichText([{ type: 'paragraph', text: `第${i}篇：反间谍安全防范宣传。` }]),
        topics: [topic as number],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
})

afterEach(() => {
  service?.stop()
  close?.()
})

/** A second search service on the worker's database, served by its own small app. */
async function serve(options: Record<string, unknown>): Promise<SearchService> {
  const { SearchService } = await cms().load('src/search/service.ts')
  const { healthRoutes } = await cms().load('src/server/health.ts')
  const { searchRoutes } = await cms().load('src/search/routes.ts')
  const created: SearchService = new SearchService({
    payload: cms().payload,
    catchUpIntervalMs: 3_600_000,
    ...options,
  })
  const app = express()
  app.use(healthRoutes(cms().payload, () => created))
  app.use(searchRoutes(cms().payload, created))
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
  return created
}

test('while the index is being built, /health answers, /ready says so and a search is a 503 in the reader’s language', async () => {
  let yields = 0
  let seen: Seen | undefined
  service = await serve({
    pageSize: PAGE_SIZE,
    // The build waits on its yields: the third one (after a batch was read) is held while this
    // instance is asked, which only works if the build gives the event loop back between batches.
    yieldToEventLoop: async () => {
      yields++
      if (yields !== 3 || !service) return new Promise<void>((resolve) => setImmediate(resolve))
      const state = service.getStats().state
      const health = await get('/health')
      const ready = await get('/ready')
      const readySearch = await get('/ready/search')
      const en = await get(`/v1/search?q=${encodeURIComponent('反间谍')}`)
      const zh = await get(`/v1/search?q=${encodeURIComponent('反间谍')}`, {
        'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
      })
      seen = {
        state,
        health,
        ready,
        readySearch,
        searchEn: { ...en, retryAfter: en.headers.get('retry-after') },
        searchZh: zh,
      }
    },
  })
  service.start()
  await service.ready

  expect(seen).toBeDefined()
  expect(seen!.state).toBe('building')
  expect(seen!.health).toMatchObject({ status: 200, body: { status: 'ok' } })
  expect(seen!.ready).toMatchObject({
    status: 200,
    body: { status: 'ready', database: 'ok', search: 'building' },
  })
  expect(seen!.readySearch).toMatchObject({ status: 503, body: { search: 'building' } })
  expect(seen!.searchEn.status).toBe(503)
  expect(seen!.searchEn.retryAfter).toBe('5')
  expect(seen!.searchEn.body.errors[0]).toMatchObject({ code: 'search_not_ready' })
  expect(seen!.searchEn.body.errors[0].message).toMatch(/^Search is starting/)
  expect(seen!.searchZh.status).toBe(503)
  expect(seen!.searchZh.body.errors[0].message).toMatch(/^搜索正在启动/)

  // Once built: ready everywhere, and the search finds this file's articles.
  expect((await get('/ready/search')).status).toBe(200)
  expect((await get('/ready')).body.search).toBe('ready')
  const found = await get(`/v1/search?q=${encodeURIComponent('反间谍')}&topic=${TOPIC}&limit=50`)
  expect(found.status).toBe(200)
  expect(found.body.results).toHaveLength(5)
})

test('the build yields between batches of documents, and a sweep between pages of signatures', async () => {
  service = await serve({ pageSize: PAGE_SIZE, signaturePageSize: PAGE_SIZE, sweepIntervalMs: 0 })
  service.start()
  await service.ready
  const built = service.getStats()
  // At least one yield per batch of PAGE_SIZE documents read (this file alone made 5 articles).
  expect(built.documents).toBeGreaterThanOrEqual(5)
  expect(built.yields).toBeGreaterThanOrEqual(Math.ceil(built.documents / PAGE_SIZE))

  // A sweep (every id compared) reads signatures a page at a time, yielding before each page.
  const before = service.getStats()
  await service.catchUp()
  const after = service.getStats()
  expect(after.sweeps).toBe(before.sweeps + 1)
  expect(after.yields - before.yields).toBeGreaterThanOrEqual(Math.ceil(5 / PAGE_SIZE))
})
