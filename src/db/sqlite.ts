import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, Payload, PayloadRequest } from 'payload'

/** `payload.db` when it is the SQLite adapter, with that adapter's own fields (client, schema, sessions…). */
export type SqliteDb = Payload['db'] & SQLiteAdapter

/** The SQLite adapter names itself 'sqlite' (@payloadcms/db-sqlite, `name: 'sqlite'` in its init). */
export function isSqliteDb(db: Payload['db'] | BaseDatabaseAdapter): db is SqliteDb {
  return db.name === 'sqlite'
}

/**
 * The drizzle instance a raw statement for `req` runs on: its transaction's when it has one (the
 * statement commits or rolls back with it; outside it, a write would wait for the transaction's
 * own lock), else the adapter's. What @payloadcms/drizzle's getTransaction does (not exported).
 */
export async function sqliteSession(db: SqliteDb, req?: Partial<PayloadRequest>) {
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session = transactionID === undefined ? undefined : db.sessions[String(transactionID)]
  const target = session?.db ?? db.drizzle
  // The shared drizzle types include PostgreSQL's transaction, which has no run() or get().
  if (!('run' in target) || !('get' in target)) throw new Error('the SQLite session has no run()')
  return target
}
