/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Request bodies are bounded per route at the Express edge, before Payload buffers them: a body
 * one byte over its limit gets a 413 with a clear message (English or Chinese), whether its size
 * is declared or streamed without Content-Length; uploads and imports have their own limits; and
 * draft saves keep text fields within their maxLength.
 */
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { cms } from '../support/cms.js'

const MB = 1024 * 1024
let MULTIPART_OVERHEAD = 64 * 1024

/** JSON of exactly `size` bytes: a login padded with spaces. */
const loginOf = (size: number) => {
  const json = JSON.stringify({ email: 'nobody@test.local', password: 'x' })
  return json.slice(0, -1) + ' '.repeat(size - json.length) + '}'
}

/** A body streamed in chunks, without Content-Length. */
function streamed(size: number): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      const n = Math.min(64 * 1024, size - sent)
      if (n <= 0) return controller.close()
      controller.enqueue(new TextEncoder().encode(' '.repeat(n)))
      sent += n
    },
  })
}

async function post(url: string, body: BodyInit, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    // @ts-expect-error undici needs it for a stream body; the DOM's RequestInit lacks it
    duplex: 'half',
  })
  return { status: res.status, text: await res.text() }
}

test('a login one byte over 1 MB is refused with 413 and a clear message', async () => {
  const res = await post(`${cms().baseUrl}/api/users/login`, loginOf(MB + 1))
  expect(res.status).toBe(413)
  expect(JSON.parse(res.text).errors[0].message).toBe(
    'Request body too large: over the 1 MB request limit.',
  )
})

test('the message follows Accept-Language', async () => {
  const res = await post(`${cms().baseUrl}/api/users/login`, loginOf(MB + 1), {
    'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
  })
  expect(res.status).toBe(413)
  expect(JSON.parse(res.text).errors[0].message).toBe('请求内容过大：超过请求大小上限 1 MB。')
})

test('a login of exactly 1 MB is read as usual', async () => {
  const res = await post(`${cms().baseUrl}/api/users/login`, loginOf(MB))
  expect(res.status).toBe(401)
})

test('a GraphQL body streamed without Content-Length stops at the limit', async () => {
  const res = await post(`${cms().baseUrl}/api/graphql`, streamed(MB + 1))
  expect(res.status).toBe(413)
  const ok = await cms().graphql('{ Topics(limit: 1) { totalDocs } }')
  expect(ok.status).toBe(200)
})

test('an editor’s draft save keeps text fields within their maxLength', async () => {
  const editor = await cms().createUser(['editor'])
  const res = await cms().http('POST', '/api/topics?draft=true', {
    token: editor.token,
    json: { name: '长'.repeat(40_001), _status: 'draft' },
  })
  expect(res.status).toBe(400)
  expect(res.text).toContain('name')
  const fine = await cms().http('POST', '/api/topics?draft=true', {
    token: editor.token,
    json: { name: `正常草稿${Date.now()}`, _status: 'draft' },
  })
  expect(fine.status).toBe(201)
})

describe('per-route limits (small ones, configured for this app)', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    const { createApp } = await cms().load('src/server/app.ts')
    MULTIPART_OVERHEAD = (await cms().load('src/server/body-limit.ts')).MULTIPART_OVERHEAD
    const app = createApp({
      payload: cms().payload,
      config: cms().payload.config,
      bodyLimits: { api: 1000, media: 5000, imports: 3000 },
    })
    server = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => server.close())

  // Uploads and imports are forms: their limit leaves room for the form around the file.
  test.each([
    ['/api/users/login', 1000],
    ['/api/topics', 1000],
    ['/api/media', 5000 + MULTIPART_OVERHEAD],
    ['/api/imports', 3000 + MULTIPART_OVERHEAD],
  ])('%s accepts %d bytes and refuses one more', async (path, limit) => {
    expect((await post(`${base}${path}`, ' '.repeat(limit + 1))).status).toBe(413)
    expect((await post(`${base}${path}`, streamed(limit + 1))).status).toBe(413)
    expect((await post(`${base}${path}`, ' '.repeat(limit))).status).not.toBe(413)
  })
})
