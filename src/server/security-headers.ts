import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import helmet from 'helmet'

/**
 * Security headers on every response (helmet), with a Content-Security-Policy the Payload admin
 * works under: Next.js streams its data in inline scripts and Payload styles inline, so scripts
 * and styles allow 'unsafe-inline' but only from this server (the admin loads nothing from
 * outside); images and fonts also from data: and blob: (upload previews). The admin cannot be
 * framed (`frame-ancestors 'none'`). Public JSON, feeds and media are read by other sites, so
 * resources may be loaded cross-origin (CORS still decides who may read them with credentials).
 * HSTS and upgrade-insecure-requests only in production: on a plain-http development server
 * they would send the browser to an https that does not exist.
 */
export function securityHeaders({ production }: { production: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'unsafe-inline'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(production ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  })
}

export type SecurityHeader = [name: string, value: string | string[]]

/**
 * The headers securityHeaders() sets, with their names as sent and in its order. None depends on
 * the request, so the cache-hit path (src/delivery/cache/fast-path.ts) writes these without
 * running helmet's twelve middlewares per request.
 */
export function securityHeaderList(options: { production: boolean }): SecurityHeader[] {
  const req = new IncomingMessage(new Socket())
  const res = new NamesAsSet(req)
  let error: unknown
  securityHeaders(options)(req, res, (err?: unknown) => (error = err))
  if (error) throw error
  return [...new Set(res.names)].flatMap((name): SecurityHeader[] => {
    const value = res.getHeader(name)
    if (value === undefined) return []
    return [[name, typeof value === 'number' ? String(value) : value]]
  })
}

/** A response that remembers the names given to setHeader, as written (helmet's capitals). */
class NamesAsSet extends ServerResponse {
  readonly names: string[] = []
  override setHeader(name: string, value: number | string | readonly string[]): this {
    this.names.push(name)
    return super.setHeader(name, value)
  }
}
