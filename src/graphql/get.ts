/**
 * GraphQL over GET (the GraphQL-over-HTTP spec; graphql-http refuses mutations there with 405):
 * what CDNs cache and clients such as urql with `preferGetMethod` or persisted queries send.
 * Payload's handler serves only POST; the same handler answers GET, with the same limits, time
 * budget and access. An anonymous answer may be cached like the rest of the public API
 * (DELIVERY_MAX_AGE); one that depends on who asked never is.
 */
import { maxAgeSeconds } from '../delivery/settings.js'

export function withGetCaching(request: Request, response: Response): Response {
  if (request.method !== 'GET') return response
  const headers = new Headers(response.headers)
  const personal = request.headers.has('authorization') || request.headers.has('cookie')
  headers.set(
    'Cache-Control',
    personal || response.status !== 200
      ? 'private, no-store'
      : `public, max-age=${maxAgeSeconds()}`,
  )
  headers.append('Vary', 'Authorization, Cookie')
  return new Response(response.body, { status: response.status, headers })
}
