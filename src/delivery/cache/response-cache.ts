import { createHash } from 'node:crypto'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import { LRUCache } from 'lru-cache'

/** A rendered response kept as bytes, with its validators computed once. */
export interface CachedResponse {
  status: number
  contentType: string
  body: Buffer
  etag: string
  lastModified?: Date
  /** Last-Modified as sent, made on first use. */
  lastModifiedText?: string
  /** BCP 47 tag of the delivered script. */
  contentLanguage?: string
  /** Compressed variants, made on first request that accepts them. */
  gzip?: Buffer
  br?: Buffer
}

/** Bodies smaller than this are sent as they are: compression would not pay for its headers. */
export const COMPRESSION_THRESHOLD = 1024

export function makeResponse(
  body: string | Buffer,
  contentType: string,
  options: { status?: number; lastModified?: Date; contentLanguage?: string } = {},
): CachedResponse {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  const hash = createHash('sha1').update(bytes).digest('base64url').slice(0, 27)
  return {
    status: options.status ?? 200,
    contentType,
    body: bytes,
    etag: `W/"${hash}"`,
    lastModified: options.lastModified,
    contentLanguage: options.contentLanguage,
  }
}

export function gzipOf(entry: CachedResponse): Buffer {
  entry.gzip ??= gzipSync(entry.body, { level: 6 })
  return entry.gzip
}

export function brotliOf(entry: CachedResponse): Buffer {
  entry.br ??= brotliCompressSync(entry.body, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
    },
  })
  return entry.br
}

/** Least-recently-used map of responses bounded by total body bytes. */
export class ResponseCache extends LRUCache<string, CachedResponse> {
  constructor(maxBytes: number) {
    // lru-cache wants sizes of at least 1; a response larger than the whole bound is not kept.
    super({ maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, entry.body.length) })
  }
}
