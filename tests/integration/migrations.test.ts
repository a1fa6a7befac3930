/**
 * Production runs SQLite on committed migrations (no schema push). These tests keep the
 * migrations in step with the config and prove a production start applies them.
 *
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import fs from 'node:fs'
import path from 'node:path'
import { jest } from '@jest/globals'
import { cms } from '../support/cms.js'
import { freePort, projectRoot, runScript, serverEnv, tempDir } from '../support/spawn.js'

jest.setTimeout(120_000)

const migrationDir = path.join(projectRoot, 'src', 'migrations')

test('the committed migrations describe exactly the schema the config builds (run `npm run migrate:create` after a schema change)', async () => {
  const snapshots = fs
    .readdirSync(migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  expect(snapshots.length).toBeGreaterThan(0)
  const before = JSON.parse(
    fs.readFileSync(path.join(migrationDir, snapshots[snapshots.length - 1]), 'utf8'),
  )
  const db = cms().payload.db as unknown as {
    schema: unknown
    requireDrizzleKit: () => {
      generateDrizzleJson: (schema: unknown) => Promise<unknown>
      generateMigration: (a: unknown, b: unknown) => Promise<string[]>
    }
  }
  const kit = db.requireDrizzleKit()
  const after = await kit.generateDrizzleJson(db.schema)
  const pending = await kit.generateMigration(before, after)
  expect(pending).toEqual([])
})

test('a production start on an empty SQLite file applies the migrations and serves the API', async () => {
  const dir = tempDir('cms-prod-migrate-')
  const port = await freePort()
  const run = runScript(
    'src/start.ts',
    serverEnv(dir, port, {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'p'.repeat(40),
      ADMIN_PASSWORD: 'prod-password-1',
      // The production start this test always made: demo content as by default.
      SEED_DEMO: undefined,
    }),
  )
  try {
    await run.waitFor(/CMS ready/, 90_000)
    const articles = await fetch(`http://127.0.0.1:${port}/api/articles?limit=1`)
    expect(articles.status).toBe(200)
    const ready = await fetch(`http://127.0.0.1:${port}/ready`)
    expect(ready.status).toBe(200)
    run.child.kill('SIGTERM')
    expect((await run.exited).code).toBe(0)
  } finally {
    run.child.kill('SIGKILL')
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
