/**
 * Cold start: `npm run bench:cold-start -- [--articles 10000] [--rounds 3]`
 *
 * Issue 16, target 6: with 10,000 published articles, the first 200 on `/v1/articles` within 10 s
 * of starting the process (API only), search ready in the background (`/ready/search`), and the
 * process's RSS with no data at all ≤ 250 MB. Compares, in alternating rounds on copies of the
 * same database, the two ways to run the server:
 *   tsx      — `node --import tsx src/start.ts` (TypeScript compiled at every start; `npm start`)
 *   compiled — `node dist/src/start.js` after `npm run build` (what the Docker image runs)
 * Both in production mode (committed migrations, no schema push), ADMIN=off, SEED_DEMO=off.
 * The database is built once by the compiled server (its migrations), then filled like
 * bench:delivery fills its own (bench/seed-articles.ts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { numericArgument } from './arguments.js'
import { spread } from './figures.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ARTICLES = numericArgument('articles', 10_000)
const ROUNDS = numericArgument('rounds', 3)
const FIRST_200_TARGET_S = 10
const EMPTY_RSS_TARGET_MB = 250

type Variant = 'tsx' | 'compiled'
const COMMANDS: Record<Variant, string[]> = {
  tsx: ['--import', 'tsx', 'src/start.ts'],
  compiled: ['dist/src/start.js'],
}

interface Start {
  first200Ms: number
  searchReadyMs: number
  rssAtFirst200Mb: number
  rssAtReadyMb: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resident memory of a process, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return kb / 1024
}

function environment(dataDir: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    ADMIN: 'off',
    SEED_DEMO: 'off',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    SERVER_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
    PAYLOAD_SECRET: 'bench-cold-start-secret',
    ADMIN_EMAIL: 'bench@example.org',
    ADMIN_PASSWORD: 'bench-password-1234',
    ENV_FILE: path.join(dataDir, '.env'),
    SQLITE_ANALYZE_INTERVAL_MINUTES: '0',
  }
}

async function answered(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status === 200
  } catch {
    return false
  }
}

/** Starts one server on a copy of `dataDir`, measures, and stops it. */
async function measureStart(variant: Variant, dataDir: string, port: number): Promise<Start> {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), `cold-${variant}-`))
  for (const name of fs.readdirSync(dataDir))
    if (name.startsWith('cms.db')) fs.copyFileSync(path.join(dataDir, name), path.join(copy, name))
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child: ChildProcess = spawn(process.execPath, COMMANDS[variant], {
    cwd: root,
    env: environment(copy, port),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  try {
    const pid = child.pid ?? 0
    let first200Ms = 0
    let rssAtFirst200Mb = 0
    const deadline = started + 300_000
    while (performance.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`${variant} server exited with ${child.exitCode}`)
      if (!first200Ms && (await answered(`${base}/v1/articles?limit=10`))) {
        first200Ms = performance.now() - started
        rssAtFirst200Mb = rssMb(pid)
      }
      if (first200Ms && (await answered(`${base}/ready/search`)))
        return {
          first200Ms,
          searchReadyMs: performance.now() - started,
          rssAtFirst200Mb,
          rssAtReadyMb: rssMb(pid),
        }
      await sleep(25)
    }
    throw new Error(`${variant} server not ready within 300 s`)
  } finally {
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
    fs.rmSync(copy, { recursive: true, force: true })
  }
}

async function seedDatabase(dataDir: string, port: number, articles: number): Promise<void> {
  // The schema as production has it: the compiled server applies the committed migrations.
  const first = spawn(process.execPath, COMMANDS.compiled, {
    cwd: root,
    env: environment(dataDir, port),
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  while (!(await answered(`http://127.0.0.1:${port}/health`))) {
    if (first.exitCode !== null) throw new Error(`seeding server exited with ${first.exitCode}`)
    await sleep(100)
  }
  first.kill('SIGTERM')
  await new Promise((resolve) => first.once('exit', resolve))
  if (articles === 0) return
  // Then the articles, through the Local API of a process on the same file.
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'bench/cold-start-seed.ts', String(articles)],
    {
      cwd: root,
      env: environment(dataDir, port),
      stdio: 'inherit',
    },
  )
}

async function main(): Promise<void> {
  console.log('Building the server (npm run build)…')
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' })
  const port = 39_000 + Math.floor(Math.random() * 1000)
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-empty-'))
  const full = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-full-'))
  try {
    await seedDatabase(empty, port, 0)
    console.log(`Seeding ${ARTICLES} published articles…`)
    await seedDatabase(full, port, ARTICLES)
    const results: Record<Variant, { empty: Start[]; full: Start[] }> = {
      tsx: { empty: [], full: [] },
      compiled: { empty: [], full: [] },
    }
    for (let round = 0; round < ROUNDS; round++)
      for (const variant of round % 2
        ? (['compiled', 'tsx'] as const)
        : (['tsx', 'compiled'] as const)) {
        results[variant].empty.push(await measureStart(variant, empty, port))
        results[variant].full.push(await measureStart(variant, full, port))
      }
    const s = (values: number[]) =>
      spread(
        values.map((ms) => ms / 1000),
        1,
      )
    const mb = (values: number[]) => spread(values)
    console.log(
      `\ncold start, ${ROUNDS} alternating rounds (ranges over rounds); targets: first 200 with ${ARTICLES} articles ≤ ${FIRST_200_TARGET_S} s, RSS with no data ≤ ${EMPTY_RSS_TARGET_MB} MB`,
    )
    console.log(
      `${'variant'.padEnd(10)}${'first 200 (empty)'.padStart(19)}${'RSS empty'.padStart(12)}${`first 200 (${ARTICLES})`.padStart(20)}${'search ready'.padStart(15)}${'RSS ready'.padStart(12)}`,
    )
    for (const variant of ['tsx', 'compiled'] as const) {
      const { empty: e, full: f } = results[variant]
      const firstFull = f.map((r) => r.first200Ms)
      const rssEmpty = e.map((r) => r.rssAtReadyMb)
      console.log(
        `${variant.padEnd(10)}${`${s(e.map((r) => r.first200Ms))} s`.padStart(19)}${`${mb(rssEmpty)} MB`.padStart(12)}${`${s(firstFull)} s`.padStart(20)}${`${s(f.map((r) => r.searchReadyMs))} s`.padStart(15)}${`${mb(f.map((r) => r.rssAtReadyMb))} MB`.padStart(12)}` +
          `  ${Math.max(...firstFull) <= FIRST_200_TARGET_S * 1000 ? '✓' : '✗'} first 200, ${Math.max(...rssEmpty) <= EMPTY_RSS_TARGET_MB ? '✓' : '✗'} RSS`,
      )
    }
  } finally {
    fs.rmSync(empty, { recursive: true, force: true })
    fs.rmSync(full, { recursive: true, force: true })
  }
}

await main()
