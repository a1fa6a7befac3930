/**
 * Delivery benchmark: `npm run bench:delivery -- [--articles 1200] [--seconds 6] [--connections 32]
 * [--rounds 3] [--liveness-only] [--reuse]`
 *
 * Seeds published articles with realistic bodies (paragraphs of the seed documents) on a temp SQLite
 * file, runs ANALYZE, then drives each route with autocannon from a second process and compares:
 *   bare   — a plain node:http server answering the same bytes from memory (the ceiling)
 *   cached — our route answering from its response cache
 *   cold   — our route with the cache off (every request reads Payload and renders)
 *   rest   — Payload's own REST find for the same page (depth 1)
 * CPU ms/request is this process's CPU time (the server's; the load generator runs elsewhere).
 *
 * First a liveness probe (target: no request waits more than 50 ms for background work): the
 * longest event-loop delay and /health answer while the search index is built at start-up, while
 * a full resync (sweep) runs and while an article is published; then the CPU of an uncached
 * page 1 against page 50 of /v1/articles (keyset pages cost the same), and the cost of the
 * statistics refresh. `--liveness-only` stops there. `--reuse` keeps a DATABASE_URI set in the
 * environment (seeding only when it holds fewer articles), to repeat runs on one seeded file.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { useTemporaryEnvironment } from '../tests/support/temporary-environment.js'
import { flagArgument, numericArgument } from './arguments.js'
import { spread, watchLiveness, type Liveness } from './liveness.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ARTICLES = numericArgument('articles', 1200)
const SECONDS = numericArgument('seconds', 6)
const CONNECTIONS = numericArgument('connections', 32)
const ROUNDS = numericArgument('rounds', 3)
const LIVENESS_TARGET_MS = 50

useTemporaryEnvironment(
  'bench-delivery',
  { LOG_LEVEL: 'warn', SERVER_URL: 'http://127.0.0.1' },
  { keepDatabase: flagArgument('reuse') },
)

interface Load {
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
  timeouts: number
}

function runLoad(url: string, seconds = SECONDS): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'bench', 'delivery-load.mjs'), url, String(CONNECTIONS), String(seconds)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!) as Load)
        : reject(new Error(`load generator exited with ${code}`)),
    )
  })
}

async function measure(url: string): Promise<Load & { cpuMsPerRequest: number }> {
  await runLoad(url, 1) // warm-up: JIT, caches, connections
  const before = process.cpuUsage()
  const load = await runLoad(url)
  const cpu = process.cpuUsage(before)
  if (load.non2xx || load.errors)
    throw new Error(`${url}: ${load.non2xx} non-2xx answers, ${load.errors} errors`)
  return { ...load, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / load.requests }
}

const line = (name: string, live: Liveness) =>
  `${name.padEnd(28)}${live.maxDelayMs.toFixed(0).padStart(8)}${live.maxHealthMs.toFixed(0).padStart(10)}${String(live.healthAnswers).padStart(9)}`

/** The liveness figures of target 0, and page 1 against page 50 (see the header). */
async function probeLiveness(payload: Payload, base: string): Promise<void> {
  const { searchServiceOf } = await import('../src/search/registry.js')
  const { refreshStatistics } = await import('../src/db/statistics.js')
  const { deliveryCacheFor } = await import('../src/delivery/cache/delivery-cache.js')
  const service = searchServiceOf(payload)
  if (!service) throw new Error('the app started no search service')
  console.log(
    `\nliveness (target: event loop never held > ${LIVENESS_TARGET_MS} ms; /health probed every 20 ms in this process)`,
  )
  console.log(
    `${'window'.padEnd(28)}${'max delay'.padStart(8)}${'/health max'.padStart(12)}${'answers'.padStart(8)}`,
  )
  let stop = watchLiveness(base)
  // The API answers while search is building (the first 200 on /v1/articles).
  const listening = performance.now()
  const first = await fetch(`${base}/v1/articles?limit=10`)
  const firstMs = performance.now() - listening
  await service.ready
  const startup = await stop()
  console.log(line('start-up (search build)', startup))
  const stats = service.getStats()
  console.log(
    `  build: ${stats.documents} documents in ${stats.buildMs} ms; first /v1/articles ${first.status} after ${firstMs.toFixed(0)} ms`,
  )
  const resyncs: Liveness[] = []
  const publishes: Liveness[] = []
  const middle = await payload.find({
    collection: 'articles',
    limit: ROUNDS,
    depth: 0,
    sort: 'id',
    select: { title: true },
  })
  for (let round = 0; round < ROUNDS; round++) {
    stop = watchLiveness(base)
    await service.sweep()
    resyncs.push(await stop())
    console.log(line(`resync (full sweep) ${round + 1}`, resyncs.at(-1)!))
    const doc = middle.docs[round % middle.docs.length]!
    stop = watchLiveness(base)
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: `${doc.title}·${round}`, _status: 'published' } as never,
    })
    await service.catchUp()
    publishes.push(await stop())
    console.log(line(`publish + catch-up ${round + 1}`, publishes.at(-1)!))
  }
  const verdict = (values: number[]) =>
    `${spread(values)} ms ${Math.max(...values) <= LIVENESS_TARGET_MS ? '✓' : '✗'}`
  console.log(
    `  max event-loop delay vs ${LIVENESS_TARGET_MS} ms target: start-up ${verdict([startup.maxDelayMs])}, ` +
      `resync ${verdict(resyncs.map((r) => r.maxDelayMs))}, publish ${verdict(publishes.map((r) => r.maxDelayMs))} (over ${ROUNDS} rounds)`,
  )

  const analyze: number[] = []
  for (let round = 0; round < ROUNDS; round++)
    analyze.push((await refreshStatistics(payload, { force: true })).ms)
  console.log(`  statistics refresh (sampled ANALYZE): ${spread(analyze, 1)} ms`)

  // Page 1 against page 50, uncached: the keyset page costs what the first costs.
  const cache = deliveryCacheFor(payload)
  cache.enabled = false
  let cursor = ''
  for (let page = 1; page < 50; page++) {
    const res = await fetch(`${base}/v1/articles?limit=10${cursor ? `&cursor=${cursor}` : ''}`)
    cursor = ((await res.json()) as { nextCursor: string }).nextCursor
  }
  const pageCpu = async (url: string) => {
    const figures: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const before = process.cpuUsage()
      for (let i = 0; i < 50; i++) await (await fetch(url)).arrayBuffer()
      const cpu = process.cpuUsage(before)
      figures.push((cpu.user + cpu.system) / 1000 / 50)
    }
    return figures
  }
  const page1 = await pageCpu(`${base}/v1/articles?limit=10`)
  const page50 = await pageCpu(`${base}/v1/articles?limit=10&cursor=${cursor}`)
  console.log(
    `  uncached /v1/articles CPU per request (client in this process too): page 1 ${spread(page1, 1)} ms, page 50 ${spread(page50, 1)} ms`,
  )
  cache.enabled = true
}

function paragraphsFromSeeds(): string[] {
  const dir = path.join(root, 'tests', 'fixtures', 'seeds')
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => fs.readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length >= 30 && !line.includes('?'))
}

async function main(): Promise<void> {
  const { bootPayload, optimizeSqlite } = await import('../src/runtime/boot.js')
  const { createApp } = await import('../src/server/app.js')
  const { buildRichText } = await import('../src/richtext/build.js')
  const { deliveryCacheFor } = await import('../src/delivery/cache/delivery-cache.js')
  const { payload, config } = await bootPayload()
  payload.logger.level = 'warn'

  const paragraphs = paragraphsFromSeeds()
  const topics: number[] = []
  for (const [i, name] of ['国家安全', '反间谍', '反恐怖', '保密', '网络安全'].entries()) {
    topics.push(
      (
        await payload.create({
          collection: 'topics',
          data: { name, slug: `topic-${i}`, _status: 'published' } as never,
        })
      ).id,
    )
  }
  const started = Date.now()
  let next = (await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
  const createOne = async (i: number) => {
    // ~3,000 characters: a heading, then paragraphs of the seed documents.
    const blocks: Array<{ type: 'paragraph' | 'heading'; text: string }> = [
      { type: 'heading', text: `第${i}部分` },
    ]
    let length = 0
    for (let k = 0; length < 3000; k++) {
      const text = paragraphs[(i * 7 + k) % paragraphs.length]!
      blocks.push({ type: 'paragraph', text })
      length += text.length
    }
    await payload.create({
      collection: 'articles',
      data: {
        title: `国家安全教育第${i}篇`,
        slug: `article-${i}`,
        summary: paragraphs[i % paragraphs.length]!.slice(0, 100),
        body: buildRichText(blocks),
        topics: [topics[i % topics.length], topics[(i + 1) % topics.length]],
        tags: [`tag-${i % 10}`],
        byline: '国家安全部',
        publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
        _status: 'published',
      } as never,
    })
  }
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < ARTICLES) await createOne(next++)
    }),
  )
  await optimizeSqlite(payload)
  console.log(
    `Seeded ${ARTICLES} published articles (~3,000 characters each) in ${((Date.now() - started) / 1000).toFixed(1)} s; ANALYZE done.`,
  )

  // Start-up as `npm start` does it: the app starts the search build, the server listens.
  const app = createApp({ payload, config })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const cache = deliveryCacheFor(payload)
  await probeLiveness(payload, base)
  if (flagArgument('liveness-only')) {
    server.close()
    await payload.destroy()
    process.exit(0)
  }
  const middle = Math.floor(ARTICLES / 2)
  const itemId = (
    await payload.find({
      collection: 'articles',
      where: { slug: { equals: `article-${middle}` } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!.id

  const routes = [
    {
      name: 'article list (20)',
      ours: '/v1/articles',
      rest: '/api/articles?limit=20&sort=-publishedAt&depth=1',
    },
    {
      name: 'article detail',
      ours: `/v1/articles/article-${middle}`,
      rest: `/api/articles/${itemId}?depth=1`,
    },
    {
      name: 'RSS feed (50 items)',
      ours: '/feeds/rss.xml',
      rest: '/api/articles?limit=50&sort=-publishedAt&depth=1',
    },
  ]

  // The ceiling: the same bytes and headers from a bare node:http server.
  const bodies = new Map<string, { body: Buffer; type: string; etag: string }>()
  for (const route of routes) {
    const res = await fetch(`${base}${route.ours}`, { headers: { 'accept-encoding': 'identity' } })
    bodies.set(route.ours, {
      body: Buffer.from(await res.arrayBuffer()),
      type: res.headers.get('content-type')!,
      etag: res.headers.get('etag')!,
    })
  }
  const bare = http.createServer((req, res) => {
    const found = bodies.get(req.url ?? '')
    if (!found) return res.writeHead(404).end()
    res.writeHead(200, {
      'content-type': found.type,
      etag: found.etag,
      'content-length': found.body.length,
      'cache-control': 'public, max-age=60',
    })
    res.end(found.body)
  })
  bare.listen(0, '127.0.0.1')
  await new Promise((resolve) => bare.once('listening', resolve))
  const bareBase = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`

  const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8)
  console.log(
    `\nautocannon: ${CONNECTIONS} connections, ${SECONDS} s per run, separate process; body sizes: ${routes.map((r) => `${r.name} ${(bodies.get(r.ours)!.body.length / 1024).toFixed(0)} KB`).join(', ')}\n`,
  )
  console.log(
    `${'route'.padEnd(22)}${'variant'.padEnd(9)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'CPU ms/req'.padStart(12)}`,
  )
  for (const route of routes) {
    const results: Record<string, Awaited<ReturnType<typeof measure>>> = {}
    results.bare = await measure(`${bareBase}${route.ours}`)
    cache.enabled = true
    results.cached = await measure(`${base}${route.ours}`)
    cache.enabled = false
    results.cold = await measure(`${base}${route.ours}`)
    cache.enabled = true
    results.rest = await measure(`${base}${route.rest}`)
    for (const [variant, r] of Object.entries(results)) {
      console.log(
        `${route.name.padEnd(22)}${variant.padEnd(9)}${fmt(r.rps, 0)}${fmt(r.p50)}${fmt(r.p95)}${fmt(r.p99)}${fmt(r.cpuMsPerRequest, 3).padStart(12)}`,
      )
    }
    const {
      bare: b,
      cached: c,
      cold: k,
      rest: r,
    } = results as Record<'bare' | 'cached' | 'cold' | 'rest', Awaited<ReturnType<typeof measure>>>
    console.log(
      `  ratios: cached/bare throughput ${(c.rps / b.rps).toFixed(2)} (target ≥ 0.5), cached p99/bare p99 ${(c.p99 / b.p99).toFixed(2)} (target ≤ 3), ` +
        `cached/rest throughput ${(c.rps / r.rps).toFixed(1)}× (target ≥ 10×), cold/rest ${(k.rps / r.rps).toFixed(2)}×, ` +
        `CPU per request: cached ${(c.cpuMsPerRequest / b.cpuMsPerRequest).toFixed(1)}× bare, rest ${(r.cpuMsPerRequest / c.cpuMsPerRequest).toFixed(0)}× cached\n`,
    )
  }
  server.close()
  bare.close()
  await payload.destroy()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
