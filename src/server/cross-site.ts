import type { RequestHandler } from 'express'

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * The browser session cookie is not accepted on a cross-site write (CSRF). Payload's own `csrf`
 * allowlist is static and empty unless CORS_ORIGINS is set, so with a plain `npm start` any site
 * could post a form (multipart or text/plain needs no CORS preflight) with the editor's cookie.
 * Here a write counts as cross-site when the browser says so: an `Origin` whose host is not this
 * server's (as the client addressed it: Host, or X-Forwarded-Host behind a proxy) and not an
 * allowed origin, or `Sec-Fetch-Site: cross-site`. Such a request goes on without its cookies, as an
 * anonymous one would; API keys and `Authorization: JWT …` headers are unaffected. Reads are not
 * changed: another site cannot read the answer (CORS).
 */
export function refuseCrossSiteCookies(corsOrigins: readonly string[] | '*'): RequestHandler {
  // `CORS_ORIGINS=*` opens public reads to every site, not cookie-carrying writes.
  const allowed = corsOrigins === '*' ? [] : corsOrigins
  return (req, _res, next) => {
    if (!UNSAFE_METHODS.has(req.method) || !req.headers.cookie) return next()
    const origin = req.get('origin')
    const crossSite = origin
      ? !sameHost(origin, req.host) && !allowed.includes(origin)
      : req.get('sec-fetch-site') === 'cross-site'
    if (crossSite) delete req.headers.cookie
    next()
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host
  } catch {
    return false
  }
}
