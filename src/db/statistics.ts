/**
 * Keeps SQLite's planner statistics (sqlite_stat1) current.
 *
 * Statistics taken once at boot describe the database as it was then: one that was empty at its
 * first start and filled afterwards (every real one) had none for its content, and SQLite picked
 * the two-valued `_status` index and sorted every published row for each list — a cursor page at
 * 10,000 articles took 2.8 s without statistics, 170 ms with them. (The list order now has an
 * index of its own, collections/Articles.ts, which serves it either way; Payload's other queries
 * still depend on statistics.) So ANALYZE runs at boot, after bulk writes
 * (demo seed, CLI import) and every `SQLITE_ANALYZE_INTERVAL_MINUTES` (default 10) when anything
 * was written since the last run.
 *
 * `PRAGMA optimize` would be the usual tool, but the SQLite inside libsql (3.45) only looks at
 * tables this connection's own queries used since it opened, so right after boot it does nothing
 * (measured: no statistics written on a 10,000-article database without any).
 *
 * Cheap: `analysis_limit` samples at most ANALYSIS_LIMIT rows per index, so a run costs about
 * the same at any size — at 10,000 articles (290 MB) 1.6–12.4 ms against 39–80 ms for a full
 * ANALYZE (libsql answers synchronously: that is event-loop time). Safe with several instances on one
 * file: ANALYZE is idempotent and takes the write lock only to store its rows (busy_timeout
 * covers a concurrent writer).
 */
import type { Payload } from 'payload'
import { ConfigurationError } from '../runtime/env.js'
import { isSqliteDb, type SqliteDb } from './sqlite.js'

const ANALYSIS_LIMIT = 400
export const DEFAULT_ANALYZE_INTERVAL_MINUTES = 10

/** What the connection had seen at the last run: other connections' commits and its own changes. */
const lastSeen = new WeakMap<Payload, string>()

async function changeMark(db: SqliteDb): Promise<string> {
  const version = await db.client.execute('PRAGMA data_version')
  const own = await db.client.execute('SELECT total_changes() AS n')
  return `${String(version.rows[0]?.[0])}:${String(own.rows[0]?.[0])}`
}

export interface StatisticsRun {
  ran: boolean
  ms: number
}

/**
 * ANALYZE (sampled) when anything was written since the last run on this connection, or always
 * with `force`. Does nothing on other databases (MongoDB keeps no such statistics).
 */
export async function refreshStatistics(
  payload: Payload,
  { force = false }: { force?: boolean } = {},
): Promise<StatisticsRun> {
  const db = payload.db
  if (!isSqliteDb(db)) return { ran: false, ms: 0 }
  if (!force && lastSeen.get(payload) === (await changeMark(db))) return { ran: false, ms: 0 }
  const started = performance.now()
  await db.client.execute(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
  await db.client.execute('ANALYZE')
  const ms = performance.now() - started
  lastSeen.set(payload, await changeMark(db))
  return { ran: true, ms }
}

/** Minutes between statistics refreshes; 0 turns the periodic refresh off. */
export function analyzeIntervalMinutes(
  value = process.env.SQLITE_ANALYZE_INTERVAL_MINUTES,
): number {
  if (value === undefined || value.trim() === '') return DEFAULT_ANALYZE_INTERVAL_MINUTES
  const minutes = Number(value)
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new ConfigurationError(
      `SQLITE_ANALYZE_INTERVAL_MINUTES must be a number of minutes (0 = off), got "${value}"`,
    )
  return minutes
}

/** Refreshes the statistics every `minutes` (when something changed); returns a stop function. */
export function keepStatisticsCurrent(
  payload: Payload,
  minutes = analyzeIntervalMinutes(),
): () => void {
  if (minutes === 0 || !isSqliteDb(payload.db)) return () => undefined
  const timer = setInterval(() => {
    refreshStatistics(payload)
      .then(({ ran, ms }) => {
        if (ran) payload.logger.debug(`sqlite: statistics refreshed in ${ms.toFixed(1)} ms`)
      })
      .catch((error: unknown) =>
        payload.logger.warn({ err: error }, 'sqlite: refreshing statistics failed'),
      )
  }, minutes * 60_000)
  timer.unref()
  return () => clearInterval(timer)
}
