/**
 * Change counters: one row per key, incremented in the same transaction as the change it counts.
 *
 * Other instances learn that something changed by reading these numbers, not by comparing
 * `updatedAt`: an instance whose clock is behind writes an `updatedAt` older than the newest one
 * already stored, so "newest updatedAt" stayed the same and the change was never seen (issue 13,
 * measured: stale for over 60 s in 3 of 3 runs with a clock 5 s behind). A counter only goes up,
 * whichever clock the writer has.
 *
 * Keys: `<collection>` counts every write (drafts too; search indexes drafts for staff), and
 * `<collection>:public` only writes that change what the public can see (delivery's cache).
 */
import { sql } from '@payloadcms/db-sqlite'
import { integer, sqliteTable, text } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite/types'
import type { Payload, PayloadRequest } from 'payload'
import { isMongoDb } from './mongo.js'
import { isSqliteDb, sqliteSession } from './sqlite.js'

export const CHANGE_COUNTERS_TABLE = 'change_counters'

export const changeCountersTable = sqliteTable(CHANGE_COUNTERS_TABLE, {
  key: text('key').primaryKey(),
  n: integer('n').notNull(),
})

/** Adds the table to Payload's SQLite schema, so migrations create it and schema push keeps it. */
export const addChangeCountersTable: SQLiteSchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, [CHANGE_COUNTERS_TABLE]: changeCountersTable },
})

export type ChangeScope = 'all' | 'public'

export const changeKey = (collection: string, scope: ChangeScope): string =>
  scope === 'public' ? `${collection}:public` : collection

/**
 * Keys already counted in a transaction, by its session (gone with it when it ends). Readers only
 * compare counters, so one increment per key per transaction says all that several would: the
 * importer writes ~15 documents of two collections in one transaction, and bench:import counted
 * 1,110 increments for 100 documents.
 */
const countedInTransaction = new WeakMap<object, Set<string>>()

function firstInTransaction(session: object | undefined, key: string): boolean {
  if (!session) return true
  const counted = countedInTransaction.get(session) ?? new Set<string>()
  countedInTransaction.set(session, counted)
  if (counted.has(key)) return false
  counted.add(key)
  return true
}

/**
 * Counts a change of `collection` inside `req`'s transaction when there is one (the count
 * commits or rolls back with the change; outside it, a write on SQLite would wait for the
 * transaction's own lock), once per transaction and key. True when this call incremented the
 * counter (an instance that subtracts its own increments must count only these).
 */
export async function countChange(
  req: PayloadRequest,
  collection: string,
  scope: ChangeScope,
): Promise<boolean> {
  const db = req.payload.db
  const key = changeKey(collection, scope)
  const transactionID = req.transactionID ? await req.transactionID : undefined
  if (isSqliteDb(db)) {
    const session = transactionID === undefined ? undefined : db.sessions[String(transactionID)]
    if (!firstInTransaction(session, key)) return false
    const target = await sqliteSession(db, req)
    await target.run(
      sql`INSERT INTO ${sql.identifier(CHANGE_COUNTERS_TABLE)} (key, n) VALUES (${key}, 1)
          ON CONFLICT(key) DO UPDATE SET n = n + 1`,
    )
    return true
  }
  if (isMongoDb(db)) {
    const session = transactionID === undefined ? undefined : db.sessions[transactionID]
    if (!firstInTransaction(session, key)) return false
    await db.connection
      .collection<{ _id: string; n: number }>(CHANGE_COUNTERS_TABLE)
      .updateOne({ _id: key }, { $inc: { n: 1 } }, { upsert: true, session })
    return true
  }
  throw new Error(`change counters are not implemented for the ${db.name} adapter`)
}

/** Every counter, by key (a key never counted is absent, which reads as 0). */
export async function readChangeCounters(payload: Payload): Promise<Map<string, number>> {
  const db = payload.db
  const counters = new Map<string, number>()
  if (isSqliteDb(db)) {
    const result = await db.client.execute(`SELECT key, n FROM "${CHANGE_COUNTERS_TABLE}"`)
    for (const row of result.rows) counters.set(String(row.key), Number(row.n))
    return counters
  }
  if (isMongoDb(db)) {
    const rows = await db.connection
      .collection<{ _id: string; n: number }>(CHANGE_COUNTERS_TABLE)
      .find({})
      .toArray()
    for (const row of rows) counters.set(row._id, row.n)
    return counters
  }
  throw new Error(`change counters are not implemented for the ${db.name} adapter`)
}
