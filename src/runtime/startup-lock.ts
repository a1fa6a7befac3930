/**
 * One instance at a time prepares the database at start: the schema (the development push or the
 * production migrations), the first administrator, the default topics and the demo content.
 *
 * Two instances starting together on an empty database otherwise both push the schema (the
 * second fails on "table … already exists" and exits) and both find no administrator and no
 * demo content, so both would create them. The lock is taken before Payload connects — there is
 * no schema yet to keep it in — so it lives beside the data: a file next to the SQLite file
 * (every process on one SQLite file runs on its host), or a document of its own in MongoDB.
 * A holder that died (kill -9, a crash) does not block the others for ever: a lock whose process
 * is gone, or older than STALE_MS, is taken over.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { processIsAlive } from './process-alive.js'
import { databaseKind, MONGO_CONNECT_TIMEOUT_MS } from '../db/adapter.js'

/** Longer than any start-up (the demo import and migrations included) takes on a slow machine. */
const STALE_MS = 10 * 60_000
const RETRY_MS = 250
const LOCK_ID = 'startup'
const LOCK_COLLECTION = 'startup-lock'

export type Release = () => Promise<void>

interface Holder {
  host: string
  pid: number
  at: number
}

const me = (): Holder => ({ host: os.hostname(), pid: process.pid, at: Date.now() })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function parseHolder(text: string): Holder | undefined {
  try {
    const value: unknown = JSON.parse(text)
    if (value && typeof value === 'object' && 'pid' in value && 'at' in value && 'host' in value) {
      const { pid, at, host } = value
      if (typeof pid === 'number' && typeof at === 'number' && typeof host === 'string')
        return { pid, at, host }
    }
  } catch {
    // Half-written by a holder that died while writing it: treated as stale below.
  }
  return undefined
}

function stale(holder: Holder | undefined): boolean {
  if (!holder) return true
  if (Date.now() - holder.at > STALE_MS) return true
  return holder.host === os.hostname() && !processIsAlive(holder.pid)
}

async function lockFile(file: string, say: (line: string) => void): Promise<Release> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  let waiting = false
  for (;;) {
    try {
      fs.writeFileSync(file, JSON.stringify(me()), { flag: 'wx' })
      return async () => fs.rmSync(file, { force: true })
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
    }
    let text = ''
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch {
      continue // released between our attempt and this read
    }
    // An empty file is one being written this instant, not a dead holder.
    if (text && stale(parseHolder(text))) {
      // Renamed before removal, so that of two instances finding it stale only one removes it.
      const moved = `${file}.${process.pid}.stale`
      try {
        fs.renameSync(file, moved)
        fs.rmSync(moved, { force: true })
      } catch {
        // The other one moved it first.
      }
      continue
    }
    if (!waiting) say('Waiting for another instance to finish preparing the database…')
    waiting = true
    await sleep(RETRY_MS)
  }
}

async function lockMongo(uri: string, say: (line: string) => void): Promise<Release> {
  // The lock is the first contact with the server: an unreachable one is said as boot says it.
  const { assertMongoReachable } = await import('../db/preflight.js')
  await assertMongoReachable(uri)
  // Loaded here: a SQLite installation never needs the driver in memory.
  const { MongoClient, MongoServerError } = await import('mongodb')
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: MONGO_CONNECT_TIMEOUT_MS,
    connectTimeoutMS: MONGO_CONNECT_TIMEOUT_MS,
  })
  await client.connect()
  const locks = client.db().collection<Holder & { _id: string }>(LOCK_COLLECTION)
  const holder = me()
  let waiting = false
  try {
    for (;;) {
      try {
        // `_id` is unique in every collection: one insert wins.
        await locks.insertOne({ _id: LOCK_ID, ...holder, at: Date.now() })
        break
      } catch (error) {
        if (!(error instanceof MongoServerError && error.code === 11000)) throw error
      }
      const current = await locks.findOne({ _id: LOCK_ID })
      if (current && stale(current)) {
        // Only the instance that still sees this holder removes it.
        await locks.deleteOne({ _id: LOCK_ID, pid: current.pid, at: current.at })
        continue
      }
      if (!waiting) say('Waiting for another instance to finish preparing the database…')
      waiting = true
      await sleep(RETRY_MS)
    }
  } catch (error) {
    await client.close()
    throw error
  }
  return async () => {
    try {
      await locks.deleteOne({ _id: LOCK_ID, host: holder.host, pid: holder.pid })
    } finally {
      await client.close()
    }
  }
}

/** Waits until this process holds the database's start-up lock; call the result to release it. */
export async function acquireStartupLock(
  uri: string,
  say: (line: string) => void,
): Promise<Release> {
  const kind = databaseKind(uri)
  if (kind === 'mongodb') return lockMongo(uri, say)
  const file = uri.replace(/^file:/, '')
  if (kind !== 'sqlite' || !file || file === ':memory:') return async () => undefined
  return lockFile(`${path.resolve(file)}.startup-lock`, say)
}
