/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { cms } from '../support/cms.js'

type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

const client = () => (cms().payload.db as unknown as { client: Client }).client
const plan = async (sql: string) => (await client().execute(`EXPLAIN QUERY PLAN ${sql}`)).rows.map((row) => String(row.detail)).join('\n')

test('reading a document\'s localized fields uses an index on every locales table, not a scan', async () => {
  const tables = (await client().execute("select name from sqlite_master where type = 'table' and name like '%\\_locales' escape '\\'")).rows.map((row) => String(row.name))
  expect(tables).toEqual(expect.arrayContaining(['articles_locales', '_articles_v_locales', 'qa_entries_locales', '_qa_entries_v_locales']))
  for (const table of tables) {
    expect(await plan(`select * from "${table}" where "_parent_id" = 1`)).toMatch(new RegExp(`USING INDEX ${table}_parent_idx`))
  }
})

test('a draft slug lookup uses the (latest, slug) index of the versions table', async () => {
  for (const table of ['_articles_v', '_qa_entries_v', '_glossary_terms_v']) {
    const detail = await plan(`select id from "${table}" where latest = 1 and version_slug >= 'a' and version_slug < 'b' order by created_at desc`)
    expect(detail).toMatch(new RegExp(`USING INDEX ${table}_latest_slug_idx \\(latest=\\? AND version_slug>\\? AND version_slug<\\?\\)`))
  }
})
