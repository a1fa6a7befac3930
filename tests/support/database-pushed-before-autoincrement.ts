/**
 * Run as a script (`node --import tsx tests/support/database-pushed-before-autoincrement.ts`, in
 * the environment of a development start): builds the SQLite file at DATABASE_URI as a development
 * start's schema push built it before ids were AUTOINCREMENT. Today's start pushes the schema and
 * writes the demo content; the migration's own `removeAutoincrement` then takes the tables back to
 * their earlier definitions, rows and all.
 */
import { isSqliteDb } from '../../src/db/sqlite.js'
import { loadEnvironment } from '../../src/runtime/env.js'

loadEnvironment()
const { bootPayload } = await import('../../src/runtime/boot.js')
const { ensureAdminAccount } = await import('../../src/seed/admin-account.js')
const { seedDemoContent } = await import('../../src/seed/demo.js')
const { seedsDir } = await import('../../src/paths.js')
const { removeAutoincrement } =
  await import('../../src/migrations/20261201_231621_autoincrement_ids.js')

const { payload } = await bootPayload()
const db = payload.db
if (!isSqliteDb(db)) throw new Error('This script builds SQLite databases only.')
await ensureAdminAccount(payload)
await seedDemoContent(payload, seedsDir)
await removeAutoincrement(db.drizzle)
process.exit(0)
