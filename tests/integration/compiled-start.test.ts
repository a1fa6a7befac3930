/**
 * The compiled server (issue 16, target 6): `npm run build` turns the server into JavaScript in
 * dist/, and `node dist/src/start.js` — what the Dockerfile runs — starts in production mode
 * (committed migrations), serves the API, and imports a document through the analysis worker,
 * whose entry must find the compiled module beside it instead of registering tsx.
 * Waits are bounds against a hang only.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { jest } from '@jest/globals'
import { projectRoot, type Running } from '../support/spawn.js'
import { loginToken, startServer } from '../support/started-server.js'
import { readSeed } from '../support/seeds.js'

jest.setTimeout(600_000)

const EMAIL = 'compiled-admin@example.org'
const PASSWORD = 'compiled-password-1234'
let run: Running
let base: string
let dir: string

beforeAll(async () => {
  execFileSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: projectRoot,
      stdio: 'pipe',
    },
  )
  expect(fs.existsSync(path.join(projectRoot, 'dist/src/start.js'))).toBe(true)
  ;({ run, base, dir } = await startServer(
    'cms-compiled-',
    {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'compiled-test-secret-not-for-production',
      ADMIN_EMAIL: EMAIL,
      ADMIN_PASSWORD: PASSWORD,
    },
    300_000,
    'dist/src/start.js',
  ))
})

afterAll(async () => {
  run?.child.kill('SIGTERM')
  await run?.exited
  fs.rmSync(dir, { recursive: true, force: true })
})

test('it runs no TypeScript loader and serves the API', async () => {
  expect(run.child.spawnargs).not.toContain('tsx')
  expect((await fetch(`${base}/health`)).status).toBe(200)
  const list = await fetch(`${base}/v1/articles?limit=1`)
  expect(list.status).toBe(200)
  expect(await list.json()).toMatchObject({ items: [] })
})

test('an import is analysed by the compiled worker', async () => {
  const token = await loginToken(base, EMAIL, PASSWORD)
  const res = await fetch(`${base}/api/imports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ text: readSeed('001_3725888e3f78c79b.txt'), fileName: 'compiled.txt' }),
  })
  const body = await res.json()
  expect([200, 201]).toContain(res.status)
  expect(body.doc).toMatchObject({
    status: 'done',
    title: '提升全社会特别是核心要害领域的安全防范工作能力和水平',
  })
})
