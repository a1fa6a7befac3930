/**
 * A real transaction on SQLite for a process that is the only writer of its own (the import CLI).
 *
 * The libsql adapter runs without transactions here (see src/ingest/atomic.ts for why), so this
 * opens a second connection to the same file, begins `BEGIN IMMEDIATE` on it and registers it as
 * a Payload session: every Local API call made with `req.transactionID` set runs on that
 * connection, inside the transaction, and a crash before COMMIT leaves nothing behind.
 *
 * Not for the server: while the transaction holds the write lock, a write on the main connection
 * in the same process waits synchronously (libsql blocks the event loop in its busy handler), so
 * the transaction could not finish until that write times out.
 */
import { randomUUID } from 'node:crypto'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Payload } from 'payload'
import { isSqliteDb, type SqliteDb } from './sqlite.js'

type Dedicated = ReturnType<typeof drizzle<Record<string, unknown>>>

/**
 * The adapter's sessions as this module uses them. The adapter types a session's `db` as a drizzle
 * transaction; Payload only runs queries on it, so the whole dedicated connection (inside its own
 * BEGIN IMMEDIATE) stands in for one.
 */
type Sessions = Record<
  string,
  { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
>

interface Connection {
  db: Dedicated
  /** Serialises transactions: one connection holds one transaction at a time. */
  queue: Promise<void>
}

const connections = new WeakMap<Payload, Connection>()

function sqliteAdapter(payload: Payload): SqliteDb | null {
  const db = payload.db
  return isSqliteDb(db) && db.clientConfig?.url.startsWith('file:') ? db : null
}

export function canUseDedicatedTransaction(payload: Payload): boolean {
  return sqliteAdapter(payload) !== null
}

async function connection(payload: Payload, adapter: SqliteDb): Promise<Connection> {
  const existing = connections.get(payload)
  if (existing) return existing
  const db = drizzle({
    connection: { url: adapter.clientConfig.url },
    schema: adapter.schema,
  })
  await db.$client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout ?? 5000}`)
  await db.$client.execute('PRAGMA synchronous = NORMAL')
  // A batch import commits once per document, and every 1,000 WAL pages (SQLite's default) one
  // commit also checkpoints and fsyncs the database. bench:import, 500 documents, alternating runs:
  // COMMIT was 18–21% of the statement time with the default, 13–14% checkpointing every 10,000
  // pages (~40 MB, under the adapter's 64 MB journal size limit). Only this connection's commits
  // change; the server's connection keeps the default.
  await db.$client.execute('PRAGMA wal_autocheckpoint = 10000')
  const created: Connection = { db, queue: Promise.resolve() }
  connections.set(payload, created)
  return created
}

/**
 * Runs `work` with a transaction id that Payload's Local API accepts as `req.transactionID`;
 * commits when it resolves, rolls back when it throws. Transactions queue one after another.
 */
export async function withDedicatedTransaction<T>(
  payload: Payload,
  work: (transactionID: string) => Promise<T>,
): Promise<T> {
  const adapter = sqliteAdapter(payload)
  if (!adapter)
    throw new Error('A dedicated transaction needs the SQLite adapter on a file database.')
  const conn = await connection(payload, adapter)
  const previous = conn.queue
  let release!: () => void
  conn.queue = new Promise<void>((resolve) => (release = resolve))
  await previous
  const id = randomUUID()
  const sessions: Sessions = adapter.sessions
  const client = conn.db.$client
  let open = true
  const finish = async (statement: 'COMMIT' | 'ROLLBACK') => {
    if (!open) return
    open = false
    await client.execute(statement)
  }
  try {
    await client.execute('BEGIN IMMEDIATE')
    // Payload calls resolve/reject through commitTransaction/rollbackTransaction (an operation that
    // fails inside rolls the whole transaction back, as it would with the adapter's own transactions).
    sessions[id] = {
      db: conn.db,
      resolve: () => finish('COMMIT'),
      reject: () => finish('ROLLBACK'),
    }
    const result = await work(id)
    if (!sessions[id]) throw new Error('The transaction was rolled back by a failing operation.')
    delete sessions[id]
    await finish('COMMIT')
    return result
  } catch (error) {
    delete sessions[id]
    await finish('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    release()
  }
}

/** Closes the dedicated connection (before payload.destroy()). */
export function closeDedicatedConnection(payload: Payload): void {
  const conn = connections.get(payload)
  if (!conn) return
  connections.delete(payload)
  conn.db.$client.close()
}
