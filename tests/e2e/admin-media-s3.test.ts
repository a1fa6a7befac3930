/**
 * Uploading an image in the real admin with shared media on S3-compatible storage
 * (src/storage/s3.ts; s3rver here, MinIO in docker-compose.yml): the file lands in the bucket and
 * the admin shows it from there. The storage plugin's admin provider is in the import map whether
 * or not S3 is on.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { ADMIN, useAdminServer } from '../support/admin-e2e.js'
import { startS3Server, type S3TestServer } from '../support/s3-server.js'

let s3: S3TestServer
// Declared before useAdminServer(): the server starts with this bucket's address.
beforeAll(async () => {
  s3 = await startS3Server()
})
afterAll(async () => {
  await s3?.close()
})

const desk = useAdminServer(() => s3.env)

test('an editor uploads an image in the admin: it is stored in the bucket and shown from it', async () => {
  const png = await sharp({
    create: { width: 640, height: 480, channels: 3, background: { r: 0, g: 120, b: 60 } },
  })
    .png()
    .toBuffer()
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-upload-'))
  const file = path.join(folder, 'admin-upload.png')
  fs.writeFileSync(file, png)

  await desk.createStaff('uploader@e2e.local', ['editor'])
  const page = await desk.browserAs('uploader@e2e.local', 'e2e-password')
  await page.goto(`${desk.base}/admin/collections/media/create`)
  // Chromium reads the chosen file when the form is sent: it stays until the end of the test.
  await page.locator('input[type="file"]').setInputFiles(file)
  const alt = page.locator('#field-alt')
  await alt.fill('管理界面上传的图片')
  await Promise.all([
    page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: 120_000 }),
    page.click('#action-save'),
  ])
  const id = page.url().match(/media\/(\d+)/)?.[1]

  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  const doc = (await desk.api('GET', `/api/media/${id}?depth=0`, adminToken)).body
  expect(doc.filename).toBe('admin-upload.png')
  expect(await s3.keys()).toEqual(
    expect.arrayContaining(['admin-upload.png', doc.sizes.thumbnail.filename]),
  )
  expect((await s3.object('admin-upload.png')).equals(png)).toBe(true)

  // The document view shows the thumbnail, which the browser loaded from the server (the bucket).
  const thumbnail = page.locator(`img[src*="${doc.sizes.thumbnail.filename}"]`).first()
  await thumbnail.waitFor()
  await page.waitForFunction(
    (name) =>
      [...document.images].some(
        (img) => img.src.includes(name) && img.complete && img.naturalWidth === 320,
      ),
    doc.sizes.thumbnail.filename,
  )
  fs.rmSync(folder, { recursive: true, force: true })
})
