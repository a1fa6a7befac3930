/**
 * Keyset pages of /v1/articles and /v1/wechat/feed: every article once, in order, across ties of
 * publishedAt; and the query a cursor page runs is a seek on the (_status, published_at) index
 * that reads rows in index order (no sort), so page N costs what page 1 costs.
 *
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { cms } from '../support/cms.js'
import { createArticle, createTopic, getJson, run } from './delivery-fixtures.js'
import { p, root } from './delivery-fixtures.js'

type Id = number | string
const TOPIC = `keyset-${run}`
const expected: Id[] = []

beforeAll(async () => {
  const topic = await createTopic('分页专题', TOPIC)
  // Seven articles; the 2nd, 3rd and 4th newest share one publishedAt (ties go by id, descending).
  const times = [1, 2, 3, 3, 3, 4, 5].map((day) => new Date(Date.UTC(2031, 0, day)).toISOString())
  const created: { id: Id; at: string }[] = []
  for (const [i, at] of times.entries()) {
    const id = await createArticle({
      title: `分页文章${i}`,
      slug: `keyset-${i}-${run}`,
      summary: `第${i}篇`,
      body: root(p(`第${i}篇正文。`)),
      topics: [topic],
      publishedAt: at,
    })
    created.push({ id, at })
  }
  created.sort((a, b) => b.at.localeCompare(a.at) || Number(b.id) - Number(a.id))
  expected.push(...created.map((doc) => doc.id))
})

async function walk(path: string): Promise<{ ids: Id[]; cursors: string[] }> {
  const ids: Id[] = []
  const cursors: string[] = []
  let cursor: string | null = null
  do {
    const res = await getJson(`${path}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
    expect(res.status).toBe(200)
    ids.push(...res.body.items.map((item: { id: Id }) => item.id))
    cursor = res.body.nextCursor ?? null
    if (cursor) cursors.push(cursor)
  } while (cursor && ids.length < 50)
  return { ids, cursors }
}

test.each(['/v1/articles', '/v1/wechat/feed'])(
  '%s pages through every article once, newest first, ties by id',
  async (route) => {
    const { ids } = await walk(`${route}?topic=${TOPIC}`)
    expect(ids).toEqual(expected)
  },
)

// Plans are read on a connection of their own: an EXPLAIN statement in libsql holds its
// connection's read transaction until it is garbage-collected (see sqlite-tuning.test.ts).
let explainer: ReturnType<typeof drizzle>
beforeAll(() => {
  const url = (cms().payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url
  explainer = drizzle({ connection: { url } })
})
afterAll(() => explainer.$client.close())

/** SQLite's plan of a statement, its top-level steps only (not the per-row subqueries). */
async function topLevelPlan(sql: string): Promise<string[]> {
  // Unbound parameters are NULL: the plan does not depend on the values.
  const args = Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null)
  const { rows } = await explainer.$client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args })
  return rows.filter((row) => Number(row.parent) === 0).map((row) => String(row.detail))
}

test.each(['/v1/articles', '/v1/wechat/feed'])(
  'a cursor page of %s seeks on the (_status, published_at) index and sorts nothing',
  async (route) => {
    const { cursors } = await walk(`${route}?topic=${TOPIC}`)
    const { preparedDuring } = await cms().load('tests/support/sql-capture.ts')
    // All published articles of the worker's database, from the second cursor of this file's walk.
    const statements: string[] = await preparedDuring(() =>
      getJson(`${route}?limit=3&cursor=${cursors[1]}`),
    )
    const list = statements.find(
      (sql) =>
        sql.includes('from "articles" "articles" where') && sql.includes('"published_at" <='),
    )
    expect(list).toBeDefined()
    const plan = await topLevelPlan(list!)
    expect(plan[0]).toMatch(
      /^SEARCH articles USING INDEX _status_publishedAt_idx \(_status=\? AND published_at/,
    )
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/)
    // A summary list reads none of the fields it does not show (each one a subquery per row).
    expect(list).not.toMatch(/articles_sources|articles_legal_basis|articles_quality_flags/)
  },
)
