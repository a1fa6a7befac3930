/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Security headers on every kind of response (the admin's are checked in the browser test, which
 * also asserts that the admin works under the Content-Security-Policy).
 */
import type { AddressInfo } from 'node:net'
import express from 'express'
import { cms } from '../support/cms.js'

test.each(['/health', '/v1/articles', '/api/articles', '/feeds/rss.xml', '/no-such-route'])(
  '%s carries nosniff, a referrer policy, no framing and a same-server CSP',
  async (urlPath) => {
    const res = await cms().http('GET', urlPath)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    // Public JSON, feeds and media are read by other sites.
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    // Outside production: no HSTS on a plain-http server.
    expect(res.headers.get('strict-transport-security')).toBeNull()
    expect(res.headers.get('x-powered-by')).toBeNull()
  },
)

test('in production HSTS is sent and insecure requests are upgraded', async () => {
  const { securityHeaders } = await cms().load('src/server/security-headers.ts')
  const app = express()
  app.use(securityHeaders({ production: true }))
  app.get('/', (_req, res) => res.send('ok'))
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  try {
    const { port } = server.address() as AddressInfo
    const res = await fetch(`http://127.0.0.1:${port}/`)
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests')
  } finally {
    server.close()
  }
})
