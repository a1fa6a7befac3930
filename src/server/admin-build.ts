import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../paths.js'
import { processIsAlive } from '../runtime/process-alive.js'

const buildIdFile = path.join(projectRoot, '.next', 'BUILD_ID')
const fingerprintFile = path.join(projectRoot, '.next', 'source-fingerprint')

/**
 * Everything the admin bundle is built from: the Next app and Payload config import collections,
 * hooks and most of src/, and the installed packages are pinned by the lock file and changed by
 * our patches (patch-package, applied at install).
 */
const sourceRoots = ['src', 'collections', 'patches']
const sourceFiles = ['next.config.mjs', 'tsconfig.json', 'package-lock.json']

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** A hash of the admin's sources (paths and contents); ~400 files, a few milliseconds. */
export function adminSourceFingerprint(): string {
  const files = [
    ...sourceRoots.flatMap((root) => listFiles(path.join(projectRoot, root))),
    ...sourceFiles
      .map((file) => path.join(projectRoot, file))
      .filter((file) => fs.existsSync(file)),
  ].sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(path.relative(projectRoot, file)).update('\0')
    hash.update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export type AdminBuildState = 'missing' | 'stale' | 'current'

/**
 * Whether `.next` holds a build of the sources as they are now. A build made without our
 * fingerprint (a bare `next build`) counts as current: we cannot tell, and rebuilding a
 * deliberately built image at every start would be worse.
 */
export function adminBuildState(): AdminBuildState {
  if (!fs.existsSync(buildIdFile)) return 'missing'
  if (!fs.existsSync(fingerprintFile)) return 'current'
  return fs.readFileSync(fingerprintFile, 'utf8').trim() === adminSourceFingerprint()
    ? 'current'
    : 'stale'
}

/**
 * Builds the Payload admin (a Next.js app) and records which sources it was built from; about
 * 100 s and ~2 GB on a 2-core machine.
 */
export async function buildAdmin(
  log: (line: string) => void,
  reason: AdminBuildState,
): Promise<void> {
  const messages: Record<AdminBuildState, string> = {
    missing: 'Building the admin interface (first start only, about two minutes)…',
    stale: 'The admin interface is older than its sources: rebuilding it (about two minutes)…',
    current: 'Building the admin interface (about two minutes)…',
  }
  log(messages[reason])
  const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with code ${code}`)),
    )
  })
  // Taken after the build: `next build` may itself rewrite tsconfig.json.
  fs.writeFileSync(fingerprintFile, `${adminSourceFingerprint()}\n`)
}

const lockDir = path.join(projectRoot, '.next-build.lock')

/**
 * Runs `work` while holding the build lock: two processes building into .next at once (two
 * browser test files, two instances started together) corrupt it. The lock is a folder (mkdir is
 * atomic) naming its holder's pid; a lock whose holder is gone (a build killed midway) is taken
 * over. The folder lives in the project, so every process that builds it runs on this machine.
 */
async function withBuildLock<T>(log: (line: string) => void, work: () => Promise<T>): Promise<T> {
  let told = false
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid))
      break
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error
    }
    const holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), { flag: 'a+' }).toString())
    if (Number.isInteger(holder) && holder > 0 && !processIsAlive(holder)) {
      fs.rmSync(lockDir, { recursive: true, force: true })
      continue
    }
    if (!told) log('Another process is building the admin interface: waiting for it…')
    told = true
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

/**
 * Builds the admin unless `.next` already holds a build of the current sources (checked again
 * under the lock, so a build another process just finished is used as it is); `force` rebuilds.
 */
export async function ensureAdminBuild(
  log: (line: string) => void,
  { force = false }: { force?: boolean } = {},
): Promise<'built' | 'current'> {
  if (!force && adminBuildState() === 'current') return 'current'
  return withBuildLock(log, async () => {
    const state = adminBuildState()
    if (!force && state === 'current') return 'current'
    await buildAdmin(log, state)
    return 'built'
  })
}
