/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import sharp from 'sharp'
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'

let editor: TestUser
beforeAll(async () => {
  editor = await cms().createUser(['editor'])
})

function upload(file: Blob, filename: string, data: Record<string, unknown>, lang = 'en') {
  const form = new FormData()
  form.append('file', file, filename)
  form.append('_payload', JSON.stringify(data))
  return cms().http('POST', '/api/media', {
    token: editor.token,
    body: form,
    headers: { 'accept-language': lang },
  })
}

test('an image upload produces the four sizes, with the WeChat crops at their ratios', async () => {
  const png = await sharp({
    create: { width: 1600, height: 1000, channels: 3, background: { r: 180, g: 30, b: 30 } },
  })
    .png()
    .toBuffer()
  const res = await upload(new Blob([png], { type: 'image/png' }), '封面.png', {
    alt: '国家安全教育日宣传海报',
  })
  expect(res.status).toBe(201)
  const sizes = res.body.doc.sizes
  expect(sizes.thumbnail).toMatchObject({ width: 320 })
  expect(sizes.card).toMatchObject({ width: 800 })
  expect(sizes['wechat-cover']).toMatchObject({ width: 900, height: 383 })
  expect(sizes.square).toMatchObject({ width: 500, height: 500 })
  const served = await fetch(`${cms().baseUrl}${sizes['wechat-cover'].url}`)
  expect(served.status).toBe(200)
  const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
  expect([meta.width, meta.height]).toEqual([900, 383])
})

test('alt text is required', async () => {
  const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
    .png()
    .toBuffer()
  const res = await upload(new Blob([png], { type: 'image/png' }), 'no-alt.png', {})
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.body)).toContain('alt')
})

test('a file that is not an image is rejected with a clear error', async () => {
  const res = await upload(
    new Blob(['%PDF-1.4 not an image'], { type: 'application/pdf' }),
    'notice.pdf',
    { alt: '文件' },
  )
  expect(res.status).toBe(400)
  expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'file' })
  expect(res.text).toContain('application/pdf')
})

test('a 20 MB file is rejected as too large', async () => {
  const big = new Uint8Array(20 * 1024 * 1024)
  const res = await upload(new Blob([big], { type: 'image/png' }), 'huge.png', {
    alt: '过大的图片',
  })
  expect(res.status).toBe(413)
  expect(res.text).toMatch(/size|limit|大小/i)
  const { totalDocs } = await cms().payload.count({
    collection: 'media',
    where: { filename: { equals: 'huge.png' } },
    overrideAccess: true,
  })
  expect(totalDocs).toBe(0)
})
