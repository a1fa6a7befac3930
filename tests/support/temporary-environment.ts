import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Points this process at a throwaway folder, for a test or benchmark server: a fresh SQLite
 * database and a media folder in it, a secret, NODE_ENV=test, and `extra`. The folder goes when
 * the process exits. With `keepDatabase`, a DATABASE_URI already set wins (with its secret), to
 * run a benchmark on a database kept for inspection.
 */
export function useTemporaryEnvironment(
  prefix: string,
  extra: Record<string, string> = {},
  { keepDatabase = false } = {},
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`))
  const keep = keepDatabase && Boolean(process.env.DATABASE_URI)
  Object.assign(process.env, {
    DATABASE_URI: keep ? process.env.DATABASE_URI : `file:${path.join(dir, 'data.db')}`,
    PAYLOAD_SECRET:
      keep && process.env.PAYLOAD_SECRET
        ? process.env.PAYLOAD_SECRET
        : 'temporary-secret-not-for-production',
    MEDIA_DIR: path.join(dir, 'media'),
    NODE_ENV: 'test',
    ...extra,
  })
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}
