// Loaded with cms().load() so it runs in the server's realm, with the modules the server uses.
// Small apps around the real delivery and search routes, for the answers the shared test server
// never gives: it runs without rate limits and starts answering searches once the index is built.
import type { AddressInfo } from 'node:net'
import express, { type Router } from 'express'
import type { Payload } from 'payload'
import { deliveryRouter } from '../../src/delivery/routes/index.js'
import { AddressLimiter, limitByAddress } from '../../src/server/rate-limit.js'
import { searchRoutes } from '../../src/search/routes.js'
import { SearchService } from '../../src/search/service.js'

async function listen(
  router: Router | express.Express,
): Promise<{ baseUrl: string; close: () => void }> {
  const app = express().use(router)
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const { port } = server.address() as AddressInfo
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => server.close() }
}

/** The delivery routes behind the public rate limit, at one request a minute per address. */
export function rateLimitedDelivery(payload: Payload) {
  return listen(
    express()
      .use(limitByAddress(new AddressLimiter('public', 1)))
      .use(deliveryRouter(payload)),
  )
}

/** GET /v1/search of a search service that has not built its index yet. */
export function searchBeforeItsIndex(payload: Payload) {
  return listen(searchRoutes(payload, new SearchService({ payload })))
}

/** Express paths (`/articles/:slug`) as OpenAPI path templates (`/articles/{slug}`). */
const template = (path: string) => path.replace(/:(\w+)/g, '{$1}')

function routesOf(prefix: string, router: Router): string[] {
  return router.stack.flatMap((layer) => {
    const route = layer.route
    if (!route) return []
    const methods = new Set(route.stack.map((handler) => handler.method.toUpperCase()))
    return [...methods].map((method) => `${method} ${template(prefix + route.path)}`)
  })
}

/**
 * Every route the delivery and search routers register, as `GET /v1/articles/{slug}`: the routers
 * mounted where src/delivery/routes/index.ts and src/server/app.ts mount them.
 */
export async function servedRoutes(payload: Payload): Promise<string[]> {
  const { brandRouter } = await import('../../src/delivery/routes/brand.js')
  const { feedsRouter, sitemapRouter } = await import('../../src/delivery/routes/feeds.js')
  const { v1Router } = await import('../../src/delivery/routes/v1.js')
  const { weChatRouter } = await import('../../src/delivery/routes/wechat.js')
  const { draftPreviewRouter } = await import('../../src/delivery/routes/draft-preview.js')
  const mounted: Array<[string, Router]> = [
    ['', brandRouter()],
    ['', draftPreviewRouter(payload)],
    ['/v1/wechat', weChatRouter(payload)],
    ['/v1', v1Router(payload)],
    ['/feeds', feedsRouter(payload)],
    ['', sitemapRouter(payload)],
    ['', searchRoutes(payload, new SearchService({ payload }))],
  ]
  const delivery = deliveryRouter(payload).stack.filter(
    (layer) => !layer.route && layer.name === 'router',
  )
  // One entry above per router index.ts mounts (its CORS middleware aside), and search.
  if (delivery.length !== mounted.length - 1)
    throw new Error(
      `deliveryRouter mounts ${delivery.length} routers; servedRoutes knows ${mounted.length - 1}`,
    )
  return mounted.flatMap(([prefix, router]) => routesOf(prefix, router))
}
