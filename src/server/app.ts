import http from 'node:http'
import express, { type NextFunction, type Request, type Response } from 'express'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import { sendWebResponse, toWebRequest } from './bridge.js'
import { requestLogger } from './request-logger.js'
import { trustProxySetting } from './trust-proxy.js'
import proxyaddr from 'proxy-addr'
import { canonicalAddress } from '../auth/client-address.js'
import {
  addressLimiters,
  limitByAddress,
  requestRateLimitsFromEnv,
  sendRateLimited,
  type AddressLimiter,
  type RequestRateLimits,
} from './rate-limit.js'
import { healthRoutes } from './health.js'
import { securityHeaderList, securityHeaders } from './security-headers.js'
import { refuseCrossSiteCookies } from './cross-site.js'
import { BUSY_RETRY_AFTER_SECONDS, databaseBusyBody, isDatabaseBusy } from '../db/busy.js'
import { acceptedLanguage } from '../i18n/message.js'
import { checkApiQuery } from './api-query.js'
import { bodyLimitsFromEnv, limitBodies, type BodyLimits } from './body-limit.js'
import { corsOriginsFrom } from '../delivery/settings.js'
import { withRefusalStatus } from '../graphql/limits.js'
import { withGetCaching } from '../graphql/get.js'
import { deliveryFastPath } from '../delivery/cache/fast-path.js'
import { adminPreviewRouter, deliveryRouter } from '../delivery/routes/index.js'
import { searchRoutes } from '../search/routes.js'
import { searchServiceOf } from '../search/registry.js'

export type AdminHandler = (req: Request, res: Response) => Promise<void>

export interface AppOptions {
  payload: Payload
  config: SanitizedConfig
  /** The Next.js request handler for the Payload admin; omitted when the admin is off. */
  admin?: AdminHandler
  /** Largest request bodies per route; defaults from the environment (src/server/body-limit.ts). */
  bodyLimits?: BodyLimits
  /** Requests per client address and minute; defaults from the environment (src/server/rate-limit.ts). */
  rateLimits?: RequestRateLimits
}

/** Express in charge of routing, with Payload's REST and GraphQL handlers mounted under /api. */
export function createApp({
  payload,
  config,
  admin,
  bodyLimits,
  rateLimits,
}: AppOptions): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting())
  app.use(requestLogger(payload))
  const production = process.env.NODE_ENV === 'production'
  app.use(securityHeaders({ production }))
  app.use(refuseCrossSiteCookies(corsOriginsFrom(process.env.CORS_ORIGINS)))

  app.use(healthRoutes(payload, () => searchServiceOf(payload)))
  const limiters = addressLimiters(rateLimits ?? requestRateLimitsFromEnv())

  // Payload reads the raw request body itself, all of it: bounded here before it does.
  app.use('/api', checkApiQuery(payload))
  app.use('/api', limitBodies(bodyLimits ?? bodyLimitsFromEnv()))
  app.post(['/api/imports', '/api/imports/*path'], limitByAddress(limiters.imports))
  const graphqlPost = GRAPHQL_POST(Promise.resolve(config))
  const graphqlPlayground = GRAPHQL_PLAYGROUND_GET(Promise.resolve(config))
  // Queries over GET too (src/graphql/get.ts): the same handler, limits and budget. GET and POST
  // only: an OPTIONS preflight goes on to Payload's CORS handling below.
  const graphqlRoute = bridge(async (request) =>
    withGetCaching(request, withRefusalStatus(await graphqlPost(request))),
  )
  const graphqlLimit = limitByAddress(limiters.graphql)
  app.route('/api/graphql').get(graphqlLimit, graphqlRoute).post(graphqlLimit, graphqlRoute)
  app.get(
    '/api/graphql-playground',
    bridge((request) => graphqlPlayground(request)),
  )
  app.use(
    '/api',
    bridge((request) => handleEndpoints({ config, request })),
  )

  if (admin) {
    app.all(['/admin', '/admin/*path', '/_next/*path', '/__nextjs*path'], (req, res, next) =>
      admin(req, res).catch(next),
    )
    app.get('/', (_req, res) => res.redirect('/admin'))
  }

  app.use(deliveryRouter(payload))
  app.use(adminPreviewRouter(payload))
  app.use(searchRoutes(payload))

  app.use((req, res) => {
    res.status(404).json({ errors: [{ message: `No route for ${req.method} ${req.path}` }] })
  })
  app.use((error: Error, req: Request, res: Response, _next: NextFunction) => {
    if (isDatabaseBusy(error) && !res.headersSent) {
      payload.logger.warn({ path: req.path }, 'database locked: answered 503')
      res
        .status(503)
        .set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS))
        .json(databaseBusyBody(acceptedLanguage(req)))
      return
    }
    payload.logger.error({ err: error }, 'Unhandled request error')
    if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Internal server error' }] })
  })
  fastPaths.set(app, deliveryFastPath(payload, securityHeaderList({ production })))
  if (limiters.public) publicLimiters.set(app, limiters.public)
  return app
}

const fastPaths = new WeakMap<express.Express, ReturnType<typeof deliveryFastPath>>()
const publicLimiters = new WeakMap<express.Express, AddressLimiter>()

/** Everything but the staff's routes (/api, the admin) and the probes counts as public. */
const STAFF_OR_PROBE = /^\/(?:api|admin|_next|__nextjs|health|ready)(?:[/?]|$)/

/**
 * The HTTP server for an app of createApp: delivery cache hits are answered before Express
 * (src/delivery/cache/fast-path.ts), everything else goes to the app. `app.listen` works too,
 * only without that shortcut.
 */
export function createServer(app: express.Express): http.Server {
  const fast = fastPaths.get(app)
  const serve = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!fast?.(req, res)) app(req, res)
  }
  const limiter = publicLimiters.get(app)
  if (!limiter) return http.createServer(serve)
  // The address as Express resolves req.ip, under the same TRUST_PROXY setting.
  const trusted: unknown = app.get('trust proxy fn')
  const trust =
    typeof trusted === 'function'
      ? (address: string, hop: number) => Boolean(trusted(address, hop))
      : () => false
  return http.createServer((req, res) => {
    if (STAFF_OR_PROBE.test(req.url ?? '/')) return serve(req, res)
    limiter.admit(canonicalAddress(proxyaddr(req, trust)) ?? '').then(
      (retryAfterSeconds) => {
        if (retryAfterSeconds === 0) serve(req, res)
        else sendRateLimited(req, res, limiter, retryAfterSeconds)
      },
      (error: unknown) => res.destroy(error instanceof Error ? error : undefined),
    )
  })
}

function bridge(handler: (request: globalThis.Request) => Promise<globalThis.Response>) {
  return (req: Request, res: Response, next: NextFunction) => {
    handler(toWebRequest(req))
      .then((response) => sendWebResponse(res, response))
      .catch(next)
  }
}
