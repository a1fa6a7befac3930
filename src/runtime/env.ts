import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import dotenv from 'dotenv'
import { projectRoot } from '../paths.js'

/** The git-ignored file holding local settings; ENV_FILE points elsewhere (tests use a temp file). */
export const envFile = process.env.ENV_FILE
  ? path.resolve(process.env.ENV_FILE)
  : path.join(projectRoot, '.env')

export class ConfigurationError extends Error {}

export function loadEnvironment(): void {
  dotenv.config({ path: envFile, quiet: true })
}

/**
 * A local run without PAYLOAD_SECRET gets a generated one, saved to the git-ignored .env so that
 * sessions survive restarts. Production must be given a secret explicitly.
 */
export function ensurePayloadSecret(log: (line: string) => void): void {
  if (process.env.PAYLOAD_SECRET) return
  if (process.env.NODE_ENV === 'production') {
    throw new ConfigurationError(
      'PAYLOAD_SECRET is not set. In production it must be provided (a long random string); refusing to start.',
    )
  }
  const secret = randomBytes(32).toString('hex')
  const prefix =
    fs.existsSync(envFile) && !fs.readFileSync(envFile, 'utf8').endsWith('\n') ? '\n' : ''
  fs.appendFileSync(envFile, `${prefix}PAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
  process.env.PAYLOAD_SECRET = secret
  log(
    `No PAYLOAD_SECRET was set: generated one and saved it to ${path.relative(process.cwd(), envFile) || '.env'} (git-ignored).`,
  )
}
