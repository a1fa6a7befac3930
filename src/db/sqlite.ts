import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/** `payload.db` when it is the SQLite adapter, with that adapter's own fields (client, schema, sessions…). */
export type SqliteDb = Payload['db'] & SQLiteAdapter

/** The SQLite adapter names itself 'sqlite' (@payloadcms/db-sqlite, `name: 'sqlite'` in its init). */
export function isSqliteDb(db: Payload['db']): db is SqliteDb {
  return db.name === 'sqlite'
}
