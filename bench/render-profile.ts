/**
 * Uncached render cost per route (issue 16, targets 3 and 5):
 *   npm run bench:render -- [--sizes 1000,10000] [--requests 20] [--rounds 3] [--keep-dir DIR]
 *     [--profile <route name>]
 *
 * For each size, a server process on a database of that many published articles (seeded as
 * bench:delivery does, bench/seed-articles.ts; ANALYZE after) with the delivery cache off, so
 * every request reads Payload and renders. A client in a process of its own (bench/render-client.mjs)
 * sends `--requests` requests one at a time per route and round, routes alternating within each
 * round; CPU ms per request is the server process's own counter (user + system) over them. What
 * outlives the cache by design stays warm, as it does on a server after an invalidation: the
 * script-conversion memo, reading times and presented documents by version
 * (src/delivery/cache/presented-versions.ts). Search is built before measuring. Then the render
 * after a publish: before each of `--after-publish` requests per route the newest article and the
 * one the article route shows are edited, so that request presents that article again.
 *
 * `--routes list,rss` measures only those (names as in ALL_ROUTES).
 *
 * Databases go to a temp folder (the 10,000 one grown from the 1,000 one), or with `--keep-dir`
 * to DIR/articles-<n>.db, reused next time. `--profile list` also writes a .cpuprofile of that
 * route's requests (in DIR, or the temp folder) for Chrome DevTools or speedscope.
 */
import { fork } from 'node:child_process'
import fs from 'node:fs'
import { Session } from 'node:inspector/promises'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { numericArgument } from './arguments.js'
import { spread } from './figures.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const REQUESTS = numericArgument('requests', 20)
/** Requests measured one by one after a publish, per route. */
const AFTER_PUBLISH = numericArgument('after-publish', 5)
const AFTER = '@publish'
const ROUNDS = numericArgument('rounds', 3)

function textArgument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

interface Route {
  name: string
  path: (middle: number) => string
  /** The issue's target, CPU ms per uncached request. */
  targetMs: number
}

const ALL_ROUTES: Route[] = [
  { name: 'list', path: () => '/v1/articles?limit=10', targetMs: 5 },
  { name: 'article', path: (middle) => `/v1/articles/article-${middle}`, targetMs: 5 },
  { name: 'wechat', path: () => '/v1/wechat/feed', targetMs: 5 },
  { name: 'rss', path: () => '/feeds/rss.xml', targetMs: 15 },
  { name: 'atom', path: () => '/feeds/atom.xml', targetMs: 15 },
  { name: 'json', path: () => '/feeds/feed.json', targetMs: 15 },
  { name: 'rss-hant', path: () => '/feeds/rss.xml?script=hant-tw', targetMs: 15 },
  { name: 'rest', path: () => '/api/articles?limit=10', targetMs: 5 },
  // Payload's own cost, for comparison: no population, then only three fields per article.
  { name: 'rest-depth0', path: () => '/api/articles?limit=10&depth=0', targetMs: 5 },
  {
    name: 'rest-select',
    path: () =>
      '/api/articles?limit=10&depth=0&select[title]=true&select[slug]=true&select[publishedAt]=true',
    targetMs: 5,
  },
  {
    name: 'rest-depth1',
    path: () => '/api/articles?limit=10&sort=-publishedAt&depth=1',
    targetMs: 5,
  },
]

const only = textArgument('routes')?.split(',')
const ROUTES = only ? ALL_ROUTES.filter((route) => only.includes(route.name)) : ALL_ROUTES

const LABELS: Record<string, string> = {
  list: '/v1/articles?limit=10',
  article: '/v1/articles/:slug',
  wechat: '/v1/wechat/feed (20 cards)',
  rss: 'RSS (50 items)',
  atom: 'Atom (50 items)',
  json: 'JSON Feed (50 items)',
  'rss-hant': 'RSS, zh-Hant-TW (50 items)',
  rest: 'REST /api/articles?limit=10',
  'rest-depth1': 'REST …&depth=1&sort=-publishedAt',
  'rest-depth0': 'REST …?limit=10&depth=0',
  'rest-select': 'REST …&depth=0&select=3 fields',
}

type Figures = Record<string, number[]>

/** One size, in a process of its own: seeds (or reuses) its database, serves, measures. */
async function measureSize(size: number, dbFile: string, profileDir: string): Promise<Figures> {
  Object.assign(process.env, {
    DATABASE_URI: `file:${dbFile}`,
    PAYLOAD_SECRET: 'bench-render-secret-not-for-production',
    MEDIA_DIR: path.join(path.dirname(dbFile), 'media'),
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    SERVER_URL: 'http://127.0.0.1',
  })
  const { bootPayload, optimizeSqlite } = await import('../src/runtime/boot.js')
  const { createApp, createServer } = await import('../src/server/app.js')
  const { NO_REQUEST_RATE_LIMITS } = await import('../src/server/rate-limit.js')
  const { deliveryCacheFor } = await import('../src/delivery/cache/delivery-cache.js')
  const { searchServiceOf } = await import('../src/search/registry.js')
  const { seedArticles } = await import('./seed-articles.js')
  const { payload, config } = await bootPayload()
  payload.logger.level = 'warn'
  const have = (await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
  if (have < size) {
    const seconds = await seedArticles(payload, root, size)
    await optimizeSqlite(payload)
    console.log(`  seeded ${have} → ${size} articles in ${seconds.toFixed(0)} s; ANALYZE done`)
  }
  const server = createServer(
    createApp({ payload, config, rateLimits: NO_REQUEST_RATE_LIMITS }),
  ).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await searchServiceOf(payload)?.ready
  deliveryCacheFor(payload).enabled = false

  const client = fork(path.join(root, 'bench', 'render-client.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const reply = () =>
    new Promise<Record<string, unknown>>((resolve) => client.once('message', resolve as never))
  await reply()
  const fetchMany = async (url: string, count: number) => {
    const answer = reply()
    client.send({ url, count })
    const got = await answer
    if (got.error || got.status !== 200)
      throw new Error(`${url}: ${String(got.error ?? `status ${String(got.status)}`)}`)
    return Number(got.bytes)
  }

  const middle = Math.floor(size / 2)
  const profiled = textArgument('profile')
  const session = profiled ? new Session() : undefined
  if (session) {
    session.connect()
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: 200 })
  }
  const figures: Figures = {}
  const bytes: Record<string, number> = {}
  for (const route of ROUTES) bytes[route.name] = await fetchMany(base + route.path(middle), 10) // warm-up: JIT, memos
  for (let round = 0; round < ROUNDS; round++) {
    for (const route of ROUTES) {
      const profiling = session && route.name === profiled
      if (profiling) await session.post('Profiler.start')
      const before = process.cpuUsage()
      await fetchMany(base + route.path(middle), REQUESTS)
      const cpu = process.cpuUsage(before)
      if (profiling) {
        const { profile } = await session.post('Profiler.stop')
        const file = path.join(profileDir, `render-${route.name}-${size}-${round + 1}.cpuprofile`)
        fs.writeFileSync(file, JSON.stringify(profile))
        console.log(`  profile: ${file}`)
      }
      ;(figures[route.name] ??= []).push((cpu.user + cpu.system) / 1000 / REQUESTS)
    }
  }
  for (const route of ROUTES)
    console.log(`  ${route.name.padEnd(12)} ${String(bytes[route.name]).padStart(8)} bytes`)

  // The render after a publish: the newest article (on every list and feed) and the one the
  // article route shows are edited before each request, which then presents that one again.
  const edited = await payload.find({
    collection: 'articles',
    where: { slug: { in: [`article-${size - 1}`, `article-${middle}`] } },
    depth: 0,
    select: { title: true },
  })
  for (const route of ROUTES) {
    if (route.name.startsWith('rest')) continue
    for (let i = 0; i < AFTER_PUBLISH; i++) {
      for (const doc of edited.docs)
        await payload.update({
          collection: 'articles',
          id: doc.id,
          data: { title: `${doc.title}·${route.name}${i}`, _status: 'published' },
        })
      // The change's background work (search catch-up, the second invalidation) first.
      await new Promise((resolve) => setTimeout(resolve, 600))
      const before = process.cpuUsage()
      await fetchMany(base + route.path(middle), 1)
      const cpu = process.cpuUsage(before)
      ;(figures[`${route.name}${AFTER}`] ??= []).push((cpu.user + cpu.system) / 1000)
    }
  }
  client.kill()
  server.close()
  await payload.destroy()
  return figures
}

async function main(): Promise<void> {
  const one = textArgument('one')
  if (one) {
    const figures = await measureSize(Number(one), textArgument('db')!, textArgument('out')!)
    process.send?.({ figures })
    process.exit(0)
  }
  const sizes = (textArgument('sizes') ?? '1000,10000').split(',').map(Number)
  const keep = textArgument('keep-dir')
  const dir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-render-'))
  fs.mkdirSync(dir, { recursive: true })
  if (!keep) process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  console.log(
    `Uncached renders (delivery cache off): server CPU ms per request (user + system, its own counters), ` +
      `${REQUESTS} sequential requests per route and round from a client process, ${ROUNDS} rounds, routes alternating\n`,
  )
  const results = new Map<number, Figures>()
  let previous: string | undefined
  for (const size of [...sizes].sort((a, b) => a - b)) {
    const db = path.join(dir, `articles-${size}.db`)
    // A larger database starts as a copy of the smaller one and is seeded on from there.
    if (!fs.existsSync(db) && previous) fs.copyFileSync(previous, db)
    console.log(`${size} articles (${db}):`)
    const child = fork(
      fileURLToPath(import.meta.url),
      [...process.argv.slice(2), '--one', String(size), '--db', db, '--out', dir],
      {
        execArgv: ['--expose-gc', '--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    )
    const figures = await new Promise<Figures>((resolve, reject) => {
      child.once('message', (message: { figures: Figures }) => resolve(message.figures))
      child.once('exit', (code) => code && reject(new Error(`size ${size}: exited with ${code}`)))
    })
    results.set(size, figures)
    previous = db
  }
  const header = [...results.keys()].map((n) => `${n} articles`.padStart(18)).join('')
  console.log(`\n${'route'.padEnd(34)}${header}${'target'.padStart(10)}`)
  for (const route of ROUTES) {
    const cells = [...results.values()].map((figures) => {
      const values = figures[route.name] ?? []
      const ok = values.every((v) => v <= route.targetMs)
        ? '✓'
        : values.some((v) => v <= route.targetMs)
          ? '~'
          : '✗'
      return `${spread(values, 1)} ms ${ok}`.padStart(18)
    })
    console.log(
      `${LABELS[route.name]!.padEnd(34)}${cells.join('')}${`≤ ${route.targetMs} ms`.padStart(10)}`,
    )
  }
  console.log(
    `\nthe first render after a publish, median (low–high) of ${AFTER_PUBLISH} requests (the newest and the shown article edited before each):`,
  )
  for (const route of ROUTES) {
    if (route.name.startsWith('rest')) continue
    const cells = [...results.values()].map((figures) => {
      const values = [...(figures[`${route.name}${AFTER}`] ?? [])].sort((a, b) => a - b)
      const median = values[Math.floor(values.length / 2)] ?? NaN
      return `${median.toFixed(1)} (${spread(values, 0)}) ms`.padStart(18)
    })
    console.log(`${LABELS[route.name]!.padEnd(34)}${cells.join('')}`)
  }
  console.log('\n(low–high over the rounds; ✓ every round within the target, ~ some, ✗ none)')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
