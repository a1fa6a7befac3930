/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { createHash } from 'node:crypto'
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'

let editor: TestUser
let sourceAdmin: TestUser

beforeAll(async () => {
  editor = await cms().createUser(['editor'])
  sourceAdmin = await cms().createUser(['source-admin'])
})

const raw =
  '（新华社北京4月26日电）国家安全部26日公布《反间谍安全防范工作规定》，自公布之日起施行。'

async function createSource(title: string) {
  const res = await cms().http('POST', '/api/sources?depth=0', {
    token: editor.token,
    json: {
      title,
      outlet: '新华社',
      outletType: 'news-agency',
      publishedDate: '4月26日',
      rawSnapshot: raw,
    },
  })
  expect(res.status).toBe(201)
  return res.body.doc
}

test('a source keeps the raw text as received with its SHA-256, and the text cannot be changed', async () => {
  const doc = await createSource('反间谍安全防范工作规定答记者问')
  expect(doc.rawSha256).toBe(createHash('sha256').update(raw, 'utf8').digest('hex'))
  expect(doc.publishedDate).toBe('4月26日')

  await cms().http('PATCH', `/api/sources/${doc.id}`, {
    token: sourceAdmin.token,
    json: { rawSnapshot: '篡改后的文本' },
  })
  const stored = await cms().payload.findByID({
    collection: 'sources',
    id: doc.id,
    overrideAccess: true,
  })
  expect(stored.rawSnapshot).toBe(raw)
})

test('editors record sources but cannot clear rights or verify them; source admins can', async () => {
  const res = await cms().http('POST', '/api/sources?depth=0', {
    token: editor.token,
    json: {
      title: '编辑自行核实的尝试',
      rights: { status: 'official-public' },
      verification: { status: 'verified' },
    },
  })
  expect(res.status).toBe(201)
  const stored = await cms().payload.findByID({
    collection: 'sources',
    id: res.body.doc.id,
    overrideAccess: true,
  })
  expect(stored.rights?.status).toBe('unknown')
  expect(stored.verification?.status).toBe('unverified')

  const cleared = await cms().http('PATCH', `/api/sources/${res.body.doc.id}?depth=0`, {
    token: sourceAdmin.token,
    json: {
      rights: { status: 'official-public' },
      verification: { status: 'verified', notes: '已与新华社原稿核对' },
    },
  })
  expect(cleared.status).toBe(200)
  expect(cleared.body.doc.verification.status).toBe('verified')
})

test('anonymous readers see only verified sources, and never rights, notes or the raw text', async () => {
  const hidden = await createSource('未核实的来源')
  const shown = await createSource('已核实的来源')
  await cms().http('PATCH', `/api/sources/${shown.id}`, {
    token: sourceAdmin.token,
    json: {
      rights: { status: 'official-public', licence: '官方授权说明' },
      verification: { status: 'verified', notes: '内部核实备注' },
    },
  })

  expect((await cms().http('GET', `/api/sources/${hidden.id}`)).status).toBe(404)
  const list = await cms().http('GET', '/api/sources?limit=100')
  const ids = list.body.docs.map((d: { id: unknown }) => d.id)
  expect(ids).toContain(shown.id)
  expect(ids).not.toContain(hidden.id)

  const single = await cms().http('GET', `/api/sources/${shown.id}`)
  expect(single.status).toBe(200)
  expect(single.body.title).toBe('已核实的来源')
  for (const secret of ['rights', 'verification', 'rawSnapshot', 'rawSha256', 'usedByArticles'])
    expect(single.body).not.toHaveProperty(secret)
  expect(single.text).not.toContain('内部核实备注')
  expect(single.text).not.toContain('官方授权说明')
  expect(single.text).not.toContain('国家安全部26日公布')

  const gql = await cms().graphql(`{ Sources(limit: 100) { docs { id title } } }`)
  const gqlIds = gql.body.data!.Sources.docs.map((d: { id: unknown }) => d.id)
  expect(gqlIds).toContain(shown.id)
  expect(gqlIds).not.toContain(hidden.id)
  const gqlSecret = await cms().graphql(`{ Sources(limit: 5) { docs { id rawSnapshot } } }`)
  expect(JSON.stringify(gqlSecret.body)).not.toContain('国家安全部26日公布')
})

test('a partial date must look like a date', async () => {
  const res = await cms().http('POST', '/api/sources', {
    token: editor.token,
    json: { title: '日期错误', publishedDate: '上周二' },
    headers: { 'accept-language': 'en' },
  })
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.body)).toContain('publishedDate')
})

test('a source lists the content that uses it (staff only)', async () => {
  const source = await createSource('被引用的来源')
  const article = await cms().http('POST', '/api/articles?draft=true&depth=0', {
    token: editor.token,
    json: { title: '引用来源的文章', sources: [{ source: source.id, role: 'original' }] },
  })
  expect(article.status).toBe(201)
  const res = await cms().http(
    'GET',
    `/api/sources/${source.id}?depth=0&joins[usedByArticles][limit]=10`,
    { token: editor.token },
  )
  expect(res.body.usedByArticles.docs).toContain(article.body.doc.id)
})
