/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * CSRF: another site's page cannot write with an editor's session cookie, in the default setup
 * (no CORS_ORIGINS), whatever the form encoding; the same write from the admin's own origin works.
 */
import { cms } from '../support/cms.js'

let cookie: string
let base: string

beforeAll(async () => {
  const editor = await cms().createUser(['editor'])
  const login = await cms().http('POST', '/api/users/login', {
    json: { email: editor.email, password: editor.password },
  })
  expect(login.status).toBe(200)
  const token = login.headers.get('set-cookie')?.match(/payload-token=([^;]+)/)?.[1]
  expect(token).toBeTruthy()
  cookie = `payload-token=${token}`
  base = cms().baseUrl
})

const source = (title: string) => ({ title, outlet: '测试来源', outletType: 'website' })

async function createSource(headers: Record<string, string>, body: BodyInit) {
  return fetch(`${base}/api/sources`, { method: 'POST', headers: { cookie, ...headers }, body })
}

test('a cookie-carrying write from the server’s own origin is accepted', async () => {
  const res = await createSource(
    { origin: new URL(base).origin, 'content-type': 'application/json' },
    JSON.stringify(source('同源写入')),
  )
  expect(res.status).toBe(201)
})

test.each([
  ['JSON', 'application/json', JSON.stringify(source('跨站写入 JSON'))],
  ['text/plain', 'text/plain', JSON.stringify(source('跨站写入 text'))],
])(
  'a %s write from another origin is refused: the cookie does not count',
  async (_, type, body) => {
    const res = await createSource({ origin: 'http://evil.example', 'content-type': type }, body)
    expect([401, 403]).toContain(res.status)
  },
)

test('a multipart form posted from another origin is refused', async () => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(source('跨站写入 multipart')))
  const res = await createSource({ origin: 'http://evil.example' }, form)
  expect([401, 403]).toContain(res.status)
})

test('without Origin, Sec-Fetch-Site: cross-site is refused too', async () => {
  const res = await createSource(
    { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
    JSON.stringify(source('跨站写入 sec-fetch')),
  )
  expect([401, 403]).toContain(res.status)
  const written = await cms().payload.count({
    collection: 'sources',
    where: { title: { like: '跨站写入' } },
    overrideAccess: true,
  })
  expect(written.totalDocs).toBe(0)
})
