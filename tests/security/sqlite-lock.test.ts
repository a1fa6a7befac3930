/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Issue 17 item 10: while another connection holds SQLite's write lock, a write over HTTP answers
 * 503 with Retry-After and a clear message (English or Chinese) instead of stalling for the busy
 * timeout and ending in a generic 500; reads and /health go on answering.
 */
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'

let editor: TestUser

beforeAll(async () => {
  editor = await cms().createUser(['editor'])
})

/** Holds the write lock (BEGIN IMMEDIATE) on the CMS's SQLite file from a second connection during `work`. */
async function whileLocked<T>(work: () => Promise<T>): Promise<T> {
  const db = cms().payload.db as unknown as { clientConfig?: { url: string } }
  const url = db.clientConfig?.url
  if (!url?.startsWith('file:')) throw new Error('this test needs the SQLite adapter on a file')
  const other = drizzle({ connection: { url } })
  await other.$client.execute('BEGIN IMMEDIATE')
  try {
    return await work()
  } finally {
    await other.$client.execute('ROLLBACK')
    other.$client.close()
  }
}

const lawData = (tag: string) => ({ name: `锁测试法${tag}`, shortName: `锁测试${tag}` })

test('a write that cannot get the lock is a 503 with Retry-After; reads and /health answer meanwhile', async () => {
  const { http } = cms()
  const events: string[] = []
  const [write, zhWrite, health, read, after] = await whileLocked(async () => {
    const write = await http('POST', '/api/laws', { token: editor.token, json: lawData('en') })
    events.push('write answered')
    const zhWrite = await http('POST', '/api/laws', {
      token: editor.token,
      json: lawData('zh'),
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
    })
    const health = await http('GET', '/health')
    events.push('health answered')
    const read = await http('GET', '/api/laws?limit=1', { token: editor.token })
    events.push('read answered')
    return [write, zhWrite, health, read, null]
  })
  void after
  expect(write.status).toBe(503)
  expect(Number(write.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(write.body.errors[0]).toMatchObject({ code: 'database-busy' })
  expect(write.body.errors[0].message).toMatch(/database is busy.*try again/i)
  expect(zhWrite.status).toBe(503)
  expect(zhWrite.body.errors[0].message).toMatch(/数据库.*重试/)
  // While the lock is still held: the process serves health and reads (WAL: no lock needed).
  expect(health.status).toBe(200)
  expect(read.status).toBe(200)
  expect(events).toEqual(['write answered', 'health answered', 'read answered'])

  // Once the lock is released, the same write goes through: nothing was half-written before.
  const retried = await http('POST', '/api/laws', { token: editor.token, json: lawData('en') })
  expect(retried.status).toBe(201)
  const found = await cms().payload.find({
    collection: 'laws',
    where: { shortName: { equals: '锁测试en' } },
    overrideAccess: true,
    draft: true,
  })
  expect(found.totalDocs).toBe(1)
})

test('a GraphQL write that cannot get the lock is a 503 with Retry-After too, not a 200 with "Something went wrong"', async () => {
  const mutation = (tag: string) =>
    cms().http('POST', '/api/graphql', {
      token: editor.token,
      headers: { 'accept-language': 'en' },
      json: {
        query: 'mutation ($data: mutationLawInput!) { createLaw(data: $data) { id } }',
        variables: { data: { ...lawData(tag), slug: `lock-test-${tag}` } },
      },
    })
  const locked = await whileLocked(() => mutation('gql'))
  expect(locked.status).toBe(503)
  expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(locked.headers.get('x-graphql-status')).toBeNull()
  expect(locked.body.errors[0].extensions).toMatchObject({ code: 'database-busy', statusCode: 503 })
  expect(locked.body.errors[0].message).toMatch(/database is busy.*try again/i)
  const retried = await mutation('gql')
  expect(retried.status).toBe(200)
  expect(retried.body.data.createLaw.id).toBeTruthy()
})
