/**
 * The demo desk on a fresh `npm start`: the five samples go through the importer, official releases
 * are verified and published through the workflow, 002 stays a blocked draft, 003 waits in review.
 * Runs its own server process on its own database (the seed only runs on an empty one).
 */
import fs from 'node:fs'
import { jest } from '@jest/globals'
import type { Running } from '../support/spawn.js'
import { loginToken, startServer } from '../support/started-server.js'

jest.setTimeout(180_000)

let dir: string
let run: Running
let base: string
let token: string

const get = async (urlPath: string, auth = true) => {
  const response = await fetch(`${base}${urlPath}`, {
    headers: auth ? { authorization: `JWT ${token}`, 'accept-language': 'en' } : {},
  })
  return { status: response.status, body: (await response.json()) as any }
}

beforeAll(async () => {
  ;({ run, base, dir } = await startServer(
    'cms-demo-',
    {
      PAYLOAD_SECRET: 'demo-test-secret',
      ADMIN_EMAIL: 'chief@example.org',
      ADMIN_PASSWORD: 'demo-admin-password',
      SEED_DEMO: undefined,
    },
    150_000,
  ))
  token = await loginToken(base, 'chief@example.org', 'demo-admin-password')
})

afterAll(async () => {
  run?.child.kill('SIGTERM')
  await run?.exited
  fs.rmSync(dir, { recursive: true, force: true })
})

async function importOf(prefix: string) {
  const { body } = await get(`/api/imports?where[fileName][like]=${prefix}_&depth=0`)
  expect(body.docs).toHaveLength(1)
  return body.docs[0]
}

/** The import record of the sample `prefix` and the article draft it created, read at `depth`. */
async function importedArticle(prefix: string, depth: number) {
  const record = await importOf(prefix)
  const { body } = await get(`/api/articles/${record.article}?draft=true&depth=${depth}`)
  return { record, article: body }
}

test('all five samples were imported through the importer by the demo editor', async () => {
  const { body } = await get('/api/imports?limit=10&depth=1&sort=fileName')
  expect(body.docs.map((doc: any) => [doc.fileName.slice(0, 3), doc.status, doc.origin])).toEqual([
    ['000', 'done', 'seed'],
    ['001', 'done', 'seed'],
    ['002', 'done', 'seed'],
    ['003', 'done', 'seed'],
    ['004', 'done', 'seed'],
  ])
  expect(new Set(body.docs.map((doc: any) => doc.importedBy.email))).toEqual(
    new Set(['demo-editor@example.com']),
  )
  expect(body.docs[0].counts).toMatchObject({ qa: 27, terms: 7 })
})

test('anonymous readers see exactly the three official releases, their Q&A and terms, and no draft', async () => {
  const articles = await get('/api/articles?limit=20&depth=0&sort=title', false)
  expect(articles.body.docs.map((doc: any) => doc.title).sort()).toEqual(
    [
      '国家安全',
      '提升全社会特别是核心要害领域的安全防范工作能力和水平',
      '国安部:打击恐怖主义是国际社会的共同责任和当务之急',
    ].sort(),
  )
  // 000 carried a (resolved) flag: its flags stay staff-only. A published article that staff see
  // flagged must come to anonymous readers with no flags (Payload leaves an empty array).
  const staffView = await get('/api/articles?limit=20&depth=0&sort=title')
  const flaggedIds = staffView.body.docs
    .filter((doc: any) => (doc.qualityFlags ?? []).length > 0)
    .map((doc: any) => doc.id)
  const flaggedForAnonymous = articles.body.docs.filter((doc: any) => flaggedIds.includes(doc.id))
  expect(flaggedForAnonymous.length).toBeGreaterThan(0)
  for (const doc of flaggedForAnonymous) expect(doc.qualityFlags ?? []).toEqual([])
  const entries = await get('/api/qa-entries?limit=1&depth=0', false)
  expect(entries.body.totalDocs).toBe(27 + 6)
  const terms = await get('/api/glossary-terms?limit=1&depth=0', false)
  expect(terms.body.totalDocs).toBe(7)
  const sources = await get('/api/sources?limit=10&depth=0', false)
  expect(sources.body.docs).toHaveLength(3)
  for (const source of sources.body.docs) expect(source.rawSnapshot).toBeUndefined()
})

test('the source admin verified and cleared the official releases, and nothing else', async () => {
  const { body } = await get('/api/sources?limit=10&depth=1&sort=id')
  const byFile = new Map<string, any>()
  for (const prefix of ['000', '001', '002', '003', '004']) {
    const record = await importOf(prefix)
    byFile.set(
      prefix,
      body.docs.find((source: any) => source.id === record.source),
    )
  }
  for (const prefix of ['000', '001', '004']) {
    expect(byFile.get(prefix)).toMatchObject({
      rights: { status: 'official-public' },
      verification: { status: 'verified', verifiedBy: { email: 'demo-sources@example.com' } },
    })
  }
  for (const prefix of ['002', '003']) {
    expect(byFile.get(prefix)).toMatchObject({
      rights: { status: 'unknown' },
      verification: { status: 'unverified' },
    })
  }
  expect(byFile.get('001')).toMatchObject({
    outlet: '新华社',
    outletType: 'news-agency',
    publishedDate: '4月26日',
  })
  expect(byFile.get('004')).toMatchObject({
    outlet: '國家安全部',
    outletType: 'wechat-account',
    editor: '房佶宜',
  })
})

test('each published item went submit → approve → publish, by the editor and then another person, as recorded', async () => {
  const record = await importOf('001')
  const events = await get(
    `/api/workflow-events?where[itemCollection][equals]=articles&where[itemId][equals]=${record.article}&sort=at&depth=0`,
  )
  expect(events.body.docs.map((event: any) => [event.event, event.to, event.actorName])).toEqual([
    ['submitted', 'in_review', expect.stringContaining('demo editor')],
    ['approved', 'approved', expect.stringContaining('demo reviewer')],
    ['published', 'published', expect.stringContaining('demo reviewer')],
  ])
  const entries = await get(
    `/api/workflow-events?where[itemCollection][equals]=qa-entries&where[event][equals]=published&limit=1`,
  )
  expect(entries.body.totalDocs).toBe(27 + 6)
})

test('002 stays a draft blocked by its flags and unknown rights; 003 waits in review', async () => {
  const { article: draft } = await importedArticle('002', 0)
  expect(draft).toMatchObject({
    _status: 'draft',
    workflowState: 'draft',
    originalScript: 'zh-Hant',
  })
  expect(draft.qualityFlags.filter((flag: any) => !flag.resolved).length).toBeGreaterThanOrEqual(3)

  const { record: waiting, article: inReview } = await importedArticle('003', 1)
  expect(inReview).toMatchObject({
    _status: 'draft',
    workflowState: 'in_review',
    kind: 'interview',
    assignee: { email: 'demo-reviewer@example.com' },
  })
  const entries = await get(
    `/api/qa-entries?where[set][equals]=${waiting.qaSet}&draft=true&depth=0`,
  )
  expect(entries.body.docs.map((entry: any) => entry.workflowState)).toEqual([
    'in_review',
    'in_review',
    'in_review',
    'in_review',
  ])
  expect((await get(`/api/articles/${waiting.article}`, false)).status).toBeGreaterThanOrEqual(401)
})
