/**
 * The table the login throttle counts failures in (src/auth/login-throttle.ts), in the shape
 * rate-limiter-flexible's RateLimiterDrizzle reads and writes: one row per key, its points and
 * when they expire. Added to Payload's SQLite schema so that migrations create it and the schema
 * push keeps it; on MongoDB, RateLimiterMongo creates its own collection and TTL index.
 */
import { integer, sqliteTable, text } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite/types'

export const THROTTLE_TABLE = 'login_throttle'

export const throttleTable = sqliteTable(THROTTLE_TABLE, {
  key: text('key').primaryKey(),
  points: integer('points').notNull(),
  expire: integer('expire', { mode: 'timestamp_ms' }),
})

export const addThrottleTable: SQLiteSchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, [THROTTLE_TABLE]: throttleTable },
})
