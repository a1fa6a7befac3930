import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import sharp from 'sharp'

/** The image formats Media accepts (their sniffed format, as sharp names it) and how they are stored. */
const STORED_AS: Record<string, { ext: string; mime: string }> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg' },
  png: { ext: 'png', mime: 'image/png' },
  webp: { ext: 'webp', mime: 'image/webp' },
  gif: { ext: 'gif', mime: 'image/gif' },
}

/** What the bytes are, by their header; undefined when they are no image Media accepts. */
async function sniffed(file: NonNullable<PayloadRequest['file']>) {
  try {
    const input = file.tempFilePath || file.data
    const { format } = await sharp(input).metadata()
    return format ? STORED_AS[format] : undefined
  } catch {
    return undefined
  }
}

/** The upload's name without its extension (a dotfile's name without its dot), never empty. */
function baseName(name: string): string {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/^\.+/, '')
    .replace(/\.[^.]*$/, '')
  return base.replace(/\./g, '-') || 'image'
}

/**
 * Uploads are stored under the extension of the type their bytes are, not the name they came
 * with: a PNG sent as `poster.html` or `.htaccess` becomes `poster.png` / `htaccess.png`, and is
 * served as an image (static files are typed by extension). The claimed MIME type is replaced by
 * the sniffed one too. Bytes that are no accepted image are left to Payload, which refuses them.
 */
export const storeUnderSniffedExtension: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const type = await sniffed(file)
  if (!type) return args
  file.name = `${baseName(file.name)}.${type.ext}`
  file.mimetype = type.mime
  return args
}
