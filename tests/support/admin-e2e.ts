/**
 * One admin server and browsers for a browser-test file: the admin is built first when its build
 * is missing or older than its sources (`npm run build:admin -- --if-needed`, under a lock so two
 * files never build at once), then `npm start` runs on its own temporary SQLite database. Every
 * browser fails its test on any Content-Security-Policy refusal. Call `useAdminServer()` at the top
 * level of the test file.
 */
import fs from 'node:fs'
import { jest } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { cspViolationsIn, launchBrowser } from './browser.js'
import { freePort, runScript, serverEnv, tempDir, type Running } from './spawn.js'

export const ADMIN = { email: 'chief@e2e.local', password: 'e2e-admin-password' }

// A first build takes about two minutes alone and far longer beside the rest of the suite.
const ADMIN_BUILD_BOUND_MS = 20 * 60_000

export interface AdminServer {
  base: string
  api: (
    method: string,
    urlPath: string,
    token?: string,
    json?: unknown,
  ) => Promise<{ status: number; body: any }>
  login: (email: string, password: string) => Promise<string>
  /** A new browser signed in through the admin's login form. */
  browserAs: (email: string, password: string, locale?: string) => Promise<Page>
  /** A staff user made by the administrator over REST (named after its email unless `name`), with its token. */
  createStaff: (
    email: string,
    roles: string[],
    name?: string,
  ) => Promise<{ id: number; token: string }>
}

/**
 * `env()` adds variables to the server's environment. It is read when the server starts, in the
 * beforeAll registered here: a service started by a beforeAll declared before the call to
 * useAdminServer() can hand in its address.
 */
export function useAdminServer(env: () => Record<string, string> = () => ({})): AdminServer {
  jest.setTimeout(240_000)
  let dir: string
  let server: Running
  const contexts: BrowserContext[] = []
  const harness: AdminServer = {
    base: '',
    async api(method, urlPath, token, json) {
      const response = await fetch(`${harness.base}${urlPath}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `JWT ${token}` } : {}),
        },
        body: json === undefined ? undefined : JSON.stringify(json),
      })
      const body = await response.json().catch(() => null)
      return { status: response.status, body }
    },
    async login(email, password) {
      const res = await harness.api('POST', '/api/users/login', undefined, { email, password })
      if (res.status !== 200)
        throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body.token
    },
    async browserAs(email, password, locale = 'en-US') {
      const context = await launchBrowser(locale)
      contexts.push(context)
      const page = context.pages()[0] ?? (await context.newPage())
      page.setDefaultTimeout(30_000)
      const loginPage = await page.goto(`${harness.base}/admin/login`)
      expect(loginPage?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
      await page.fill('#field-email', email)
      await page.fill('#field-password', password)
      await Promise.all([
        page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 }),
        page.click('button[type="submit"]'),
      ])
      return page
    },
    async createStaff(email, roles, name = email.split('@')[0]) {
      const adminToken = await harness.login(ADMIN.email, ADMIN.password)
      const password = 'e2e-password'
      const created = await harness.api('POST', '/api/users', adminToken, {
        email,
        password,
        name,
        roles,
      })
      if (created.status !== 201)
        throw new Error(`create ${email}: ${created.status} ${JSON.stringify(created.body)}`)
      return { id: created.body.doc.id, token: await harness.login(email, password) }
    },
  }

  beforeAll(async () => {
    const build = runScript('src/cli/build-admin.ts', { NODE_ENV: undefined }, ['--if-needed'])
    const built = await build.exited
    if (built.code !== 0) throw new Error(`building the admin failed:\n${build.output()}`)
    dir = tempDir('cms-e2e-')
    const port = await freePort()
    harness.base = `http://127.0.0.1:${port}`
    server = runScript(
      'src/start.ts',
      serverEnv(dir, port, {
        ADMIN: 'on',
        SERVER_URL: harness.base,
        PAYLOAD_SECRET: 'e2e-secret-not-for-production',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        LOG_LEVEL: 'warn',
        ...env(),
      }),
    )
    await server.waitFor(/CMS ready/, 300_000)
    // Searches are a 503 until the index is built (src/search/routes.ts): the tests start after it.
    for (let tries = 0; tries < 600; tries++) {
      if ((await fetch(`${harness.base}/ready/search`)).ok) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }, ADMIN_BUILD_BOUND_MS + 180_000)

  afterEach(() => {
    // The admin works under the server's Content-Security-Policy: nothing it needs was refused.
    for (const context of contexts) expect(cspViolationsIn(context)).toEqual([])
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    server?.child.kill('SIGTERM')
    await server?.exited
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  return harness
}
