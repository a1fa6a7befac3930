/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import http from 'node:http'
import { cms } from '../support/cms.js'
import { createArticle, createTopic, run, slugsFor } from './delivery-fixtures.js'
import { p, root } from './delivery-fixtures.js'

const slug = slugsFor('dlh')
let restoreEnv: () => void

beforeAll(async () => {
  const { setServerEnv } = await cms().load('tests/integration/delivery-server-env.ts')
  restoreEnv = setServerEnv({
    CORS_ORIGINS: 'https://www.example.cn, https://m.example.cn',
    DELIVERY_MAX_AGE: '120',
  })
  const topic = await createTopic('网络安全专题', slug('topic'))
  const long = Array.from(
    { length: 40 },
    (_, i) => `第${i + 1}段：网络安全法规定，网络运营者应当履行网络安全保护义务，关系国家安全。`,
  )
  await createArticle({
    title: `网络安全法要点${run}`,
    slug: slug('a1'),
    body: root(...long.map(p)),
    topics: [topic],
    publishedAt: '2024-11-01T08:00:00.000Z',
  })
})
afterAll(() => restoreEnv())

/** A raw request (fetch would decompress and hide Content-Encoding). */
function raw(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{
  status: number
  headers: http.IncomingHttpHeaders
  rawHeaders: string[]
  body: Buffer
}> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${cms().baseUrl}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          rawHeaders: res.rawHeaders,
          body: Buffer.concat(chunks),
        }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

const routes = () => [
  `/v1/articles/${slug('a1')}`,
  '/v1/articles',
  '/v1/glossary',
  '/v1/topics',
  `/v1/topics/${slug('topic')}`,
  '/v1/qa',
  '/v1/wechat/feed',
  '/feeds/rss.xml',
  '/feeds/atom.xml',
  '/feeds/feed.json',
  `/feeds/topics/${slug('topic')}/rss.xml`,
  '/sitemap.xml',
]

test('every route answers with ETag, Last-Modified, Cache-Control from DELIVERY_MAX_AGE, and 304 on If-None-Match', async () => {
  for (const path of routes()) {
    for (const script of ['', 'hant-tw']) {
      const url = script && path !== '/sitemap.xml' ? `${path}?script=${script}` : path
      const first = await raw(url)
      expect([url, first.status]).toEqual([url, 200])
      expect(first.headers.etag).toMatch(/^W\/".+"$/)
      expect(first.headers['cache-control']).toBe('public, max-age=120')
      expect(first.headers.vary).toContain('Accept-Encoding')
      const again = await raw(url, { 'if-none-match': first.headers.etag! })
      expect([url, again.status, again.body.length]).toEqual([url, 304, 0])
      expect(again.headers.etag).toBe(first.headers.etag)
    }
  }
})

test('scripts have their own ETags; If-Modified-Since gives 304 only when nothing is newer', async () => {
  const hans = await raw(`/v1/articles/${slug('a1')}`)
  const hant = await raw(`/v1/articles/${slug('a1')}?script=hant-hk`)
  expect(hans.headers.etag).not.toBe(hant.headers.etag)
  expect(hant.headers['content-language']).toBe('zh-Hant-HK')
  const lastModified = hans.headers['last-modified']!
  expect(Number.isNaN(Date.parse(lastModified))).toBe(false)
  expect(
    (await raw(`/v1/articles/${slug('a1')}`, { 'if-modified-since': lastModified })).status,
  ).toBe(304)
  const before = new Date(Date.parse(lastModified) - 60_000).toUTCString()
  expect((await raw(`/v1/articles/${slug('a1')}`, { 'if-modified-since': before })).status).toBe(
    200,
  )
  // A non-matching ETag wins over a matching date.
  expect(
    (
      await raw(`/v1/articles/${slug('a1')}`, {
        'if-none-match': 'W/"other"',
        'if-modified-since': lastModified,
      })
    ).status,
  ).toBe(200)
})

test('a cache hit answered before routing sends what the routed answer sends, header for header', async () => {
  // The first request renders, the second is answered by the cache-hit path (src/delivery/cache/
  // fast-path.ts), the third carries an Origin (not allowlisted: no CORS headers) and so is
  // routed through Express to the same cache entry.
  const withoutDate = (headers: string[]) =>
    headers.flatMap((value, i) =>
      i % 2 === 0 && value.toLowerCase() !== 'date' ? [`${value}: ${headers[i + 1]}`] : [],
    )
  const variants: Array<[string, Record<string, string>]> = [
    ['GET', {}],
    ['GET', { 'accept-encoding': 'br, gzip' }],
    ['GET', { 'accept-encoding': 'gzip' }],
    ['HEAD', {}],
  ]
  for (const path of routes()) {
    for (const [method, headers] of variants) {
      await raw(path, headers, method)
      const hit = await raw(path, headers, method)
      const routed = await raw(path, { ...headers, origin: 'https://elsewhere.example' }, method)
      expect({ path, method, headers, status: hit.status }).toEqual({
        path,
        method,
        headers,
        status: routed.status,
      })
      expect(withoutDate(hit.rawHeaders)).toEqual(withoutDate(routed.rawHeaders))
      expect(hit.body.equals(routed.body)).toBe(true)
    }
    const etag = String((await raw(path)).headers.etag)
    const notModified = await raw(path, { 'if-none-match': etag })
    const routed = await raw(path, { 'if-none-match': etag, origin: 'https://elsewhere.example' })
    expect(notModified.status).toBe(304)
    expect(withoutDate(notModified.rawHeaders)).toEqual(withoutDate(routed.rawHeaders))
  }
})

test('brotli and gzip when accepted, identity otherwise; HEAD has headers and no body', async () => {
  const path = `/v1/articles/${slug('a1')}`
  const plain = await raw(path)
  expect(plain.headers['content-encoding']).toBeUndefined()
  const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' })
  expect(br.headers['content-encoding']).toBe('br')
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
  expect(br.body.length).toBeLessThan(plain.body.length / 2)
  const gz = await raw(path, { 'accept-encoding': 'gzip' })
  expect(gz.headers['content-encoding']).toBe('gzip')
  expect(gunzipSync(gz.body).equals(plain.body)).toBe(true)
  expect((await raw(path, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe(
    'gzip',
  )
  const head = await raw(path, {}, 'HEAD')
  expect(head.status).toBe(200)
  expect(head.body.length).toBe(0)
  expect(Number(head.headers['content-length'])).toBe(plain.body.length)
})

test('CORS: allowlisted origins get their own Access-Control-Allow-Origin, others none; preflight', async () => {
  const allowed = await raw('/v1/articles', { origin: 'https://m.example.cn' })
  expect(allowed.headers['access-control-allow-origin']).toBe('https://m.example.cn')
  expect(allowed.headers.vary).toContain('Origin')
  const other = await raw('/v1/articles', { origin: 'https://evil.example.com' })
  expect(other.status).toBe(200)
  expect(other.headers['access-control-allow-origin']).toBeUndefined()
  const preflight = await raw(
    '/feeds/feed.json',
    { origin: 'https://www.example.cn', 'access-control-request-method': 'GET' },
    'OPTIONS',
  )
  expect(preflight.status).toBe(204)
  expect(preflight.headers['access-control-allow-methods']).toContain('GET')
  expect(preflight.headers['access-control-allow-headers']).toContain('If-None-Match')
  const refused = await raw(
    '/v1/articles',
    { origin: 'https://evil.example.com', 'access-control-request-method': 'GET' },
    'OPTIONS',
  )
  expect(refused.status).toBe(403)
  expect(refused.body.toString()).toContain('https://evil.example.com')
})

test('bad parameters are 400 on every route, unknown routes a JSON 404', async () => {
  for (const path of [
    '/v1/glossary?script=xx',
    '/v1/topics?limit=3',
    '/feeds/rss.xml?script=zh-Latn',
    '/v1/wechat/feed?cursor=zzz',
    `/v1/topics/${slug('topic')}?limit=0`,
  ]) {
    const res = await cms().http('GET', path)
    expect([path, res.status]).toEqual([path, 400])
    expect(res.body.errors[0].parameter).toBeTruthy()
    expect(res.headers.get('cache-control')).toBe('no-store')
  }
  const missing = await cms().http('GET', '/v1/nothing-here')
  expect(missing.status).toBe(404)
  expect(missing.body.errors[0].message).toContain('/v1/nothing-here')
  expect((await cms().http('GET', '/feeds/topics/no-such-topic/atom.xml')).status).toBe(404)
})
