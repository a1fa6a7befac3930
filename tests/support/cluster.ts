/**
 * Two (or more) real server processes (`src/start.ts`) on one database, for the cluster suite.
 *
 * The database is a SQLite file in the cluster's temporary folder, or, when MONGODB_TEST_URI is
 * set, a MongoDB database of its own on that server (a unique name per cluster, dropped at the
 * end), so the same scenarios run against the production database kind.
 * Every wait is a generous bound that only guards against a hang; nothing measures time.
 */
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { MongoClient } from 'mongodb'
import { startBalancer, type Balancer } from './load-balancer.js'
import { freePort, runScript, serverEnv, tempDir, type Running } from './spawn.js'

/** `call(BALANCED, …)`: through the load balancer (startBalancer) instead of one instance. */
export const BALANCED = 'balanced'
export const CLUSTER_SECRET = 'cluster-test-secret-not-for-production'
export const READY = /CMS ready/
export const START_BOUND_MS = 180_000

/** The database kind the suite runs against, said once per file so a skipped variant is visible. */
export function announceDatabase(file: string): void {
  const mongo = process.env.MONGODB_TEST_URI
  console.log(
    mongo
      ? `${file}: running against MongoDB (MONGODB_TEST_URI, a fresh database per cluster)`
      : `${file}: running against SQLite only; the MongoDB variant was NOT run (set MONGODB_TEST_URI to run it)`,
  )
}

/** `uri` with its database name (the path after the hosts) replaced by `name`, options kept. */
export function withDatabaseName(uri: string, name: string): string {
  const match = uri.match(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/)
  if (!match)
    throw new Error('MONGODB_TEST_URI must look like mongodb://host[:port][/db][?options]')
  return `${match[1]}/${name}${match[2] ?? ''}`
}

export interface Answer {
  status: number
  body: Record<string, any>
}

export class Cluster {
  readonly dir = tempDir('cms-cluster-')
  readonly databaseUri: string
  readonly runs: Running[] = []
  readonly bases: string[] = []
  token = ''
  balancer?: Balancer
  private readonly mongoName?: string

  constructor(private readonly env: Record<string, string | undefined> = {}) {
    const mongo = process.env.MONGODB_TEST_URI
    if (mongo) {
      this.mongoName = `cms_cluster_${randomBytes(6).toString('hex')}`
      this.databaseUri = withDatabaseName(mongo, this.mongoName)
    } else {
      this.databaseUri = `file:${path.join(this.dir, 'cms.db')}`
    }
  }

  /** Starts one instance; `slot` reuses a stopped instance's place (and port) in `bases`. */
  async start(
    slot = this.runs.length,
    extra: Record<string, string | undefined> = {},
  ): Promise<Running> {
    const port = this.bases[slot] ? Number(new URL(this.bases[slot]).port) : await freePort()
    const run = runScript(
      'src/start.ts',
      serverEnv(this.dir, port, {
        PAYLOAD_SECRET: CLUSTER_SECRET,
        DATABASE_URI: this.databaseUri,
        ...this.env,
        ...extra,
      }),
    )
    this.runs[slot] = run
    this.bases[slot] = `http://127.0.0.1:${port}`
    return run
  }

  /** Starts `count` instances at the same moment and waits until every one says it is ready. */
  async startTogether(count: number): Promise<Running[]> {
    const started = await Promise.all(Array.from({ length: count }, (_, slot) => this.start(slot)))
    await Promise.all(started.map((run) => run.waitFor(READY, START_BOUND_MS)))
    return started
  }

  /** Starts `count` instances one after the other: the first creates the schema, the rest find it. */
  async startInTurn(count: number): Promise<void> {
    for (let slot = 0; slot < count; slot++)
      await (await this.start(slot)).waitFor(READY, START_BOUND_MS)
  }

  /** Starts a load balancer process in front of every instance started so far. */
  async startBalancer(): Promise<Balancer> {
    this.balancer = await startBalancer(this.dir, this.bases)
    return this.balancer
  }

  /** Instance `which` (taken modulo the instance count), or the load balancer. */
  base(which: number | typeof BALANCED): string {
    if (which !== BALANCED) return this.bases[which % this.bases.length]
    if (!this.balancer) throw new Error('startBalancer() first')
    return this.balancer.base
  }

  /** A request to instance `which` (or through the balancer), as the signed-in user. */
  async call(
    which: number | typeof BALANCED,
    method: string,
    url: string,
    json?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const res = await fetch(`${this.base(which)}${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en',
        ...(this.token ? { authorization: `JWT ${this.token}` } : {}),
        ...headers,
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    })
    const text = await res.text()
    let body: Record<string, any> = {}
    try {
      body = text ? JSON.parse(text) : {}
    } catch {
      body = { text }
    }
    return { status: res.status, body }
  }

  async ok(answer: Promise<Answer>, status = 200): Promise<Record<string, any>> {
    const got = await answer
    if (got.status !== status)
      throw new Error(`expected ${status}, got ${got.status}: ${JSON.stringify(got.body)}`)
    return got.body
  }

  async login(email: string, password: string): Promise<void> {
    this.token = (
      await this.ok(this.call(0, 'POST', '/api/users/login', { email, password }))
    ).token
  }

  /** SIGTERM, then SIGKILL for whatever has not ended after a generous grace. */
  async stop(slot?: number): Promise<void> {
    if (slot === undefined) await this.balancer?.stop()
    const runs = slot === undefined ? this.runs : [this.runs[slot]]
    const alive = runs.filter((run): run is Running => Boolean(run) && run.child.exitCode === null)
    for (const run of alive) run.child.kill('SIGTERM')
    await Promise.all(alive.map((run) => Promise.race([run.exited, sleep(20_000)])))
    for (const run of alive) if (run.child.exitCode === null) run.child.kill('SIGKILL')
    await Promise.all(alive.map((run) => Promise.race([run.exited, sleep(5_000)])))
  }

  /** Stops every instance, then removes the folder (and the MongoDB database). */
  async close(): Promise<void> {
    await this.stop()
    // CLUSTER_LOG_DIR keeps every instance's output and the folder (SQLite file included), to
    // read after a failed run.
    const logs = process.env.CLUSTER_LOG_DIR
    if (logs) {
      fs.mkdirSync(logs, { recursive: true })
      for (const [slot, run] of this.runs.entries())
        fs.writeFileSync(path.join(logs, `${path.basename(this.dir)}-${slot}.log`), run.output())
      console.log(`cluster folder kept: ${this.dir}`)
    } else fs.rmSync(this.dir, { recursive: true, force: true })
    if (this.mongoName) {
      const client = new MongoClient(this.databaseUri, { serverSelectionTimeoutMS: 5000 })
      try {
        await client.connect()
        await client.db(this.mongoName).dropDatabase()
      } finally {
        await client.close()
      }
    }
  }

  /** The output of every instance, for a failure message. */
  output(): string {
    return this.runs.map((run, slot) => `--- instance ${slot} ---\n${run?.output()}`).join('\n')
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Polls `check` until it returns a value other than undefined; fails after `boundMs` (a hang
 * guard). `what` may be a function, to name in the failure what was last seen.
 */
export async function until<T>(
  what: string | (() => string),
  check: () => Promise<T | undefined>,
  boundMs = 120_000,
  everyMs = 500,
): Promise<T> {
  const give = Date.now() + boundMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > give)
      throw new Error(
        `gave up waiting for ${typeof what === 'string' ? what : what()} after ${boundMs} ms`,
      )
    await sleep(everyMs)
  }
}
