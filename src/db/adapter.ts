import { sqliteBusyTimeoutMs } from './busy.js'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { dataRoot, projectRoot } from '../paths.js'
import { migrations } from '../migrations/index.js'
import { withExclusiveJobPickup } from './exclusive-jobs.js'
import { withMonotonicVersions } from './monotonic-versions.js'
import { withExtraLocales } from './extra-locales.js'
import { addLookupIndexes } from './sqlite-indexes.js'
import { addThrottleTable } from './throttle-table.js'
import { addChangeCountersTable } from './change-counters.js'
import { installStatementCache } from './statement-cache.js'
import { withIdsUpgradedBeforePush } from './autoincrement-before-push.js'

export type DatabaseKind = 'sqlite' | 'mongodb' | 'postgres'

export const MONGO_CONNECT_TIMEOUT_MS = 4000

export function databaseKind(uri: string | undefined): DatabaseKind {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  throw new Error(
    `DATABASE_URI "${redactUri(uri)}" is not supported: use file:<path> (SQLite), mongodb://… or mongodb+srv://…`,
  )
}

export function defaultSqliteUri(): string {
  return `file:${path.join(dataRoot, 'cms.db')}`
}

/** Hides credentials before a URI goes into a log line or an error message. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^@/]+)@/, '//***@')
}

export function mongoHost(uri: string): string {
  const match = uri.match(/^mongodb(?:\+srv)?:\/\/(?:[^@/]+@)?([^/?]+)/)
  return match ? match[1] : uri
}

const migrationDir = path.join(projectRoot, 'src', 'migrations')

export function databaseAdapter(
  uri: string | undefined,
  { production }: { production: boolean },
): DatabaseAdapterObj {
  const kind = databaseKind(uri)
  // A mongodb kind always has its URI; the check narrows it for the compiler.
  if (kind === 'mongodb' && uri) {
    return withMonotonicVersions(
      withExclusiveJobPickup(
        withExtraLocales(
          mongooseAdapter({
            url: uri,
            connectOptions: {
              serverSelectionTimeoutMS: MONGO_CONNECT_TIMEOUT_MS,
              connectTimeoutMS: MONGO_CONNECT_TIMEOUT_MS,
            },
          }),
        ),
      ),
    )
  }
  if (kind === 'postgres') {
    throw new Error('PostgreSQL is not wired in yet: use SQLite (file:) or MongoDB (mongodb://).')
  }
  installStatementCache()
  const url = uri ?? defaultSqliteUri()
  const sqlite = sqliteAdapter({
    client: { url },
    // Schema push is for development; production applies the committed migrations at start.
    push: !production,
    migrationDir,
    prodMigrations: production ? migrations : undefined,
    // Short: libsql waits for a lock blocking the event loop; a write that cannot get it is a 503.
    busyTimeout: sqliteBusyTimeoutMs(),
    // SQLite's AUTOINCREMENT: an id is never handed out twice, not even the highest one after
    // its row was deleted (without it a new article took the deleted one's id, and with it
    // everything else still keyed by that id). Migration 20261201_231621_autoincrement_ids.
    autoIncrement: true,
    // NORMAL is the recommended level with WAL: a commit no longer waits for an fsync, and the
    // database stays consistent after a crash (only the last commits can be lost on power loss).
    wal: { synchronous: 'NORMAL' },
    beforeSchemaInit: [addThrottleTable, addChangeCountersTable],
    afterSchemaInit: [addLookupIndexes],
  })
  return withMonotonicVersions(
    withExclusiveJobPickup(
      withExtraLocales(production ? sqlite : withIdsUpgradedBeforePush(sqlite, url)),
    ),
  )
}
