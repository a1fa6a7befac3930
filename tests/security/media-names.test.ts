/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Media are stored under the extension of the type their bytes are (sniffed), whatever name and
 * type the upload claimed: an image named `.html` or `.htaccess` is never stored or served as one.
 */
import sharp from 'sharp'
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'

let editor: TestUser
let png: Buffer
let jpeg: Buffer
beforeAll(async () => {
  editor = await cms().createUser(['editor'])
  const image = () =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
  png = await image().png().toBuffer()
  jpeg = await image().jpeg().toBuffer()
})

function upload(bytes: Buffer, filename: string, type: string) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename)
  form.append('_payload', JSON.stringify({ alt: '测试图片' }))
  return cms().http('POST', '/api/media', { token: editor.token, body: form })
}

test.each([
  ['poster.html', 'text/html', 'png'],
  ['.htaccess', 'application/octet-stream', 'png'],
  ['shell.php', 'image/png', 'png'],
  ['photo.png', 'image/png', 'jpg'],
  ['no-extension', 'image/jpeg', 'jpg'],
])('%s (claimed %s) is stored as .%s', async (filename, type, ext) => {
  const bytes = ext === 'png' ? png : jpeg
  const res = await upload(bytes, filename, type)
  expect(res.status).toBe(201)
  const doc = res.body.doc
  expect(doc.filename).toMatch(new RegExp(`^[^.][^/]*\\.${ext}$`))
  expect(doc.mimeType).toBe(ext === 'png' ? 'image/png' : 'image/jpeg')
  for (const size of Object.values<{ filename?: string | null }>(doc.sizes ?? {}))
    if (size.filename) expect(size.filename).toMatch(new RegExp(`\\.${ext}$`))

  const served = await fetch(`${cms().baseUrl}${doc.url}`)
  expect(served.status).toBe(200)
  expect(served.headers.get('content-type')).toContain(ext === 'png' ? 'image/png' : 'image/jpeg')
})

test('a file that is no image is still refused', async () => {
  const res = await upload(Buffer.from('<script>alert(1)</script>'), 'x.png', 'image/png')
  expect(res.status).toBe(400)
})
