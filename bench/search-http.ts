/**
 * GET /v1/search over HTTP on the 10,000-article index (issue 16 target: ≥ 300 req/s on this
 * 2-core machine, ≤ 3 ms CPU per request), with autocannon in a separate process (32
 * connections, like bench:delivery), in alternating rounds: a bare node:http server sending the
 * same bytes from memory (the baseline of the same run), our route with its result cache, and
 * our route with the result cache off (every request searches). CPU per request is this
 * process's (the server's) CPU time over the run divided by the requests answered.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import type { Payload } from 'payload'
import type { SearchIndex } from '../src/search/index.js'
import { runLoad, type Load } from './load.js'
import { COMMON_WORDS, TARGET_CPU_MS } from './search-common.js'
import { spread } from './figures.js'

const TARGET_RPS = 300

async function measure(url: string, seconds: number): Promise<Load & { cpu: number }> {
  await runLoad(url, 32, 1) // warm-up
  const before = process.cpuUsage()
  const load = await runLoad(url, 32, seconds)
  const used = process.cpuUsage(before)
  if (load.non2xx || load.errors)
    throw new Error(`${url}: ${load.non2xx} non-2xx, ${load.errors} errors`)
  return { ...load, cpu: (used.user + used.system) / 1000 / load.requests }
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  )
}

/** Figures in this table are shown to one decimal place. */
const range = (values: number[], digits = 1): string => spread(values, digits)

export async function measureHttp(
  payload: Payload,
  index: SearchIndex,
  rounds: number,
  seconds: number,
): Promise<void> {
  const { SearchService } = await import('../src/search/service.js')
  const { searchRoutes } = await import('../src/search/routes.js')
  const { SearchResultCache } = await import('../src/search/result-cache.js')
  // A service like the server's, serving the generated index (its catch-up stopped, so it keeps it).
  const service = new SearchService({ payload }).start()
  await service.ready
  service.stop()
  service.index = index
  const cachedApp = express().use(searchRoutes(payload, service, new SearchResultCache()))
  const uncachedApp = express().use(searchRoutes(payload, service, new SearchResultCache(0)))
  const cached = await listen(http.createServer(cachedApp))
  const uncached = await listen(http.createServer(uncachedApp))

  const bodies = new Map<string, Buffer>()
  for (const query of COMMON_WORDS) {
    const url = `/v1/search?q=${encodeURIComponent(query)}`
    bodies.set(url, Buffer.from(await (await fetch(`${cached}${url}`)).arrayBuffer()))
  }
  const bare = await listen(
    http.createServer((req, res) => {
      const body = bodies.get(req.url ?? '')
      if (!body) return res.writeHead(404).end()
      res
        .writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': body.length,
          'cache-control': 'public, max-age=30',
        })
        .end(body)
    }),
  )

  console.log(
    `\nHTTP GET /v1/search on ${index.size} articles (target ≥ ${TARGET_RPS} req/s, ≤ ${TARGET_CPU_MS} ms CPU per request): autocannon, 32 connections, ${seconds} s, ${rounds} alternating rounds; ranges are over rounds`,
  )
  console.log(
    `${'query'.padEnd(10)}${'variant'.padEnd(16)}${'req/s'.padEnd(14)}${'p50 ms'.padEnd(12)}${'p95 ms'.padEnd(12)}${'CPU ms/req'.padEnd(14)}${'CPU × bare'.padEnd(14)}target`,
  )
  const variants = { bare, 'result cache': cached, 'no result cache': uncached }
  for (const query of COMMON_WORDS) {
    const url = `/v1/search?q=${encodeURIComponent(query)}`
    const results = new Map<string, (Load & { cpu: number })[]>()
    for (let round = 0; round < rounds; round++)
      for (const [variant, base] of Object.entries(variants))
        results.set(variant, [
          ...(results.get(variant) ?? []),
          await measure(`${base}${url}`, seconds),
        ])
    const bareCpu = results.get('bare')?.map((r) => r.cpu) ?? []
    for (const [variant, loads] of results) {
      const cpu = loads.map((r) => r.cpu)
      const met =
        Math.min(...loads.map((r) => r.rps)) >= TARGET_RPS && Math.max(...cpu) <= TARGET_CPU_MS
      console.log(
        `${query.padEnd(10 - query.length)}${variant.padEnd(16)}${range(
          loads.map((r) => r.rps),
          0,
        ).padEnd(
          14,
        )}${range(loads.map((r) => r.p50)).padEnd(12)}${range(loads.map((r) => r.p95)).padEnd(12)}${range(cpu, 3).padEnd(14)}${`×${range(cpu.map((c, at) => c / (bareCpu[at] ?? NaN)))}`.padEnd(14)}${variant === 'bare' ? '' : met ? 'met' : 'MISSED'}`,
      )
    }
  }
}
