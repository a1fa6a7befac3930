import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import type { Express } from 'express'
import type { Role } from '../../src/access/roles.js'
import { useTemporaryEnvironment } from './temporary-environment.js'

export interface TestUser {
  id: number | string
  email: string
  password: string
  token: string
  roles: Role[]
}

export interface HttpResult<T = any> {
  status: number
  headers: Headers
  body: T
  text: string
}

export interface TestContext {
  payload: Payload
  app: Express
  baseUrl: string
  workDir: string
  /** Creates a user with the given roles (through the Local API) and logs in over HTTP. */
  createUser: (roles: Role[], name?: string) => Promise<TestUser>
  /** A fetch against the running server; JSON bodies are encoded and decoded. */
  http: <T = any>(
    method: string,
    urlPath: string,
    options?: { token?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> },
  ) => Promise<HttpResult<T>>
  graphql: <T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => Promise<
    HttpResult<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>
  >
  /** Imports a project module in the server's realm (the same module instances the server uses). */
  load: <T = any>(projectPath: string) => Promise<T>
}

let userCounter = 0

export async function startTestServer(): Promise<TestContext> {
  const workDir = useTemporaryEnvironment('cms-test')

  const { bootPayload } = await import('../../src/runtime/boot.js')
  const { createApp, createServer } = await import('../../src/server/app.js')
  const { NO_REQUEST_RATE_LIMITS } = await import('../../src/server/rate-limit.js')
  const { payload, config } = await bootPayload()
  payload.logger.level = process.env.LOG_LEVEL || 'warn'
  // As on a real start: the first account is the administrator, so test users get only the roles they ask for.
  const { ensureAdminAccount } = await import('../../src/seed/admin-account.js')
  process.env.ADMIN_EMAIL = 'admin@test.local'
  process.env.ADMIN_PASSWORD = 'admin-password-for-tests'
  await ensureAdminAccount(payload)
  // One address (127.0.0.1) makes every request of a whole worker's test files: the per-address
  // limits are tested on an app of their own (tests/security/login-throttle.test.ts).
  const app = createApp({ payload, config, rateLimits: NO_REQUEST_RATE_LIMITS })
  // Searches answer 503 until the index is built (src/search/routes.ts): tests start after it.
  const { searchServiceOf } = await import('../../src/search/registry.js')
  await searchServiceOf(payload)?.ready
  const server = createServer(app).listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  server.unref()
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const http: TestContext['http'] = async (method, urlPath, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) }
    if (options.token) headers.authorization = `JWT ${options.token}`
    let body = options.body
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.json)
    }
    const response = await fetch(`${baseUrl}${urlPath}`, { method, headers, body })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as any, text }
  }

  const createUser: TestContext['createUser'] = async (roles, name) => {
    userCounter += 1
    const email = `${roles.join('-') || 'none'}-${process.pid}-${userCounter}@test.local`
    const password = `pw-${userCounter}-${Math.random().toString(36).slice(2)}`
    const user = await payload.create({
      collection: 'users',
      data: { email, password, roles, name: name ?? email },
      overrideAccess: true,
    })
    const login = await http('POST', '/api/users/login', { json: { email, password } })
    if (login.status !== 200) throw new Error(`login failed for ${email}: ${login.text}`)
    return { id: user.id, email, password, token: login.body.token, roles }
  }

  const graphql: TestContext['graphql'] = (query, variables, token) =>
    http('POST', '/api/graphql', { json: { query, variables }, token })

  const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')
  const load: TestContext['load'] = (projectPath) => import(path.join(projectRoot, projectPath))

  return { payload, app, baseUrl, workDir, createUser, http, graphql, load }
}
