/**
 * `npm run media:to-s3` (src/cli/media-to-s3.ts): a CMS that kept its uploads on the local disk
 * turns shared media on. Uploads made while S3 was off are put into a real S3-compatible server
 * (s3rver) by the command, a second run only checks, two runs at once do no harm, and instances
 * restarted with S3_* serve every file from the bucket with the media folder gone.
 */
import fs from 'node:fs'
import path from 'node:path'
import { jest } from '@jest/globals'
import sharp from 'sharp'
import { CLUSTER_SECRET, Cluster, READY, START_BOUND_MS } from '../support/cluster.js'
import { startS3Server, type S3TestServer } from '../support/s3-server.js'
import { exitWithin, runScript, serverEnv } from '../support/spawn.js'
import { uploadFile } from '../support/upload.js'

jest.setTimeout(600_000)

const EMAIL = 'media-move-admin@example.org'
const PASSWORD = 'media-move-password-1234'

let s3: S3TestServer
let cluster: Cluster
let cover: {
  id: number | string
  url: string
  sizes: Record<string, { filename: string; url: string }>
}
let evidence: { id: number | string; url: string }
let png: Buffer
const letter = Buffer.from('授权书：同意转载本文。Permission to reprint.\n', 'utf8')

/** The command with the instances' environment (database, media folder, secret) plus `extra`. */
async function moveToS3(extra: Record<string, string> = {}, args: string[] = []) {
  const run = runScript(
    'src/cli/media-to-s3.ts',
    serverEnv(cluster.dir, 0, {
      PAYLOAD_SECRET: CLUSTER_SECRET,
      DATABASE_URI: cluster.databaseUri,
      ...extra,
    }),
    args,
  )
  const { code } = await exitWithin(run, 300_000)
  return { code, output: run.output() }
}

beforeAll(async () => {
  s3 = await startS3Server()
  // First without S3: uploads land in the media folder, as on a CMS before shared media.
  cluster = new Cluster({ ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD: PASSWORD })
  await cluster.startInTurn(1)
  await cluster.login(EMAIL, PASSWORD)
  png = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: { r: 160, g: 40, b: 30 } },
  })
    .png()
    .toBuffer()
  cover = await uploadFile(
    cluster.base(0),
    cluster.token,
    'media',
    { bytes: png, filename: 'local-cover.png', type: 'image/png' },
    { alt: '本地存储的封面' },
  )
  evidence = await uploadFile(
    cluster.base(0),
    cluster.token,
    'evidence-files',
    { bytes: letter, filename: 'local-permission.txt', type: 'text/plain' },
    { note: '转载授权' },
  )
  await cluster.stop()
})

afterAll(async () => {
  await cluster?.close()
  await s3?.close()
})

test('without S3 settings the command says what to set and exits 2', async () => {
  const { code, output } = await moveToS3()
  expect(code).toBe(2)
  expect(output).toContain('S3_BUCKET is not set')
  expect(await s3.keys()).toEqual([])
})

test('a dry run lists every file it would put and puts none', async () => {
  const { code, output } = await moveToS3(s3.env, ['--dry-run'])
  expect(code).toBe(0)
  expect(output).toContain('would upload')
  expect(output).toContain('evidence/local-permission.txt')
  expect(await s3.keys()).toEqual([])
})

test('two runs at once put every file under the key the adapter reads, with the same bytes', async () => {
  const [first, second] = await Promise.all([moveToS3(s3.env), moveToS3(s3.env)])
  expect([first.code, second.code]).toEqual([0, 0])
  const sizes = Object.values(cover.sizes).map((size) => size.filename)
  expect(sizes.length).toBeGreaterThanOrEqual(4)
  expect(await s3.keys()).toEqual(
    ['local-cover.png', ...sizes, 'evidence/local-permission.txt'].sort(),
  )
  expect((await s3.object('local-cover.png')).equals(png)).toBe(true)
  expect((await s3.object('evidence/local-permission.txt')).equals(letter)).toBe(true)
  for (const name of sizes) {
    const local = fs.readFileSync(path.join(cluster.dir, 'media', name))
    expect((await s3.object(name)).equals(local)).toBe(true)
  }
})

test('a run after that only checks: nothing uploaded, everything already there', async () => {
  const { code, output } = await moveToS3(s3.env)
  expect(code).toBe(0)
  expect(output).toMatch(/0 uploaded, \d+ already there, 0 missing on disk/)
})

test('instances restarted with S3 serve every file from the bucket with the media folder gone', async () => {
  fs.rmSync(path.join(cluster.dir, 'media'), { recursive: true, force: true })
  for (let slot = 0; slot < 2; slot++)
    await (await cluster.start(slot, s3.env)).waitFor(READY, START_BOUND_MS)
  await cluster.login(EMAIL, PASSWORD)

  const served = await fetch(`${cluster.base(1)}${cover.url}`)
  expect(served.status).toBe(200)
  expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true)
  const card = await fetch(`${cluster.base(0)}${cover.sizes.card.url}`)
  expect(card.status).toBe(200)
  expect((await sharp(Buffer.from(await card.arrayBuffer())).metadata()).width).toBe(800)

  // The evidence file: still private, served to a signed-in user from evidence/.
  const url = `${cluster.base(1)}${evidence.url}`
  expect((await fetch(url)).status).toBe(403)
  const signedIn = await fetch(url, { headers: { authorization: `JWT ${cluster.token}` } })
  expect(signedIn.status).toBe(200)
  expect(Buffer.from(await signedIn.arrayBuffer()).equals(letter)).toBe(true)

  // The document kept its sizes and alt text (only its prefix was written).
  const doc = await cluster.ok(cluster.call(0, 'GET', `/api/media/${cover.id}?depth=0`))
  expect(doc.alt).toBe('本地存储的封面')
  expect(Object.keys(doc.sizes).sort()).toEqual(Object.keys(cover.sizes).sort())
})
