/**
 * Shared media on S3-compatible storage (src/storage/s3.ts): two real server processes configured
 * with S3_* against a real S3-compatible server (s3rver, in this process, on a temporary folder
 * and a free port), as docker-compose.yml runs them against MinIO. An upload through one instance
 * lands in the bucket, not in the media folder, and the other instance serves the same bytes;
 * evidence files keep their folder and their access control.
 */
import fs from 'node:fs'
import path from 'node:path'
import { jest } from '@jest/globals'
import sharp from 'sharp'
import { Cluster } from '../support/cluster.js'
import { startS3Server, type S3TestServer } from '../support/s3-server.js'
import { uploadFile } from '../support/upload.js'

jest.setTimeout(600_000)

const EMAIL = 'media-admin@example.org'
const PASSWORD = 'media-password-1234'

let s3: S3TestServer
let cluster: Cluster

beforeAll(async () => {
  s3 = await startS3Server()
  cluster = new Cluster({ ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD: PASSWORD, ...s3.env })
  await cluster.startInTurn(2)
  await cluster.login(EMAIL, PASSWORD)
})

afterAll(async () => {
  await cluster?.close()
  await s3?.close()
})

/** Every file under the instances' shared media folder (MEDIA_DIR), if it exists at all. */
function mediaFolderFiles(): string[] {
  const dir = path.join(cluster.dir, 'media')
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .flatMap((entry) => (entry.isFile() ? [entry.name] : []))
}

const upload = (
  instance: number,
  collection: string,
  bytes: Buffer,
  filename: string,
  type: string,
  data: Record<string, unknown>,
) => uploadFile(cluster.base(instance), cluster.token, collection, { bytes, filename, type }, data)

test('an image uploaded through one instance is in the bucket, not on disk, and served by the other with the same bytes', async () => {
  const png = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: { r: 20, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  const doc = await upload(0, 'media', png, 'shared-cover.png', 'image/png', {
    alt: '共享存储的封面',
  })
  expect(doc.filename).toBe('shared-cover.png')

  const keys = await s3.keys()
  // The original and every generated size are objects in the bucket.
  expect(keys).toEqual(
    expect.arrayContaining([
      'shared-cover.png',
      doc.sizes.thumbnail.filename,
      doc.sizes.card.filename,
      doc.sizes['wechat-cover'].filename,
      doc.sizes.square.filename,
    ]),
  )
  expect((await s3.object('shared-cover.png')).equals(png)).toBe(true)
  expect(mediaFolderFiles()).toEqual([])

  // The other instance serves it, through Payload's file route, from the bucket.
  const served = await fetch(`${cluster.base(1)}${doc.url}`)
  expect(served.status).toBe(200)
  expect(served.headers.get('content-type')).toBe('image/png')
  expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true)

  const card = await fetch(`${cluster.base(1)}${doc.sizes.card.url}`)
  expect(card.status).toBe(200)
  const meta = await sharp(Buffer.from(await card.arrayBuffer())).metadata()
  expect(meta.width).toBe(800)
})

test('deleting the image through the other instance removes its objects from the bucket', async () => {
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#a00' } })
    .png()
    .toBuffer()
  const doc = await upload(0, 'media', png, 'to-delete.png', 'image/png', { alt: '待删除' })
  expect(await s3.keys()).toContain('to-delete.png')
  await cluster.ok(cluster.call(1, 'DELETE', `/api/media/${doc.id}`))
  const left = (await s3.keys()).filter((key) => key.startsWith('to-delete'))
  expect(left).toEqual([])
  expect((await fetch(`${cluster.base(0)}${doc.url}`)).status).toBe(404)
})

test('an evidence file goes under evidence/ in the bucket and stays private', async () => {
  const letter = Buffer.from('授权书：同意转载。Permission granted.\n', 'utf8')
  const doc = await upload(1, 'evidence-files', letter, 'permission.txt', 'text/plain', {
    note: '转载授权',
  })
  expect(await s3.keys()).toContain('evidence/permission.txt')
  expect(mediaFolderFiles()).toEqual([])

  const url = `${cluster.base(0)}${doc.url}`
  const anonymous = await fetch(url)
  expect(anonymous.status).toBe(403)
  const signedIn = await fetch(url, { headers: { authorization: `JWT ${cluster.token}` } })
  expect(signedIn.status).toBe(200)
  expect(Buffer.from(await signedIn.arrayBuffer()).equals(letter)).toBe(true)
})
