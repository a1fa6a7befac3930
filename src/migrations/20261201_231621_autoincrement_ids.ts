import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Ids are never handed out twice (the adapter's `autoIncrement: true`): every table whose integer
 * id Payload now declares AUTOINCREMENT is rebuilt with it, and audit events and review comments
 * get the creation time of the document they are about (src/workflow/item-key.ts).
 *
 * Written by hand. drizzle-kit's rebuild (create `__new_x`, copy, DROP `x`, rename) relies on
 * `PRAGMA foreign_keys=OFF`, which SQLite ignores inside a transaction: there the DROP deletes every
 * row of every table whose foreign key cascades from `x` (versions, locales, rels, comments…).
 * `PRAGMA legacy_alter_table=ON` does not help either: with foreign keys on, renaming `x` away still
 * rewrites the children's references to the new name (measured on libsql's SQLite 3.45.1), so
 * dropping the renamed table cascades just the same. So this migration turns foreign keys off,
 * checks that they are off (it refuses to run inside a transaction rather than lose rows), and
 * then runs SQLite's documented procedure in a transaction of its own: copy into a new table,
 * drop, rename, recreate the indexes, `PRAGMA foreign_key_check`, commit. Payload's SQLite adapter
 * runs migrations outside a transaction here (no `transactionOptions`, see src/ingest/atomic.ts).
 *
 * Each new table is the stored CREATE TABLE with `AUTOINCREMENT` added to its id and nothing else
 * changed, so columns, constraints and indexes stay exactly as the database has them. The list is
 * fixed (the tables this migration's snapshot declares AUTOINCREMENT), as a migration must not
 * change with later schemas. A table that already has AUTOINCREMENT is left alone, so a run that
 * stopped after its commit can run again.
 */
export const AUTOINCREMENT_TABLES = [
  'articles',
  '_articles_v_version_sources',
  '_articles_v_version_legal_basis',
  '_articles_v_version_quality_flags',
  '_articles_v_version_corrections',
  '_articles_v',
  'qa_sets',
  '_qa_sets_v_version_sources',
  '_qa_sets_v',
  'qa_entries',
  '_qa_entries_v_version_legal_basis',
  '_qa_entries_v_version_sources',
  '_qa_entries_v_version_quality_flags',
  '_qa_entries_v',
  'glossary_terms',
  '_glossary_terms_v_version_legal_basis',
  '_glossary_terms_v_version_sources',
  '_glossary_terms_v_version_quality_flags',
  '_glossary_terms_v',
  'topics',
  '_topics_v',
  'laws',
  '_laws_v',
  'sources',
  'evidence_files',
  'media',
  'users_roles',
  'users',
  'imports',
  'wechat_publications',
  'review_comments',
  'workflow_events',
  'webhooks_events',
  'webhooks',
  'webhook_deliveries',
  'claims',
  'content_fingerprints',
  'payload_kv',
  'payload_jobs',
  'payload_locked_documents',
  'payload_preferences',
  'payload_migrations',
] as const

/** The workflow collections' tables and the slug their audit rows name them by. */
const WORKFLOW_TABLES = [
  ['articles', 'articles'],
  ['qa_entries', 'qa-entries'],
  ['glossary_terms', 'glossary-terms'],
] as const

/** tables whose rows say which workflow document they are about (collection + id). */
const ITEM_ROW_TABLES = ['workflow_events', 'review_comments'] as const

type Db = MigrateUpArgs['db']

const quoted = (name: string) => `\`${name.replace(/`/g, '``')}\``

async function rows<T>(db: Db, query: string): Promise<T[]> {
  return db.all<T>(sql.raw(query))
}

async function run(db: Db, query: string): Promise<void> {
  await db.run(sql.raw(query))
}

async function foreignKeyViolations(db: Db): Promise<number> {
  return (await rows(db, 'PRAGMA foreign_key_check')).length
}

const ID_COLUMN = /([(,]\s*)(`id`|"id"|id)(\s+integer\s+PRIMARY\s+KEY)(\s+AUTOINCREMENT)?/gi
const TABLE_HEAD = /^CREATE\s+TABLE\s+(`[^`]+`|"[^"]+"|\S+)\s*\(/i

/** The stored definition of `table` under another name, its id with or without AUTOINCREMENT. */
function rewritten(definition: string, table: string, autoincrement: boolean): string {
  const ids = [...definition.matchAll(ID_COLUMN)]
  if (ids.length !== 1 || !TABLE_HEAD.test(definition))
    throw new Error(`${table}: no single integer primary key \`id\` in ${definition.slice(0, 200)}`)
  return definition
    .replace(TABLE_HEAD, `CREATE TABLE ${quoted(`__new_${table}`)} (`)
    .replace(ID_COLUMN, (_all, before: string, name: string, type: string) =>
      autoincrement ? `${before}${name}${type} AUTOINCREMENT` : `${before}${name}${type}`,
    )
}

/** Rebuilds one table with its stored definition rewritten; false when there was nothing to do. */
async function rebuild(db: Db, table: string, autoincrement: boolean): Promise<boolean> {
  const [stored] = await rows<{ sql: string }>(
    db,
    `SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '${table}'`,
  )
  if (!stored) throw new Error(`${table}: no such table`)
  if (/\bAUTOINCREMENT\b/i.test(stored.sql) === autoincrement) return false
  // Indexes and triggers go with the dropped table; the automatic ones (UNIQUE) come with the new one.
  const dependents = await rows<{ sql: string }>(
    db,
    `SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = '${table}' AND sql IS NOT NULL`,
  )
  await run(db, rewritten(stored.sql, table, autoincrement))
  // The same definition, so the same columns in the same order.
  await run(db, `INSERT INTO ${quoted(`__new_${table}`)} SELECT * FROM ${quoted(table)}`)
  await run(db, `DROP TABLE ${quoted(table)}`)
  await run(db, `ALTER TABLE ${quoted(`__new_${table}`)} RENAME TO ${quoted(table)}`)
  for (const dependent of dependents) await run(db, dependent.sql)
  return true
}

async function hasColumn(db: Db, table: string, column: string): Promise<boolean> {
  const columns = await rows<{ name: string }>(db, `PRAGMA table_info(${quoted(table)})`)
  return columns.some((info) => info.name === column)
}

/**
 * Runs `work` with foreign keys off, in one transaction, and commits only when it added no
 * foreign-key violation. Refuses to start when foreign keys cannot be turned off (inside a
 * transaction), where a table rebuild would cascade deletions.
 */
async function withForeignKeysOff(db: Db, work: () => Promise<void>): Promise<void> {
  const [{ foreign_keys: before }] = await rows<{ foreign_keys: number }>(db, 'PRAGMA foreign_keys')
  await run(db, 'PRAGMA foreign_keys = OFF')
  const [{ foreign_keys: off }] = await rows<{ foreign_keys: number }>(db, 'PRAGMA foreign_keys')
  if (off !== 0)
    throw new Error(
      'This migration rebuilds tables and must run outside a transaction: foreign keys cannot be ' +
        'turned off inside one, and a rebuild would then delete the rows of every dependent table.',
    )
  try {
    await run(db, 'BEGIN IMMEDIATE')
    try {
      const violations = await foreignKeyViolations(db)
      await work()
      const after = await foreignKeyViolations(db)
      if (after > violations)
        throw new Error(`The rebuild left ${after - violations} foreign-key violations.`)
      await run(db, 'COMMIT')
    } catch (error) {
      await run(db, 'ROLLBACK')
      throw error
    }
  } finally {
    await run(db, `PRAGMA foreign_keys = ${before ? 'ON' : 'OFF'}`)
  }
}

/**
 * The whole change, on any connection to the file: the migration's `up`, and a development start
 * on a database its schema push made earlier (src/db/autoincrement-before-push.ts).
 */
export async function addAutoincrement(db: Db): Promise<void> {
  await withForeignKeysOff(db, async () => {
    for (const table of ITEM_ROW_TABLES) {
      if (!(await hasColumn(db, table, 'item_created_at')))
        await run(db, `ALTER TABLE ${quoted(table)} ADD \`item_created_at\` text`)
    }
    for (const table of AUTOINCREMENT_TABLES) await rebuild(db, table, true)
    // The copy made sqlite_sequence hold each table's largest id. A deleted document's id stays
    // taken while audit events or comments still name it, so no new document starts out with them.
    for (const [table, slug] of WORKFLOW_TABLES) {
      for (const rowTable of ITEM_ROW_TABLES) {
        await run(
          db,
          `INSERT INTO sqlite_sequence (name, seq) SELECT '${table}', 0
           WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = '${table}')`,
        )
        await run(
          db,
          `UPDATE sqlite_sequence SET seq = max(seq, coalesce(
             (SELECT max(CAST(item_id AS INTEGER)) FROM ${quoted(rowTable)}
              WHERE item_collection = '${slug}' AND item_id GLOB '[0-9]*'), 0))
           WHERE name = '${table}'`,
        )
        // Rows written before the key existed belong to the document that has their id now, or,
        // when there is none, to a deleted one: 'deleted' never equals a creation time.
        await run(
          db,
          `UPDATE ${quoted(rowTable)}
           SET item_created_at = coalesce(
             (SELECT created_at FROM ${quoted(table)} WHERE CAST(${quoted(table)}.id AS TEXT) = ${quoted(rowTable)}.item_id),
             'deleted')
           WHERE item_collection = '${slug}' AND item_created_at IS NULL`,
        )
      }
    }
  })
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await addAutoincrement(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await removeAutoincrement(db)
}

/** The tables as they were before (also how a schema push had built them). */
export async function removeAutoincrement(db: Db): Promise<void> {
  await withForeignKeysOff(db, async () => {
    for (const table of AUTOINCREMENT_TABLES) await rebuild(db, table, false)
    for (const table of ITEM_ROW_TABLES) {
      if (await hasColumn(db, table, 'item_created_at'))
        await run(db, `ALTER TABLE ${quoted(table)} DROP COLUMN \`item_created_at\``)
    }
    await run(
      db,
      `DELETE FROM sqlite_sequence WHERE name IN (${AUTOINCREMENT_TABLES.map((t) => `'${t}'`).join(', ')})`,
    )
  })
}
