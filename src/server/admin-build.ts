import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../paths.js'

const buildIdFile = path.join(projectRoot, '.next', 'BUILD_ID')
const fingerprintFile = path.join(projectRoot, '.next', 'source-fingerprint')

/**
 * Everything the admin bundle is built from: the Next app and Payload config import collections,
 * hooks and most of src/, and the installed packages are pinned by the lock file.
 */
const sourceRoots = ['src', 'collections']
const sourceFiles = ['next.config.mjs', 'tsconfig.json', 'package-lock.json']

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(full)
    return entry.isFile() ? [full] : []
  })
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
