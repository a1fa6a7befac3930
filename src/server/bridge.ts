import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { canonicalAddress, CLIENT_ADDRESS_HEADER } from '../auth/client-address.js'
import { bufferedBody } from './body-limit.js'

/** An Express request's headers as web `Headers` (what Payload's handlers and `payload.auth` take). */
export function webHeaders(req: ExpressRequest): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  // Replaces whatever a client sent under that name: hooks trust it (src/auth/client-address.ts).
  headers.delete(CLIENT_ADDRESS_HEADER)
  const address = canonicalAddress(req.ip)
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address)
  return headers
}

/** Turns an Express request into a web `Request` (the form Payload's handlers take) without consuming the body first. */
export function toWebRequest(req: ExpressRequest): Request {
  const headers = webHeaders(req)
  const host = req.headers.host ?? 'localhost'
  const url = new URL(req.originalUrl, `${req.protocol}://${host}`)
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  // Read (and bounded) by `limitBodies` when mounted; else streamed as it comes.
  const buffered = bufferedBody(req)
  if (hasBody && buffered) return new Request(url, { method: req.method, headers, body: buffered })
  // `duplex` is required by undici whenever the body is a stream; the DOM's RequestInit lacks it.
  // Node's and the DOM's ReadableStream typings differ (async iteration) for the same object.
  const init: RequestInit & { duplex?: 'half' } = {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: hasBody ? 'half' : undefined,
  }
  return new Request(url, init)
}

/** Streams a web `Response` back through Express, keeping every Set-Cookie header. */
export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as NodeReadableStream)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}
