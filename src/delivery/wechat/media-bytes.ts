import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import type { Media } from '../read/types.js'
import { absoluteUrl } from '../present/common.js'

/** media/uploadimg takes jpg/png under 1 MB; covers are re-encoded the same way to stay well inside limits. */
const WECHAT_IMAGE_MAX_BYTES = 1024 * 1024
const WECHAT_IMAGE_WIDTH = 1080

export interface ImageFile {
  bytes: Buffer
  filename: string
}

function mediaDir(payload: Payload): string | undefined {
  return payload.collections.media?.config.upload?.staticDir
}

async function readLocal(payload: Payload, filename: string): Promise<Buffer | undefined> {
  const dir = mediaDir(payload)
  if (!dir || !filename || filename.includes('/') || filename.includes('..')) return undefined
  return fs.readFile(path.join(dir, filename)).catch(() => undefined)
}

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`downloading image ${url} failed: HTTP ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}

/** jpg/png under 1 MB, as WeChat wants; other formats and larger files are re-encoded as JPEG. */
export async function forWeChat(bytes: Buffer, filename: string): Promise<ImageFile> {
  const ext = path.extname(filename).toLowerCase()
  if (['.jpg', '.jpeg', '.png'].includes(ext) && bytes.length < WECHAT_IMAGE_MAX_BYTES)
    return { bytes, filename }
  const jpeg = await sharp(bytes)
    .resize({ width: WECHAT_IMAGE_WIDTH, withoutEnlargement: true })
    .jpeg({ quality: 82 })
    .toBuffer()
  return { bytes: jpeg, filename: `${path.basename(filename, ext) || 'image'}.jpg` }
}

/** The wide cover (wechat-cover size, 900×383) of a media document, or its original. */
export async function coverImageFile(
  payload: Payload,
  media: Media,
  apiUrl: string,
): Promise<ImageFile> {
  const wide = media.sizes?.['wechat-cover']
  const filename = wide?.filename || String(media.filename ?? '')
  const bytes =
    (await readLocal(payload, filename)) ??
    (await download(absoluteUrl(wide?.url ?? media.url, apiUrl) ?? ''))
  return forWeChat(bytes, filename || 'cover.jpg')
}

/** An image referenced in the article body, by URL: our own media files are read from storage. */
export async function bodyImageFile(
  payload: Payload,
  url: string,
  apiUrl: string,
): Promise<ImageFile> {
  const ownPrefix = `${apiUrl}/api/media/file/`
  const filename = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'image.jpg')
  const local = url.startsWith(ownPrefix)
    ? await readLocal(payload, decodeURIComponent(url.slice(ownPrefix.length).split('?')[0]!))
    : undefined
  return forWeChat(local ?? (await download(url)), filename)
}
