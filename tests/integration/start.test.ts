/** `npm start` as a newcomer runs it: a fresh database, no secret, the admin off (it needs a Next build). */
import fs from 'node:fs'
import { jest } from '@jest/globals'
import path from 'node:path'
import { exitWithin, freePort, runScript, tempDir } from '../support/spawn.js'

jest.setTimeout(120_000)

test('a fresh start creates the admin, topics and published demo content, prints how to log in, and stops cleanly on SIGTERM', async () => {
  const dir = tempDir('cms-start-')
  const port = await freePort()
  const envFile = path.join(dir, '.env')
  const run = runScript('src/start.ts', {
    ADMIN: 'off',
    PORT: String(port),
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    DATA_DIR: path.join(dir, 'data'),
    ENV_FILE: envFile,
    PAYLOAD_SECRET: undefined,
    ADMIN_EMAIL: 'chief@example.org',
    ADMIN_PASSWORD: undefined,
    SERVER_URL: undefined,
    NODE_ENV: undefined,
  })
  try {
    await run.waitFor(/CMS ready/, 90_000)
    const [, password] = await run.waitFor(
      /Log in as chief@example\.org with password (\S+)/,
      5_000,
    )
    expect(run.output()).toMatch(/generated one and saved it/)
    // The password is saved to a git-ignored file only its owner reads, and named at start-up.
    const passwordFile = path.join(dir, 'data', 'admin-password.txt')
    expect(fs.readFileSync(passwordFile, 'utf8')).toContain(`password: ${password}`)
    expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600)
    expect(run.output()).toContain('admin-password.txt')
    // …and it comes after everything start-up prints (review e-mails of the demo may follow).
    expect(run.output().indexOf(`password ${password}`)).toBeGreaterThan(
      run.output().indexOf('Health:'),
    )
    expect(fs.readFileSync(envFile, 'utf8')).toMatch(/^PAYLOAD_SECRET=[0-9a-f]{64}$/m)

    const base = `http://127.0.0.1:${port}`
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chief@example.org', password }),
    })
    expect(login.status).toBe(200)
    const { user } = await login.json()
    expect(user.roles).toContain('admin')

    const topics = await (await fetch(`${base}/api/topics?limit=20`)).json()
    expect(topics.docs.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['国家安全', '反间谍', '反恐怖', '保密', '网络安全']),
    )
    const articles = await (await fetch(`${base}/api/articles?limit=50&depth=0`)).json()
    expect(articles.totalDocs).toBeGreaterThan(0)
    expect(articles.docs.every((a: { _status: string }) => a._status === 'published')).toBe(true)

    // The admin's build files are logged at debug, not at info (one page view fetches dozens).
    await fetch(`${base}/_next/static/chunks/main-app.js`)
    await fetch(`${base}/favicon.ico`)
    const ready = await fetch(`${base}/ready`)
    expect(ready.status).toBe(200)
    await run.waitFor(/GET \/ready 200/, 5_000)
    expect(run.output()).not.toContain('/_next/static')
    expect(run.output()).not.toContain('GET /favicon.ico')

    // Password reset without SMTP: the console adapter prints the e-mail with its link.
    const forgot = await fetch(`${base}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chief@example.org' }),
    })
    expect(forgot.status).toBe(200)
    const [, resetLink] = await run.waitFor(/(http:\/\/\S+\/admin\/reset\/[0-9a-f]{40})/, 60_000)
    const token = resetLink.split('/').pop()
    const reset = await fetch(`${base}/api/users/reset-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: 'a-new-password-1' }),
    })
    expect(reset.status).toBe(200)
    const relogin = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'chief@example.org', password: 'a-new-password-1' }),
    })
    expect(relogin.status).toBe(200)

    run.child.kill('SIGTERM')
    const exit = await run.exited
    expect(exit.code).toBe(0)
  } finally {
    run.child.kill('SIGKILL')
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('production refuses to start without PAYLOAD_SECRET', async () => {
  const dir = tempDir('cms-prod-')
  const run = runScript('src/start.ts', {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: undefined,
    ENV_FILE: path.join(dir, '.env'),
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    ADMIN: 'off',
  })
  const exit = await run.exited
  expect(exit.code).toBe(1)
  expect(run.output()).toMatch(/PAYLOAD_SECRET is not set/)
  expect(fs.existsSync(path.join(dir, '.env'))).toBe(false)
  fs.rmSync(dir, { recursive: true, force: true })
})

test('an unreachable MongoDB fails fast with a message naming the host', async () => {
  const dir = tempDir('cms-mongo-')
  const run = runScript('src/start.ts', {
    DATABASE_URI: 'mongodb://127.0.0.1:9/cms',
    PAYLOAD_SECRET: 'x'.repeat(32),
    ENV_FILE: path.join(dir, '.env'),
    ADMIN: 'off',
    NODE_ENV: undefined,
  })
  // Fails fast by outcome: it exits by itself with the message (the server selection timeout is
  // 5 s; the bound only catches a hang, e.g. a driver that retries forever).
  const exit = await exitWithin(run, 90_000)
  expect(exit.code).toBe(1)
  expect(run.output()).toMatch(/Cannot reach MongoDB at 127\.0\.0\.1:9/)
  expect(run.output()).toMatch(/Check that the MongoDB server is running/)
  expect(run.output()).not.toMatch(/TopologyDescription|topology/i)
  fs.rmSync(dir, { recursive: true, force: true })
})
