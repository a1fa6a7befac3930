import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return dir
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

export interface Running {
  child: ChildProcess
  output: () => string
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<RegExpMatchArray>
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Runs a project script in a child process, as `npm start` / `npm run import` would. */
export function runScript(
  script: string,
  env: Record<string, string | undefined>,
  args: string[] = [],
): Running {
  const started = Date.now()
  const cleanEnv: Record<string, string> = {}
  for (const [key, value] of Object.entries({
    ...process.env,
    NODE_OPTIONS: '',
    JEST_WORKER_ID: undefined,
    ...env,
  })) {
    if (value !== undefined) cleanEnv[key] = value
  }
  // `node --import tsx`, not the tsx CLI: the CLI relays a signal to its child and SIGKILLs it when
  // the child has not acknowledged within 30 ms, which on a loaded machine turned a graceful SIGTERM
  // into exit code 143 (tsx 4, dist/cli.mjs relaySignals).
  // A compiled script (dist/…/*.js, `npm run build`) runs as it is, as production runs it.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : []
  const child = spawn(process.execPath, [...loader, script, ...args], {
    cwd: projectRoot,
    env: cleanEnv as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return watch(child, started)
}

/** Runs a program (not a Node script) in a child process, its output collected like runScript's. */
export function runProgram(program: string, args: string[]): Running {
  const started = Date.now()
  return watch(
    spawn(program, args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] }),
    started,
  )
}

function watch(child: ChildProcess, started: number): Running {
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  const waitFor = (pattern: RegExp, timeoutMs: number) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = output.match(pattern)
        if (match) {
          clearInterval(timer)
          resolve(match)
        } else if (Date.now() - started > timeoutMs || child.exitCode !== null) {
          clearInterval(timer)
          reject(new Error(`did not see ${pattern} within ${timeoutMs} ms; output:\n${output}`))
        }
      }, 100)
    })
  return { child, output: () => output, waitFor, exited }
}

/**
 * The exit of a run that must end by itself, failing the test if it still runs after `boundMs`.
 * The bound only guards against a hang: it is deliberately generous, never a speed assertion.
 */
export async function exitWithin(
  run: Running,
  boundMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  let timer: NodeJS.Timeout | undefined
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      run.child.kill('SIGKILL')
      reject(new Error(`still running after ${boundMs} ms (killed); output:\n${run.output()}`))
    }, boundMs)
  })
  try {
    return await Promise.race([run.exited, hung])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * The environment of `npm start` (src/start.ts) in its own temporary folder, as an operator's first
 * start: the SQLite file, media and .env in `dir`, API only, no demo content, not production, no
 * SERVER_URL; `env` adds or overrides (e.g. ADMIN: 'on', NODE_ENV: 'production').
 */
export function serverEnv(
  dir: string,
  port: number,
  env: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  return {
    ADMIN: 'off',
    SEED_DEMO: 'off',
    PORT: String(port),
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    ENV_FILE: path.join(dir, '.env'),
    NODE_ENV: undefined,
    SERVER_URL: undefined,
    ...env,
  }
}
