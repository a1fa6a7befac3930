/**
 * Migration 20261201_231621_autoincrement_ids rebuilds every table with an integer id. A table
 * rebuild is where SQLite loses rows (dropping a parent cascades into its children), so this runs
 * it as production would on a database with real content — written at the previous migration by
 * the real Payload (tests/support/database-at-migration.ts) — and compares every table before and
 * after, then takes it back down. A development start makes the same change before its schema push,
 * which cannot make it on libsql.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { jest } from '@jest/globals'
import {
  exitWithin,
  freePort,
  projectRoot,
  runScript,
  serverEnv,
  tempDir,
} from '../support/spawn.js'

jest.setTimeout(300_000)

const MIGRATION = '20261201_231621_autoincrement_ids'
const PREVIOUS = '20261201_202726_content_fingerprints'

interface Snapshot {
  counts: Map<string, number>
  definitions: Map<string, string>
  autoincrement: string[]
  foreignKeyViolations: number
  integrity: string
}

async function snapshot(file: string): Promise<Snapshot> {
  const client = createClient({ url: `file:${file}` })
  try {
    const master = (
      await client.execute('SELECT type, name, sql FROM sqlite_master ORDER BY type, name')
    ).rows.map((row) => ({ type: String(row.type), name: String(row.name), sql: String(row.sql) }))
    const counts = new Map<string, number>()
    for (const { name } of master.filter((entry) => entry.type === 'table')) {
      const { rows } = await client.execute(`SELECT count(*) AS n FROM "${name}"`)
      counts.set(name, Number(rows[0].n))
    }
    return {
      counts,
      definitions: new Map(master.map((entry) => [`${entry.type} ${entry.name}`, entry.sql])),
      autoincrement: master
        .filter((entry) => entry.type === 'table' && /\bAUTOINCREMENT\b/.test(entry.sql))
        .map((entry) => entry.name)
        .sort(),
      foreignKeyViolations: (await client.execute('PRAGMA foreign_key_check')).rows.length,
      integrity: String((await client.execute('PRAGMA integrity_check')).rows[0][0]),
    }
  } finally {
    client.close()
  }
}

/** A table's definition without what the migration changes: AUTOINCREMENT and the added key. */
const unchangedPart = (definition: string) =>
  definition
    .replace(/\s+AUTOINCREMENT\b/, '')
    .replace(/,\s*`item_created_at` text/, '')
    .replace(/^CREATE TABLE\s+(`[^`]+`|"[^"]+")/, 'CREATE TABLE')
    .replace(/\s+/g, ' ')

/**
 * The migrations committed after this one (`npm run migrate` applies them in the same run, and
 * `down` undoes that whole batch), and the tables and indexes they create, alter or drop: their
 * definitions are theirs to change.
 */
function laterMigrations(): { count: number; touched: Set<string> } {
  const folder = path.join(projectRoot, 'src', 'migrations')
  const later = fs
    .readdirSync(folder)
    .filter((name) => /^\d{8}_\d{6}_.+\.ts$/.test(name) && name.replace(/\.ts$/, '') > MIGRATION)
  const touched = new Set<string>()
  for (const name of later) {
    const up =
      fs.readFileSync(path.join(folder, name), 'utf8').split('export async function down')[0] ?? ''
    for (const [, kind, object] of up.matchAll(
      /(CREATE (?:UNIQUE )?INDEX|DROP INDEX|ALTER TABLE|CREATE TABLE|DROP TABLE)\s+(?:IF (?:NOT )?EXISTS\s+)?\\?`([^`\\]+)/g,
    ))
      touched.add(`${/INDEX/.test(kind ?? '') ? 'index' : 'table'} ${object}`)
  }
  return { count: later.length, touched }
}

/** The tables the migration's snapshot (what drizzle builds from the config) declares AUTOINCREMENT. */
function declaredAutoincrement(): string[] {
  const snapshotFile = path.join(projectRoot, 'src', 'migrations', `${MIGRATION}.json`)
  const { tables } = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as {
    tables: Record<string, { columns: Record<string, { autoincrement?: boolean }> }>
  }
  return Object.entries(tables)
    .filter(([, table]) => table.columns.id?.autoincrement === true)
    .map(([name]) => name)
    .sort()
}

async function query(file: string, work: (client: Client) => Promise<void>): Promise<void> {
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA foreign_keys = ON')
    await work(client)
  } finally {
    client.close()
  }
}

const secret = 'm'.repeat(40)

async function migrate(dir: string, command: 'migrate' | 'down'): Promise<void> {
  const run = runScript(
    'src/cli/migrate.ts',
    serverEnv(dir, 0, { NODE_ENV: 'production', PAYLOAD_SECRET: secret }),
    command === 'down' ? ['down'] : [],
  )
  const { code } = await exitWithin(run, 240_000)
  if (code !== 0) throw new Error(`migrate ${command} exited ${code}:\n${run.output()}`)
}

test('the migration keeps every row of every table, and afterwards no id is handed out twice', async () => {
  const dir = tempDir('cms-autoincrement-')
  const file = path.join(dir, 'cms.db')
  try {
    const build = runScript(
      'tests/support/database-at-migration.ts',
      serverEnv(dir, 0, {
        NODE_ENV: 'production',
        PAYLOAD_SECRET: secret,
        ADMIN_PASSWORD: 'migration-password-1',
        LOG_LEVEL: 'warn',
      }),
      [PREVIOUS],
    )
    const built = await exitWithin(build, 240_000)
    if (built.code !== 0) throw new Error(`building the database failed:\n${build.output()}`)
    const deleted = (
      JSON.parse(build.output().match(/^\{"deleted".*$/m)?.[0] ?? '{}') as {
        deleted?: { id: number; events: number }
      }
    ).deleted
    if (!deleted) throw new Error(`no deleted article reported:\n${build.output()}`)
    expect(deleted.events).toBeGreaterThan(0)

    const before = await snapshot(file)
    // Real content in parents and children alike, or the comparison below proves nothing.
    const required = [
      'articles',
      'articles_locales',
      'articles_rels',
      '_articles_v',
      '_articles_v_locales',
      '_articles_v_rels',
      'qa_entries',
      '_qa_entries_v',
      'glossary_terms',
      'users',
      'users_roles',
      'imports',
      'imports_rels',
      'workflow_events',
      'review_comments',
      'webhooks',
      'payload_jobs',
      'payload_preferences',
      'payload_preferences_rels',
      'content_fingerprints_bands',
    ]
    expect(required.filter((table) => !before.counts.get(table))).toEqual([])
    expect(before.autoincrement).toEqual([])
    expect(before.foreignKeyViolations).toBe(0)

    await migrate(dir, 'migrate')

    const after = await snapshot(file)
    const expectedCounts = new Map(before.counts)
    const later = laterMigrations()
    expectedCounts.set(
      'payload_migrations',
      (before.counts.get('payload_migrations') ?? 0) + 1 + later.count,
    )
    expectedCounts.set('sqlite_sequence', declaredAutoincrement().length)
    expect(Object.fromEntries(after.counts)).toEqual(Object.fromEntries(expectedCounts))
    expect(after.foreignKeyViolations).toBe(0)
    expect(after.integrity).toBe('ok')
    expect(after.autoincrement).toEqual(declaredAutoincrement())
    expect(after.autoincrement.length).toBeGreaterThan(30)
    // Nothing else changed: every index as it was, every table as it was but for its id.
    const changed = [
      ...new Set([...before.definitions.keys(), ...after.definitions.keys()]),
    ].filter(
      (key) =>
        key !== 'table sqlite_sequence' &&
        !later.touched.has(key) &&
        unchangedPart(before.definitions.get(key) ?? '') !==
          unchangedPart(after.definitions.get(key) ?? ''),
    )
    expect(changed).toEqual([])

    await query(file, async (client) => {
      // Every audit row names the document it is about, or that it is gone.
      const orphans = await client.execute({
        sql: `SELECT count(*) AS n FROM workflow_events WHERE item_collection = 'articles' AND item_id = ? AND item_created_at = 'deleted'`,
        args: [String(deleted.id)],
      })
      expect(Number(orphans.rows[0].n)).toBe(deleted.events)
      const unkeyed = await client.execute(
        `SELECT count(*) AS n FROM workflow_events e WHERE item_created_at IS NULL
           OR (item_created_at <> 'deleted' AND NOT EXISTS (
             SELECT 1 FROM articles a WHERE e.item_collection = 'articles' AND CAST(a.id AS TEXT) = e.item_id AND a.created_at = e.item_created_at
             UNION ALL SELECT 1 FROM qa_entries q WHERE e.item_collection = 'qa-entries' AND CAST(q.id AS TEXT) = e.item_id AND q.created_at = e.item_created_at
             UNION ALL SELECT 1 FROM glossary_terms g WHERE e.item_collection = 'glossary-terms' AND CAST(g.id AS TEXT) = e.item_id AND g.created_at = e.item_created_at))`,
      )
      expect(Number(unkeyed.rows[0].n)).toBe(0)

      // The deleted article's id stays taken; the highest one is not handed out again either.
      const first = await client.execute('INSERT INTO articles DEFAULT VALUES RETURNING id')
      const firstId = Number(first.rows[0].id)
      expect(firstId).toBeGreaterThan(deleted.id)
      await client.execute({ sql: 'DELETE FROM articles WHERE id = ?', args: [firstId] })
      const second = await client.execute('INSERT INTO articles DEFAULT VALUES RETURNING id')
      expect(Number(second.rows[0].id)).toBe(firstId + 1)
      await client.execute({ sql: 'DELETE FROM articles WHERE id = ?', args: [firstId + 1] })
      // The same for a table the workflow never touches.
      const jobs = await client.execute('SELECT max(id) AS id FROM payload_jobs')
      const highestJob = Number(jobs.rows[0].id)
      await client.execute({ sql: 'DELETE FROM payload_jobs WHERE id = ?', args: [highestJob] })
      const job = await client.execute('INSERT INTO payload_jobs DEFAULT VALUES RETURNING id')
      expect(Number(job.rows[0].id)).toBeGreaterThan(highestJob)
    })

    // Down restores the previous definitions, rows intact.
    const migrated = await snapshot(file)
    await migrate(dir, 'down')
    const down = await snapshot(file)
    expect(down.autoincrement).toEqual([])
    expect(down.foreignKeyViolations).toBe(0)
    const expectedDown = new Map(migrated.counts)
    expectedDown.set(
      'payload_migrations',
      (migrated.counts.get('payload_migrations') ?? 0) - 1 - later.count,
    )
    expectedDown.set('sqlite_sequence', 0)
    expect(Object.fromEntries(down.counts)).toEqual(Object.fromEntries(expectedDown))
    const norm = (definition: string | undefined) =>
      (definition ?? '')
        .replace(/^CREATE TABLE\s+(`[^`]+`|"[^"]+")/, 'CREATE TABLE')
        .replace(/\s+/g, ' ')
    const differs = [...before.definitions.keys()].filter(
      (key) => norm(before.definitions.get(key)) !== norm(down.definitions.get(key)),
    )
    expect(differs).toEqual([])
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('a development start on a database pushed before ids were AUTOINCREMENT rebuilds it, every row kept, and starts', async () => {
  const dir = tempDir('cms-autoincrement-dev-')
  const file = path.join(dir, 'cms.db')
  const port = await freePort()
  try {
    const env = serverEnv(dir, port, {
      PAYLOAD_SECRET: secret,
      ADMIN_PASSWORD: 'dev-password-1',
      LOG_LEVEL: 'warn',
    })
    const build = runScript('tests/support/database-pushed-before-autoincrement.ts', env)
    const built = await exitWithin(build, 240_000)
    if (built.code !== 0) throw new Error(`building the database failed:\n${build.output()}`)
    const before = await snapshot(file)
    expect(before.autoincrement).toEqual([])
    expect(
      ['articles', '_articles_v_locales', '_qa_entries_v_rels', 'workflow_events'].filter(
        (table) => !before.counts.get(table),
      ),
    ).toEqual([])

    const start = runScript('src/start.ts', env)
    try {
      await start.waitFor(/CMS ready/, 180_000)
      const articles = await fetch(`http://127.0.0.1:${port}/api/articles?limit=1`)
      expect(articles.status).toBe(200)
      start.child.kill('SIGTERM')
      expect((await start.exited).code).toBe(0)
    } finally {
      start.child.kill('SIGKILL')
    }

    const after = await snapshot(file)
    expect(after.autoincrement).toEqual(declaredAutoincrement())
    expect(after.foreignKeyViolations).toBe(0)
    // The planner statistics a start refreshes are not content.
    const content = (counts: Map<string, number>) =>
      Object.fromEntries([...counts].filter(([table]) => !table.startsWith('sqlite_')))
    expect(content(after.counts)).toEqual(content(before.counts))
    expect(after.counts.get('sqlite_sequence')).toBe(declaredAutoincrement().length)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
