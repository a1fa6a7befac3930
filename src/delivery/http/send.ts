import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import type { Response } from 'express'
import {
  brotliOf,
  COMPRESSION_THRESHOLD,
  gzipOf,
  type CachedResponse,
} from '../cache/response-cache.js'
import { DeliveryError } from './errors.js'

const NONE: ReadonlySet<string> = new Set()
/** Parsed Accept-Encoding values: clients send a handful of distinct ones, again and again. */
const parsedEncodings = new Map<string, ReadonlySet<string>>()
const PARSED_ENCODINGS_MAX = 64

function acceptedEncodings(header: string | undefined): ReadonlySet<string> {
  if (!header) return NONE
  let accepted = parsedEncodings.get(header)
  if (!accepted) {
    if (parsedEncodings.size >= PARSED_ENCODINGS_MAX) parsedEncodings.clear()
    accepted = parseEncodings(header)
    parsedEncodings.set(header, accepted)
  }
  return accepted
}

function parseEncodings(header: string): Set<string> {
  const accepted = new Set<string>()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name)
  }
  return accepted
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '')

/** If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2); Last-Modified has second precision. */
export function isNotModified(req: IncomingMessage, entry: CachedResponse): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch)
    return (
      ifNoneMatch.trim() === '*' ||
      ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(entry.etag))
    )
  const ifModifiedSince = req.headers['if-modified-since']
  if (ifModifiedSince && entry.lastModified) {
    const since = Date.parse(ifModifiedSince)
    return !Number.isNaN(since) && Math.floor(entry.lastModified.getTime() / 1000) * 1000 <= since
  }
  return false
}

/**
 * Sends cached bytes as they are: validators precomputed, compressed variants made once per entry,
 * written with writeHead/end (Express's res.send would re-encode and re-hash the body per request).
 * `leading` headers go first, as if set before (the cache-hit path's security headers).
 */
export function sendCached(
  req: IncomingMessage,
  res: ServerResponse,
  entry: CachedResponse,
  cacheControl: string,
  leading?: ReadonlyArray<readonly [string, string | string[]]>,
): void {
  const headers: OutgoingHttpHeaders = {}
  if (leading) for (const [name, value] of leading) headers[name] = value
  Object.assign(headers, {
    'content-type': entry.contentType,
    etag: entry.etag,
    'cache-control': cacheControl,
    vary: 'Accept-Encoding, Origin',
  })
  if (entry.lastModified)
    headers['last-modified'] = entry.lastModifiedText ??= entry.lastModified.toUTCString()
  if (entry.contentLanguage) headers['content-language'] = entry.contentLanguage
  if (entry.status === 200 && isNotModified(req, entry)) {
    delete headers['content-type']
    res.writeHead(304, headers)
    res.end()
    return
  }
  let body = entry.body
  if (body.length >= COMPRESSION_THRESHOLD) {
    const accepted = acceptedEncodings(req.headers['accept-encoding'])
    if (accepted.has('br')) {
      body = brotliOf(entry)
      headers['content-encoding'] = 'br'
    } else if (accepted.has('gzip')) {
      body = gzipOf(entry)
      headers['content-encoding'] = 'gzip'
    }
  }
  headers['content-length'] = body.length
  res.writeHead(entry.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

export function sendError(res: Response, error: DeliveryError): void {
  res.status(error.status).set('cache-control', 'no-store').json(error.toJSON())
}
