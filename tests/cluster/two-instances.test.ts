/**
 * Two real server processes (`src/start.ts`) on one SQLite file (WAL), as a cluster runs them:
 * concurrent transitions split over both instances, and sign-in failures counted once for both. Jobs run by both at once are proven in
 * jobs-exactly-once.test.ts and wechat-batch.test.ts; start-up and crashes in cold-start.test.ts and import-crash.test.ts.
 * Every wait here is bounded and only guards against a hang; nothing asserts how long things take.
 */
import fs from 'node:fs'
import { jest } from '@jest/globals'
import { plainDocument } from '../support/lexical.js'
import { freePort, runScript, serverEnv, tempDir, type Running } from '../support/spawn.js'

jest.setTimeout(600_000)

const ROUNDS = 5
const EMAIL = 'cluster-admin@example.org'
const PASSWORD = 'cluster-password-1234'

let dir: string
const runs: Running[] = []
const bases: string[] = []
let token = ''

interface Answer {
  status: number
  body: Record<string, any>
}

/** A request to instance `which` (0 or 1), as the admin. */
async function call(which: number, method: string, url: string, json?: unknown): Promise<Answer> {
  const res = await fetch(`${bases[which % bases.length]}${url}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': 'en',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  const text = await res.text()
  let body: Record<string, any> = {}
  try {
    body = text ? JSON.parse(text) : {}
  } catch {
    body = { text }
  }
  return { status: res.status, body }
}

async function ok(answer: Promise<Answer>, status = 200): Promise<Record<string, any>> {
  const got = await answer
  if (got.status !== status)
    throw new Error(`expected ${status}, got ${got.status}: ${JSON.stringify(got.body)}`)
  return got.body
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function start(port: number): Running {
  return runScript(
    'src/start.ts',
    serverEnv(dir, port, {
      PAYLOAD_SECRET: 'cluster-test-secret-not-for-production',
      ADMIN_EMAIL: EMAIL,
      ADMIN_PASSWORD: PASSWORD,
      WEBHOOK_RETRY_DELAY_MS: '500',
    }),
  )
}

let sourceId: number | string
let topicId: number | string

beforeAll(async () => {
  dir = tempDir('cms-cluster-')
  // One after the other: the first creates the schema and the admin, the second finds them.
  for (let i = 0; i < 2; i++) {
    const port = await freePort()
    const run = start(port)
    runs.push(run)
    await run.waitFor(/CMS ready/, 180_000)
    bases.push(`http://127.0.0.1:${port}`)
  }
  const login = await ok(call(0, 'POST', '/api/users/login', { email: EMAIL, password: PASSWORD }))
  token = login.token
  const source = await ok(
    call(0, 'POST', '/api/sources', {
      title: '集群测试来源',
      outlet: '国家安全部',
      outletType: 'official-agency',
      rights: { status: 'official-public' },
      verification: { status: 'verified' },
    }),
    201,
  )
  sourceId = source.doc.id
  const topic = await ok(
    call(1, 'POST', '/api/topics', { name: '集群专题', slug: 'cluster', _status: 'published' }),
    201,
  )
  topicId = topic.doc.id
})

afterAll(async () => {
  for (const run of runs) run.child.kill('SIGTERM')
  await Promise.all(runs.map((run) => Promise.race([run.exited, sleep(20_000)])))
  for (const run of runs) run.child.kill('SIGKILL')
  fs.rmSync(dir, { recursive: true, force: true })
})

let counter = 0
/** A draft article that passes the gate, submitted and approved (the admin overrides four-eyes). */
async function approvedArticle(): Promise<number | string> {
  counter += 1
  const created = await ok(
    call(counter, 'POST', '/api/articles?draft=true&depth=0', {
      title: `集群测试文章 ${counter}`,
      summary: '一篇关于国家安全的解读。',
      kind: 'explainer',
      body: plainDocument('正文内容。'),
      topics: [topicId],
      sources: [{ source: sourceId, role: 'original' }],
    }),
    201,
  )
  const id = created.doc.id
  await ok(call(0, 'POST', `/api/articles/${id}/workflow/submit`, {}))
  await ok(
    call(1, 'POST', `/api/articles/${id}/workflow/approve`, {
      overrideFourEyes: true,
      reason: 'cluster test',
    }),
  )
  return id
}

async function publishedVersions(id: number | string): Promise<number> {
  const body = await ok(
    call(
      0,
      'GET',
      `/api/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&limit=0&depth=0`,
    ),
  )
  return body.totalDocs
}

async function auditEvents(id: number | string, event: string): Promise<Record<string, any>[]> {
  const body = await ok(
    call(
      1,
      'GET',
      `/api/workflow-events?where[itemCollection][equals]=articles&where[itemId][equals]=${id}&where[event][equals]=${event}&limit=0&depth=0`,
    ),
  )
  return body.docs
}

test('10 concurrent publish calls on one approved article, split over both instances: one 200, nine 409, one published version, one audit event', async () => {
  const perRound: Record<number, number>[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const id = await approvedArticle()
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(i, 'POST', `/api/articles/${id}/workflow/publish`, {}),
      ),
    )
    const counts: Record<number, number> = {}
    for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1
    perRound.push(counts)
    for (const answer of answers.filter((a) => a.status === 409))
      expect(answer.body.errors?.[0]?.message).toMatch(/Cannot publish/)
    expect(counts).toEqual({ 200: 1, 409: 9 })
    expect(await publishedVersions(id)).toBe(1)
    expect(await auditEvents(id, 'published')).toHaveLength(1)
  }
  console.log(`publish races (status counts per round): ${JSON.stringify(perRound)}`)
})

test('a 409 loser reads why in Chinese too', async () => {
  const id = await approvedArticle()
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      fetch(`${bases[i % 2]}/api/articles/${id}/workflow/publish`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `JWT ${token}`,
          'accept-language': 'zh',
        },
        body: '{}',
      }).then(async (res) => ({ status: res.status, body: await res.json() })),
    ),
  )
  const refused = answers.filter((a) => a.status === 409)
  expect(refused).toHaveLength(5)
  for (const answer of refused) expect(answer.body.errors[0].message).toMatch(/无法执行/)
})

test('sign-in failures are counted once for the cluster: 5 wrong passwords over both instances, then 429 on either', async () => {
  const guess = (which: number, password: string) =>
    fetch(`${bases[which]}/api/users/login`, {
      method: 'POST',
      // The default TRUST_PROXY takes the client's address from a proxy on this machine.
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.200' },
      body: JSON.stringify({ email: EMAIL, password }),
    })
  for (let i = 0; i < 5; i++) expect((await guess(i % 2, `wrong-${i}`)).status).toBe(401)
  for (const which of [0, 1]) {
    const refused = await guess(which, PASSWORD)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
  }
  // The account is not locked: its owner signs in from another address, on either instance.
  const owner = await call(1, 'POST', '/api/users/login', { email: EMAIL, password: PASSWORD })
  expect(owner.status).toBe(200)
})
