import type { NextFunction, Request, Response } from 'express'
import { deliverySettings, normalizeOrigin } from '../settings.js'

const ALLOWED_HEADERS = 'Authorization, Content-Type, If-None-Match, If-Modified-Since'
const EXPOSED_HEADERS = 'ETag, Last-Modified, Content-Language'

/**
 * CORS for the delivery routes, from the CORS_ORIGINS allowlist: an allowed origin gets its own
 * Access-Control-Allow-Origin; others get none (browsers then refuse), and their preflights a 403.
 */
export function deliveryCors() {
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin
    if (!origin) return next()
    const allowed = deliverySettings().corsOrigins
    const ok = allowed === '*' || allowed.includes(normalizeOrigin(origin))
    if (ok) {
      res.setHeader('access-control-allow-origin', allowed === '*' ? '*' : origin)
      res.setHeader('access-control-expose-headers', EXPOSED_HEADERS)
      if (allowed !== '*') res.setHeader('access-control-allow-credentials', 'true')
    }
    if (req.method !== 'OPTIONS') return next()
    res.setHeader('vary', 'Origin')
    if (!ok) {
      res
        .status(403)
        .json({ errors: [{ message: `Origin ${origin} is not allowed (CORS_ORIGINS)`, origin }] })
      return
    }
    res.setHeader('access-control-allow-methods', 'GET, HEAD, OPTIONS')
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS)
    res.setHeader('access-control-max-age', '600')
    res.status(204).end()
  }
}
