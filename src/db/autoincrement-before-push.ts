/**
 * Development starts (schema push) on a database that push built before ids were AUTOINCREMENT:
 * drizzle-kit's push cannot make that change on libsql. It alters each id column in place, then
 * re-creates the table's indexes, which still exist, and fails: one table per start, the start
 * exiting each time (measured: `index articles_workflow_state_idx already exists`, then the same
 * for `_articles_v_version_sources` on the next start). So before Payload connects and pushes, the
 * committed migration's own rebuild runs on such a file (every row kept; see that migration), and
 * push then finds nothing to change. Production applies the migration itself and skips this.
 */
import fs from 'node:fs'
import type { DatabaseAdapterObj } from 'payload'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { sql } from '@payloadcms/db-sqlite'
import { addAutoincrement } from '../migrations/20261201_231621_autoincrement_ids.js'

/** True when the file has Payload's tables without AUTOINCREMENT ids (a push from before). */
async function needsUpgrade(db: ReturnType<typeof drizzle>): Promise<boolean> {
  const tables = await db.all<{ sql: string }>(
    sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'articles'`,
  )
  return tables.length === 1 && !/\bAUTOINCREMENT\b/i.test(tables[0].sql)
}

export async function upgradeIdsBeforePush(url: string): Promise<boolean> {
  const file = url.replace(/^file:/, '')
  if (!fs.existsSync(file)) return false
  const db = drizzle({ connection: { url } })
  try {
    // Another process may still be writing (the start-up lock covers only starting instances).
    await db.run(sql`PRAGMA busy_timeout = 5000`)
    if (!(await needsUpgrade(db))) return false
    await addAutoincrement(db)
    return true
  } finally {
    db.$client.close()
  }
}

/** The adapter, upgrading a pushed database's ids before its `connect` pushes the schema. */
export function withIdsUpgradedBeforePush(
  adapter: DatabaseAdapterObj,
  url: string,
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      if (connect)
        db.connect = async (options) => {
          if (await upgradeIdsBeforePush(url))
            args.payload.logger.info('Rebuilt the tables with ids that are never reused.')
          return connect.call(db, options)
        }
      return db
    },
  }
}
