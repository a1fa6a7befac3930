import helmet from 'helmet'
import type { RequestHandler } from 'express'

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
export function securityHeaders({ production }: { production: boolean }): RequestHandler {
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
