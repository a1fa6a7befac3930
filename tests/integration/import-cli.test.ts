/** `npm run import` as a user runs it: its own Payload on a temporary SQLite database. */
import fs from 'node:fs'
import path from 'node:path'
import { jest } from '@jest/globals'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import {
  ATTRIBUTION_KEYS,
  CONTRACT_KEYS,
  readSeed,
  SEEDS_DIR as seedsDir,
  seedPath,
} from '../support/seeds.js'
import { runScript, tempDir } from '../support/spawn.js'

jest.setTimeout(180_000)

let dir: string
let env: Record<string, string | undefined>

beforeAll(() => {
  dir = tempDir('cms-import-cli-')
  env = {
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    ENV_FILE: path.join(dir, '.env'),
    PAYLOAD_SECRET: 'cli-test-secret',
    ADMIN_EMAIL: 'chief@example.org',
    ADMIN_PASSWORD: 'cli-test-admin-password',
    NODE_ENV: undefined,
    LOG_LEVEL: undefined,
  }
})

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Runs the CLI and collects stdout and stderr apart. */
async function importCli(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = runScript('src/cli/import.ts', env, args)
  let stdout = ''
  let stderr = ''
  run.child.stdout?.on('data', (chunk) => (stdout += chunk))
  run.child.stderr?.on('data', (chunk) => (stderr += chunk))
  const { code } = await run.exited
  return { code, stdout, stderr }
}

function expectContract(entry: Record<string, unknown>): void {
  for (const key of CONTRACT_KEYS) expect(entry).toHaveProperty(key)
  expect(Object.keys(entry.attribution as object).sort()).toEqual([...ATTRIBUTION_KEYS].sort())
  expect(typeof entry.text).toBe('string')
  for (const flag of entry.flags as Record<string, unknown>[])
    expect(Object.keys(flag).sort()).toEqual(['message', 'position', 'type'])
}

test('--dry-run analyses a directory, prints the summary table and writes nothing, not even a database', async () => {
  const { code, stdout } = await importCli([seedsDir, '--dry-run'])
  expect(code).toBe(0)
  expect(stdout).toMatch(/file\s+title\s+kind\s+Q&A\s+terms\s+flags\s+time/)
  expect(stdout).toMatch(/000_7ff0f28b814cf2d6\.txt\s+国家安全\s+explainer\s+27\s+7/)
  expect(stdout).toMatch(/003_690e4b863b8d9f66\.txt\s+.*interview\s+4\s+0/)
  expect(stdout).toMatch(/5 file\(s\): 5 ok, 0 failed \(dry run: nothing written\)/)
  expect(stdout).not.toMatch(/EXPECTED/)
  expect(fs.existsSync(path.join(dir, 'cms.db'))).toBe(false)
})

test('--json imports and prints only the JSON array of the contract; a second run finds the same Imports', async () => {
  const first = await importCli([seedsDir, '--json'])
  expect(first.code).toBe(0)
  const results = JSON.parse(first.stdout) as Record<string, any>[]
  expect(results).toHaveLength(5)
  results.forEach(expectContract)
  expect(results.map((entry) => entry.import.result)).toEqual(Array(5).fill('imported'))
  const press = results.find((entry) => entry.file.endsWith('001_3725888e3f78c79b.txt'))
  expect(press).toMatchObject({
    kind: 'news',
    attribution: { agency: '新华社', dateline: '北京', publishedAt: '4月26日', author: null },
  })
  expect(press?.qa).toHaveLength(6)
  expect(first.stderr).toMatch(/Created the administrator chief@example\.org/)

  const again = await importCli([seedsDir, '--json'])
  expect(again.code).toBe(0)
  const second = JSON.parse(again.stdout) as Record<string, any>[]
  expect(second.map((entry) => entry.import.result)).toEqual(Array(5).fill('already imported'))
  expect(second.map((entry) => entry.import.id)).toEqual(results.map((entry) => entry.import.id))
})

test('bad input exits non-zero with a clear message per file, and the good files still import', async () => {
  const inputs = tempDir('cms-import-bad-')
  try {
    fs.writeFileSync(path.join(inputs, 'a-empty.txt'), '')
    fs.writeFileSync(
      path.join(inputs, 'b-scan.txt'),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]),
    )
    fs.writeFileSync(
      path.join(inputs, 'c-good.txt'),
      '保密常识问答\n\n问：什么是国家秘密？\n\n答：国家秘密是关系国家安全和利益的事项。\n',
    )
    const { code, stdout, stderr } = await importCli([inputs])
    expect(code).toBe(1)
    expect(stderr).toMatch(/a-empty\.txt: The file is empty/)
    expect(stderr).toMatch(/b-scan\.txt: The file contains NUL bytes: it is a binary file/)
    expect(stdout).toMatch(/c-good\.txt\s+保密常识问答.*imported #\d+/)
    expect(stdout).toMatch(/3 file\(s\): 1 ok, 2 failed/)

    const json = await importCli([path.join(inputs, 'a-empty.txt'), '--json', '--dry-run'])
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout)).toEqual([
      {
        file: path.join(inputs, 'a-empty.txt'),
        error: { code: 'empty', message: expect.stringMatching(/empty/) },
      },
    ])
  } finally {
    fs.rmSync(inputs, { recursive: true, force: true })
  }
})

test('usage errors exit 2: a missing path, an unknown option, an --as user who cannot edit', async () => {
  const missing = await importCli(['no/such/file.txt'])
  expect(missing.code).toBe(2)
  expect(missing.stderr).toMatch(/No such file or directory: no\/such\/file\.txt/)
  expect(missing.stderr).toMatch(/Usage: npm run import/)

  const unknown = await importCli([seedsDir, '--force'])
  expect(unknown.code).toBe(2)
  expect(unknown.stderr).toMatch(/Unknown option --force/)

  const stranger = await importCli([
    seedPath('001_3725888e3f78c79b.txt'),
    '--as',
    'nobody@example.org',
  ])
  expect(stranger.code).toBe(2)
  expect(stranger.stderr).toMatch(/No user with the email nobody@example\.org/)
})

test('killed in the middle of a batch, the CLI leaves only whole imports: each one is a transaction', async () => {
  const inputs = tempDir('cms-import-kill-')
  const dbFile = path.join(inputs, 'kill.db')
  const seed = readSeed('000_7ff0f28b814cf2d6.txt')
  const [firstLine = ''] = seed.split('\n')
  for (let i = 0; i < 30; i++)
    fs.writeFileSync(
      path.join(inputs, `doc-${String(i).padStart(2, '0')}.txt`),
      seed.replace(firstLine, `${firstLine}（第${i + 1}期）`),
    )
  const run = runScript('src/cli/import.ts', { ...env, DATABASE_URI: `file:${dbFile}` }, [inputs])
  const db = drizzle({ connection: { url: `file:${dbFile}` } })
  const scalar = async (sql: string) =>
    Number(Object.values((await db.$client.execute(sql)).rows[0] ?? {})[0])
  try {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
    for (let done = 0; done < 2;) {
      await pause(20)
      if (run.child.exitCode !== null)
        throw new Error(`the CLI ended before it was killed:\n${run.output()}`)
      done = fs.existsSync(dbFile)
        ? await scalar("select count(*) from imports where status = 'done'").catch(() => 0)
        : 0
    }
    // A document of 27 Q&A spends ~20 ms in analysis and ~250 ms writing: 100 ms later the third is half written.
    await pause(100)
    run.child.kill('SIGKILL')
    expect((await run.exited).signal).toBe('SIGKILL')

    const done = await scalar("select count(*) from imports where status = 'done'")
    expect(done).toBeGreaterThanOrEqual(2)
    expect(done).toBeLessThan(30)
    expect(await scalar('select count(*) from imports')).toBe(done)
    for (const table of ['sources', 'articles', 'qa_sets'])
      expect(await scalar(`select count(*) from ${table}`)).toBe(done)
    expect(
      await scalar(
        'select count(*) from sources where raw_sha256 not in (select sha256 from imports)',
      ),
    ).toBe(0)
    // Every set has all its entries, no entry is left without its set.
    const perSet = (
      await db.$client.execute('select count(*) as n from qa_entries group by set_id')
    ).rows.map((row) => Number(row.n))
    expect(perSet).toEqual(Array(done).fill(perSet[0]))
    expect(perSet[0]).toBeGreaterThanOrEqual(27)
    expect(
      await scalar(
        'select count(*) from qa_entries where set_id is null or set_id not in (select id from qa_sets)',
      ),
    ).toBe(0)
  } finally {
    db.$client.close()
    if (run.child.exitCode === null) run.child.kill('SIGKILL')
    fs.rmSync(inputs, { recursive: true, force: true })
  }
})
