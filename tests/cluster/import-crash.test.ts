/**
 * `kill -9` of an instance in the middle of a large import (issue 13, item 5), with a second
 * instance on the same database, then a restart of the killed one: nothing half-written may be
 * left (no drafts without their import, no Q&A entries without their set), and importing the same
 * text again must succeed.
 */
import { jest } from '@jest/globals'
import { announceDatabase, Cluster, READY, START_BOUND_MS, until } from '../support/cluster.js'

jest.setTimeout(1_800_000)

const ROUNDS = 5
const PAIRS = 400
const EMAIL = 'cluster-import@example.org'
const PASSWORD = 'cluster-password-1234'
const COUNTED = ['sources', 'articles', 'qa-sets', 'qa-entries', 'glossary-terms'] as const

const cluster = new Cluster({ ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD: PASSWORD })

beforeAll(async () => {
  announceDatabase('import-crash')
  await cluster.startInTurn(2)
  await cluster.login(EMAIL, PASSWORD)
})
afterAll(async () => {
  await cluster.close()
})

/** A long paste: many Q&A pairs and terms, so that the import is still writing when killed. */
function largePaste(tag: string): string {
  const lines = [`集群导入测试${tag}`, '来源：测试通讯社', `本文说明集群导入测试${tag}的要求。`]
  lines.push('一、常见问题')
  for (let i = 0; i < PAIRS; i++)
    lines.push(
      `问：集群导入测试${tag}的第${i + 1}个问题是什么？`,
      `答：这是集群导入测试${tag}第${i + 1}个问题的回答，用于检查导入是否完整。`,
    )
  lines.push('二、名词术语解释')
  for (let i = 0; i < 20; i++)
    lines.push(`${i + 1}.集群术语${tag}${i + 1}：是指仅用于集群测试的术语。`)
  return lines.join('\n\n')
}

function postPaste(which: number, text: string): Promise<Response> {
  return fetch(`${cluster.bases[which]}/api/imports?fileName=cluster-${which}.txt`, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain',
      'accept-language': 'en',
      authorization: `JWT ${cluster.token}`,
    },
    body: text,
  })
}

async function total(which: number, collection: string): Promise<number> {
  const body = await cluster.ok(
    cluster.call(which, 'GET', `/api/${collection}?limit=1&depth=0&draft=true`),
  )
  return body.totalDocs
}

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const collection of COUNTED) result[collection] = await total(0, collection)
  return result
}

/** Q&A entries whose set is gone, and drafts whose source (the one their import wrote) is gone. */
async function orphans(): Promise<string[]> {
  const found: string[] = []
  const all = async (collection: string) =>
    (await cluster.ok(cluster.call(0, 'GET', `/api/${collection}?limit=0&depth=0&draft=true`)))
      .docs as Record<string, any>[]
  const sets = new Set((await all('qa-sets')).map((doc) => String(doc.id)))
  const sources = new Set((await all('sources')).map((doc) => String(doc.id)))
  for (const entry of await all('qa-entries'))
    if (entry.set !== undefined && entry.set !== null && !sets.has(String(entry.set)))
      found.push(`qa-entry ${entry.id} of missing set ${entry.set}`)
  for (const collection of ['articles', 'qa-sets', 'qa-entries', 'glossary-terms'])
    for (const doc of await all(collection))
      for (const link of doc.sources ?? [])
        if (!sources.has(String(link.source)))
          found.push(`${collection} ${doc.id} citing missing source ${link.source}`)
  return found
}

test(`kill -9 mid-import, restart, re-import: ${ROUNDS} rounds`, async () => {
  const summary: string[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const victim = round % 2
    const text = largePaste(`第${round + 1}轮`)
    const before = await counts()
    const answer = postPaste(victim, text).then(
      (res) => `answered ${res.status}`,
      () => 'connection lost',
    )
    // Killed once the import has written part of what it will write: further in each round.
    const killAfter = 1 + round * 60
    const written = await until(
      `round ${round}: the import writing its Q&A entries`,
      async () => {
        const entries = await total(1 - victim, 'qa-entries')
        return entries - before['qa-entries'] >= killAfter
          ? entries - before['qa-entries']
          : undefined
      },
      120_000,
      50,
    )
    cluster.runs[victim].child.kill('SIGKILL')
    await cluster.runs[victim].exited
    expect(await answer).toBe('connection lost')

    await (await cluster.start(victim)).waitFor(READY, START_BOUND_MS)
    const record = await until(`round ${round}: the import marked interrupted`, async () => {
      const { docs } = await cluster.ok(
        cluster.call(
          victim,
          'GET',
          '/api/imports?where[stage][equals]=interrupted&limit=0&depth=0',
        ),
      )
      return docs.find((doc: { status: string; updatedAt: string }) => doc.status === 'failed')
        ? docs
        : undefined
    })
    // Earlier rounds' records were retried in place by their re-import: only this round's is left.
    expect(record.length).toBe(1)
    expect(await counts()).toEqual(before)
    expect(await orphans()).toEqual([])

    const again = await postPaste(1 - victim, text)
    const body = await again.json()
    expect(again.status).toBe(201)
    expect(body.doc.status).toBe('done')
    const after = await counts()
    expect(after.articles - before.articles).toBe(1)
    expect(after.sources - before.sources).toBe(1)
    expect(after['qa-entries'] - before['qa-entries']).toBeGreaterThanOrEqual(PAIRS)
    expect(await orphans()).toEqual([])
    summary.push(
      `killed after ${written} entries; re-import wrote ${after['qa-entries'] - before['qa-entries']}`,
    )
  }
  console.log(`import crashes (per round): ${JSON.stringify(summary)}`)
})
