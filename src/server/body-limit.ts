import type { Request, RequestHandler } from 'express'
import { MEDIA_MAX_BYTES } from '../../collections/Media.js'
import { acceptedLanguage } from '../i18n/message.js'
import { importMaxBytes } from '../ingest/decode.js'

export const DEFAULT_API_BODY_MAX_BYTES = 1024 * 1024
/** Room for a multipart form's boundaries, headers and other fields around its file. */
export const MULTIPART_OVERHEAD = 64 * 1024

export interface BodyLimits {
  /** Any JSON (or form) body under /api: saves, login, GraphQL. */
  api: number
  /** Media uploads (`/api/media…`): the file, MEDIA_MAX_BYTES; the form may add MULTIPART_OVERHEAD. */
  media: number
  /** Imports (`/api/imports…`): the document, IMPORT_MAX_BYTES; the form may add MULTIPART_OVERHEAD. */
  imports: number
}

/** The limits from the environment: API_BODY_MAX_BYTES (1 MB), MEDIA_MAX_BYTES, IMPORT_MAX_BYTES. */
export function bodyLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): BodyLimits {
  const configured = Number(env.API_BODY_MAX_BYTES)
  return {
    api: Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_API_BODY_MAX_BYTES,
    media: MEDIA_MAX_BYTES,
    imports: importMaxBytes(),
  }
}

type Route = keyof BodyLimits

function routeOf(req: Request): Route {
  const path = req.baseUrl + req.path
  if (/^\/api\/media(\/|$)/.test(path)) return 'media'
  if (/^\/api\/imports(\/|$)/.test(path)) return 'imports'
  return 'api'
}

const byteLimit = (route: Route, limits: BodyLimits) =>
  route === 'api' ? limits.api : limits[route] + MULTIPART_OVERHEAD

const bodies = new WeakMap<Request, Uint8Array<ArrayBuffer>>()

/** The body `limitBodies` read for this request, if it did. */
export function bufferedBody(req: Request): Uint8Array<ArrayBuffer> | undefined {
  return bodies.get(req)
}

/**
 * Reads the body of every request with one (Payload parses it itself, all of it, before any
 * check) and refuses it with 413 as soon as it is over its route's limit: at once when
 * Content-Length says so, else while the bytes arrive (chunked or a wrong length), so no more
 * than the limit is ever held. What fits is handed on through `bufferedBody`.
 */
export function limitBodies(limits: BodyLimits = bodyLimitsFromEnv()): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
    const route = routeOf(req)
    const limit = byteLimit(route, limits)
    const refuse = () => {
      // Closing the connection stops the client sending the rest.
      res.setHeader('connection', 'close')
      const message = tooLargeMessage(req, route, limits[route])
      res.status(413).json({ errors: [{ code: 'too-large', message }] })
      req.unpipe()
      req.resume()
    }
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) return refuse()

    const chunks: Buffer[] = []
    let received = 0
    let refused = false
    const onData = (chunk: Buffer) => {
      if (refused) return
      received += chunk.length
      if (received > limit) {
        refused = true
        chunks.length = 0
        refuse()
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.once('error', (error) => {
      if (!refused) next(error)
    })
    req.once('end', () => {
      req.off('data', onData)
      if (refused) return
      const body = new Uint8Array(received)
      let offset = 0
      for (const chunk of chunks) {
        body.set(chunk, offset)
        offset += chunk.length
      }
      bodies.set(req, body)
      next()
    })
  }
}

const WHAT = {
  api: { en: 'request', zh: '请求' },
  media: { en: 'upload', zh: '上传文件' },
  imports: { en: 'import', zh: '导入文档' },
}

function tooLargeMessage(req: Request, route: Route, limit: number): string {
  const size = formatBytes(limit)
  return acceptedLanguage(req) === 'zh'
    ? `请求内容过大：超过${WHAT[route].zh}大小上限 ${size}。`
    : `Request body too large: over the ${size} ${WHAT[route].en} limit.`
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`
  return `${bytes} bytes`
}
