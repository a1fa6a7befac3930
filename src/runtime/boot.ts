import fs from 'node:fs'
import path from 'node:path'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { databaseKind, defaultSqliteUri } from '../db/adapter.js'
import { assertMongoReachable } from '../db/preflight.js'
import { refreshStatistics } from '../db/statistics.js'

export interface Booted {
  payload: Payload
  config: SanitizedConfig
}

function ensureSqliteFolder(uri: string): void {
  const file = uri.replace(/^file:/, '')
  if (file && file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * On Node 20 'lexical' is loaded on its own before the config: importing
 * @payloadcms/richtext-lexical in a fresh process otherwise stalls forever in some runs
 * (measured with `node --import tsx`, loading the config alone: 9 of 12 runs completed on
 * 20.20; 12 of 12 with 'lexical' loaded first). Node 22 needs no such step (22.23: 18 of 18
 * without it), so the step goes when Node 20 does.
 */
export async function loadConfig(): Promise<SanitizedConfig> {
  if (process.versions.node.startsWith('20.')) await import('lexical')
  const { default: configPromise } = await import('../payload.config.js')
  return configPromise
}

/**
 * Boots Payload for the configured database. Reads process.env, so the environment must be
 * complete before this is called (the config module is imported here, not at load time).
 */
export async function bootPayload({ cron = false }: { cron?: boolean } = {}): Promise<Booted> {
  const uri = process.env.DATABASE_URI
  const kind = databaseKind(uri)
  if (kind === 'mongodb' && uri) await assertMongoReachable(uri)
  if (kind === 'sqlite') ensureSqliteFolder(uri ?? defaultSqliteUri())
  const config = await loadConfig()
  const payload = await getPayload({ config, cron })
  if (kind === 'sqlite') await optimizeSqlite(payload)
  return { payload, config }
}

/**
 * Without statistics SQLite picks the `_status` index for published lists and scans the
 * locales tables: ~100× slower at 1,000 documents. Sampled ANALYZE at boot and after bulk
 * writes (src/db/statistics.ts; the server also refreshes them periodically).
 */
export async function optimizeSqlite(payload: Payload): Promise<void> {
  await refreshStatistics(payload, { force: true })
}
