/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { readFileSync } from 'node:fs'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { cms } from '../support/cms.js'

type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

const client = () => (cms().payload.db as unknown as { client: Client }).client
const databaseUrl = () =>
  String((cms().payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url)

// Plans are read on a connection of their own: an EXPLAIN statement in libsql holds its
// connection's read transaction until it is garbage-collected, which would pin the server's snapshot.
let explainer: ReturnType<typeof drizzle>
beforeAll(() => {
  explainer = drizzle({ connection: { url: databaseUrl() } })
})
afterAll(() => explainer.$client.close())
const plan = async (sql: string) =>
  (await explainer.$client.execute(`EXPLAIN QUERY PLAN ${sql}`)).rows
    .map((row) => String(row.detail))
    .join('\n')

test("reading a document's localized fields uses an index on every locales table, not a scan", async () => {
  const tables = (
    await explainer.$client.execute(
      "select name from sqlite_master where type = 'table' and name like '%\\_locales' escape '\\'",
    )
  ).rows.map((row) => String(row.name))
  expect(tables).toEqual(
    expect.arrayContaining([
      'articles_locales',
      '_articles_v_locales',
      'qa_entries_locales',
      '_qa_entries_v_locales',
    ]),
  )
  for (const table of tables) {
    expect(await plan(`select * from "${table}" where "_parent_id" = 1`)).toMatch(
      new RegExp(`USING INDEX ${table}_parent_idx`),
    )
  }
})

test('a draft slug lookup uses the (latest, slug) index of the versions table', async () => {
  for (const table of ['_articles_v', '_qa_entries_v', '_glossary_terms_v']) {
    const detail = await plan(
      `select id from "${table}" where latest = 1 and version_slug >= 'a' and version_slug < 'b' order by created_at desc`,
    )
    expect(detail).toMatch(
      new RegExp(
        `USING INDEX ${table}_latest_slug_idx \\(latest=\\? AND version_slug>\\? AND version_slug<\\?\\)`,
      ),
    )
  }
})

test('prepared statements are reused: the cache found the libsql driver the adapter uses', async () => {
  const { installStatementCache } = (await cms().load(
    'src/db/statement-cache.ts',
  )) as typeof import('../../src/db/statement-cache.js')
  expect(installStatementCache()).toBe(true)
  // The same statement twice, and a failing one in between: the cached statement still answers.
  const first = await client().execute("select count(*) as n from users where email like '%@%'")
  await expect(client().execute('select * from no_such_table')).rejects.toThrow(/no such table/)
  const second = await client().execute("select count(*) as n from users where email like '%@%'")
  expect(second.rows[0]?.n).toBe(first.rows[0]?.n)
})

test('a cached insert that hits a unique constraint can be run again afterwards', async () => {
  const sha256 = `${Date.now()}`.padStart(64, '0')
  const data = { sha256, status: 'failed', stage: 'test', origin: 'cli' }
  await cms().payload.create({ collection: 'imports', data: data as never, overrideAccess: true })
  await expect(
    cms().payload.create({ collection: 'imports', data: data as never, overrideAccess: true }),
  ).rejects.toThrow()
  const other = await cms().payload.create({
    collection: 'imports',
    data: { ...data, sha256: sha256.replace(/^0/, 'f') } as never,
    overrideAccess: true,
  })
  expect(other.sha256).toBe(sha256.replace(/^0/, 'f'))
})

test('cached statements do not pin a snapshot: the server reads what another connection committed', async () => {
  const other = drizzle({ connection: { url: databaseUrl() } })
  try {
    const count = async () =>
      (await cms().payload.count({ collection: 'topics', overrideAccess: true })).totalDocs
    for (let i = 0; i < 3; i++) {
      const before = await count()
      await cms().payload.find({ collection: 'topics', limit: 1, overrideAccess: true })
      await other.$client.execute(
        `insert into topics (slug, updated_at, created_at, _status) values ('other-connection-${Date.now()}-${i}', '2026-01-01', '2026-01-01', 'draft')`,
      )
      expect(await count()).toBe(before + 1)
    }
  } finally {
    other.$client.close()
  }
})

test('a write returns the document as stored: the read-back query prepared once per table answers for every row', async () => {
  // patches/@payloadcms+drizzle+3.90.2.patch, applied by `npm install` (postinstall).
  const upsertRow = readFileSync(
    new URL('../../node_modules/@payloadcms/drizzle/dist/upsertRow/index.js', import.meta.url),
    'utf8',
  )
  expect(upsertRow).toContain('readBackQuery')

  const payload = cms().payload
  const { readyFields } = await import('./workflow-helpers.js')
  const read = (id: number | string, locale: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') =>
    payload.findByID({
      collection: 'articles',
      id,
      draft: true,
      depth: 0,
      locale,
      overrideAccess: true,
    })
  const flag = (message: string) => ({
    type: 'needs-check' as const,
    message,
    position: 1,
    resolved: false,
  })
  const created = []
  for (const n of [1, 2, 3]) {
    const data = {
      ...(await readyFields('articles')),
      title: `回读测试${n}-${Date.now()}`,
      qualityFlags: Array.from({ length: n }, (_, i) => flag(`标记${n}-${i}`)),
    }
    const doc = await payload.create({
      collection: 'articles',
      data: data as never,
      draft: true,
      depth: 0,
      locale: 'zh-Hans',
      overrideAccess: true,
    })
    expect(doc.qualityFlags).toHaveLength(n)
    created.push(doc)
  }
  for (const doc of created) expect(await read(doc.id)).toEqual(doc)

  const first = created[0] as (typeof created)[number]
  const updated = await payload.update({
    collection: 'articles',
    id: first.id,
    data: { summary: '改过的摘要', qualityFlags: [flag('新标记')] },
    draft: true,
    depth: 0,
    locale: 'zh-Hans',
    overrideAccess: true,
  })
  expect(updated).toMatchObject({ summary: '改过的摘要', qualityFlags: [{ message: '新标记' }] })
  expect(await read(first.id)).toEqual(updated)
  const hant = await payload.update({
    collection: 'articles',
    id: first.id,
    data: { title: '回讀測試' },
    draft: true,
    depth: 0,
    locale: 'zh-Hant',
    overrideAccess: true,
  })
  expect(hant.title).toBe('回讀測試')
  expect(await read(first.id, 'zh-Hant')).toEqual(hant)
})

describe('planner statistics (src/db/statistics.ts)', () => {
  // Read on the server's connection: the explainer's EXPLAIN statements may still pin its snapshot.
  const articleStats = async () =>
    (
      await client().execute(
        "select idx, stat from sqlite_stat1 where tbl = 'articles' and idx = '_status_publishedAt_idx'",
      )
    ).rows

  test('a database that grew after its statistics were taken gets them again, for the new index too', async () => {
    const { refreshStatistics } = await cms().load('src/db/statistics.ts')
    // As on a database whose statistics were taken while it was empty.
    await client().execute("delete from sqlite_stat1 where tbl = 'articles'")
    expect(await articleStats()).toEqual([])
    await cms().payload.create({
      collection: 'articles',
      data: {
        title: '统计测试',
        kind: 'explainer',
        publishedAt: new Date().toISOString(),
        _status: 'published',
      } as never,
    })
    expect((await refreshStatistics(cms().payload)).ran).toBe(true)
    const [stats] = await articleStats()
    // "rows rows-per-_status rows-per-(_status, publishedAt)": at least the article made here.
    expect(Number(String(stats?.stat).split(' ')[0])).toBeGreaterThanOrEqual(1)
  })

  test('nothing written since the last refresh: nothing to do; a write: it runs again', async () => {
    const { refreshStatistics } = await cms().load('src/db/statistics.ts')
    await refreshStatistics(cms().payload, { force: true })
    expect((await refreshStatistics(cms().payload)).ran).toBe(false)
    await cms().payload.create({
      collection: 'topics',
      data: { name: '统计测试二', slug: `stats2-${process.pid}`, _status: 'published' } as never,
    })
    expect((await refreshStatistics(cms().payload)).ran).toBe(true)
  })

  test('SQLITE_ANALYZE_INTERVAL_MINUTES: minutes, 0 turns it off, anything else is refused', async () => {
    const { analyzeIntervalMinutes, DEFAULT_ANALYZE_INTERVAL_MINUTES } =
      await cms().load('src/db/statistics.ts')
    expect(analyzeIntervalMinutes(undefined)).toBe(DEFAULT_ANALYZE_INTERVAL_MINUTES)
    expect(analyzeIntervalMinutes('0')).toBe(0)
    expect(analyzeIntervalMinutes('2.5')).toBe(2.5)
    expect(() => analyzeIntervalMinutes('soon')).toThrow(/SQLITE_ANALYZE_INTERVAL_MINUTES/)
  })
})
