/**
 * Secrets never reach the logs: a failed write to the users table (here made to fail by a
 * trigger, as a locked or full database would) logged the statement with every parameter —
 * the password hash, the salt and a live resetPasswordToken.
 */
import fs from 'node:fs'
import path from 'node:path'
import { jest } from '@jest/globals'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { Running } from '../support/spawn.js'
import { startServer } from '../support/started-server.js'

jest.setTimeout(180_000)

const ADMIN = { email: 'chief@logs.example', password: 'log-test-password-1' }
let dir: string
let run: Running
let base: string

beforeAll(async () => {
  ;({ run, base, dir } = await startServer(
    'cms-logs-',
    {
      PAYLOAD_SECRET: 'log-test-secret',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'info',
    },
    150_000,
  ))
})

afterAll(async () => {
  run?.child.kill('SIGTERM')
  await run?.exited
  fs.rmSync(dir, { recursive: true, force: true })
})

test('a failed users write logs the error without the hash, salt or reset token', async () => {
  const forgot = await fetch(`${base}/api/users/forgot-password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.email }),
  })
  expect(forgot.status).toBe(200)
  const db = drizzle({ connection: { url: `file:${path.join(dir, 'cms.db')}` } })
  const user = (
    await db.$client.execute({
      sql: 'select salt, hash, reset_password_token as token from users where email = ?',
      args: [ADMIN.email],
    })
  ).rows[0]
  const secrets = [user?.salt, user?.hash, user?.token].map(String)
  for (const secret of secrets) expect(secret.length).toBeGreaterThan(16)

  await db.$client.execute(
    "create trigger users_fail before update on users begin select raise(abort, 'disk full'); end",
  )
  const before = run.output().length
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  expect(login.status).toBeGreaterThanOrEqual(400)
  await run.waitFor(/disk full/, 30_000)
  const logged = run.output().slice(before)
  // The failure itself is logged, with the statement but not its values.
  expect(logged).toMatch(/Failed query: (insert into|update) "users"/)
  expect(logged).toContain('[redacted]')
  for (const secret of secrets) {
    const at = logged.indexOf(secret)
    expect(at < 0 ? '' : logged.slice(Math.max(0, at - 300), at + 100)).toBe('')
  }
  db.$client.close()
})
