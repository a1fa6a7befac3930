/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Issue 17 item 2: one import cannot freeze the server. The analysis runs on a worker thread, so
 * /health answers while a hostile document is being read, and within a time budget, past which
 * the import fails cleanly, naming the stage, with nothing written but the failed Import record.
 * Order of events only: no elapsed time is asserted.
 */
import { jest } from '@jest/globals'
import { hostileInput } from '../../bench/hostile-inputs.js'
import { cms } from '../support/cms.js'
import { exitWithin, type Running } from '../support/spawn.js'
import { loginToken, startServer } from '../support/started-server.js'
import type { TestUser } from '../support/test-server.js'

jest.setTimeout(120_000)

let editor: TestUser

beforeAll(async () => {
  editor = await cms().createUser(['editor'])
})

const DRAFTS = ['sources', 'articles', 'qa-sets', 'qa-entries', 'glossary-terms']

interface PoolModule {
  analysisEvents: import('node:events').EventEmitter
}

test('/health answers while a 4 MB single-line import is being analysed', async () => {
  const { analysisEvents } = await cms().load<PoolModule>('src/ingest/analysis-pool.ts')
  const events: string[] = []
  let healthChecks: Promise<void> | null = null
  // Once the worker has the document, the main thread is asked for /health.
  const onStarted = () => {
    events.push('analysis started')
    healthChecks ??= cms()
      .http('GET', '/health')
      .then((health) => {
        events.push(`health ${health.status}`)
      })
  }
  analysisEvents.on('started', onStarted)
  try {
    const text = hostileInput('single line').build(4 * 1024 * 1024)
    const imported = await cms().http('POST', '/api/imports?dryRun=true&fileName=line.txt', {
      token: editor.token,
      body: text,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
    events.push(`import ${imported.status}`)
    await healthChecks
    expect(imported.status).toBe(200)
    expect(events).toEqual(['analysis started', 'health 200', 'import 200'])
  } finally {
    analysisEvents.off('started', onStarted)
  }
})

describe('with IMPORT_ANALYSIS_TIMEOUT_MS=1 (a server of its own)', () => {
  const email = 'budget-admin@example.org'
  const password = 'budget-admin-password-1'
  let run: Running
  let base: string
  let token: string

  beforeAll(async () => {
    // 1 ms cannot hold the analysis of a 4 MB document (decoding alone takes longer).
    const env = { IMPORT_ANALYSIS_TIMEOUT_MS: '1', ADMIN_EMAIL: email, ADMIN_PASSWORD: password }
    ;({ run, base } = await startServer('cms-import-budget-', env, 110_000))
    token = await loginToken(base, email, password)
  }, 120_000)

  afterAll(async () => {
    run.child.kill('SIGTERM')
    await exitWithin(run, 30_000)
  })

  const post = async (query: string, body: string, contentType: string) => {
    const response = await fetch(`${base}/api/imports${query}`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}`, 'content-type': contentType },
      body,
    })
    return { status: response.status, body: (await response.json()) as any }
  }
  const count = async (collection: string) =>
    (
      (await (
        await fetch(`${base}/api/${collection}?limit=0&draft=true`, {
          headers: { authorization: `JWT ${token}` },
        })
      ).json()) as { totalDocs: number }
    ).totalDocs

  test('an import past the budget fails naming its stage and leaves only the failed Import record', async () => {
    const before = await Promise.all(DRAFTS.map(count))
    const imported = await post(
      '?fileName=paragraph.txt',
      hostileInput('paragraph without 。！？').build(4 * 1024 * 1024),
      'text/plain; charset=utf-8',
    )
    expect(imported.status).toBe(422)
    expect(imported.body.outcome).toBe('failed')
    const [error] = imported.body.errors
    expect(error.stage).toMatch(/^analyze:[a-z]+$/)
    expect(error.message).toMatch(/^analyze:[a-z]+ timed out after 1 ms/)
    expect(imported.body.doc).toMatchObject({ status: 'failed', stage: error.stage })
    expect(await Promise.all(DRAFTS.map(count))).toEqual(before)
    // The server goes on serving.
    expect((await fetch(`${base}/health`)).status).toBe(200)
  })

  test('a dry run past the budget is a 422 naming the stage too', async () => {
    const imported = await post(
      '?dryRun=true',
      hostileInput('nested <div>').build(4000).repeat(8),
      'text/html; charset=utf-8',
    )
    expect(imported.status).toBe(422)
    expect(imported.body.errors[0].stage).toMatch(/^analyze:[a-z]+$/)
    expect(imported.body.errors[0].message).toMatch(/timed out/)
  })
})
