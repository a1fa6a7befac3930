/**
 * Requests per client address and minute on the routes anybody can call: public delivery (/v1,
 * feeds, sitemap, search), GraphQL, and imports. Before these limits one client could ask for
 * ~1,900 public answers a second, and for as many GraphQL queries and imports as the server
 * could run, without ever being told to slow down.
 *
 * Counted in each instance's memory (rate-limiter-flexible's RateLimiterMemory): a shared store
 * would cost a database write per request, more than a cached answer costs (~0.03 ms CPU), so
 * behind N instances a client gets up to N times the limit. Sign-in attempts, where one guess
 * more matters, are counted in the database instead (src/auth/login-throttle.ts). A refused
 * request gets 429 with Retry-After and a message in the client's language.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Request, RequestHandler } from 'express'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { acceptedLanguage, messageIn } from '../i18n/message.js'
import { integerSetting } from '../runtime/env.js'
import { canonicalAddress } from '../auth/client-address.js'

export type LimitedRoute = 'public' | 'graphql' | 'imports'

/** Requests per address and minute; 0 turns a limit off. */
export type RequestRateLimits = Record<LimitedRoute, number>

export const DEFAULT_REQUEST_RATE_LIMITS: RequestRateLimits = {
  // 20 a second on average, and a whole minute's worth at once: a reader, a feed reader and a
  // crawler stay well inside; a flood from one address does not.
  public: 1200,
  // Each query may ask for up to GRAPHQL_MAX_DOCUMENTS documents.
  graphql: 120,
  // Each import is analysed in a worker for up to IMPORT_ANALYSIS_TIMEOUT_MS.
  imports: 30,
}

/** No limits: benchmarks driving one route from one address, and the shared test server. */
export const NO_REQUEST_RATE_LIMITS: RequestRateLimits = { public: 0, graphql: 0, imports: 0 }

export function requestRateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RequestRateLimits {
  const setting = (name: string, fallback: number) => integerSetting(name, env[name], fallback, 0)
  return {
    public: setting('PUBLIC_RATE_LIMIT_PER_MINUTE', DEFAULT_REQUEST_RATE_LIMITS.public),
    graphql: setting('GRAPHQL_RATE_LIMIT_PER_MINUTE', DEFAULT_REQUEST_RATE_LIMITS.graphql),
    imports: setting('IMPORT_RATE_LIMIT_PER_MINUTE', DEFAULT_REQUEST_RATE_LIMITS.imports),
  }
}

const SETTING_OF: Record<LimitedRoute, string> = {
  public: 'PUBLIC_RATE_LIMIT_PER_MINUTE',
  graphql: 'GRAPHQL_RATE_LIMIT_PER_MINUTE',
  imports: 'IMPORT_RATE_LIMIT_PER_MINUTE',
}

/** One limiter per route kind; `admit` resolves to 0, or the seconds to wait when refused. */
export class AddressLimiter {
  private readonly limiter: RateLimiterMemory

  constructor(
    readonly route: LimitedRoute,
    readonly perMinute: number,
  ) {
    this.limiter = new RateLimiterMemory({ keyPrefix: route, points: perMinute, duration: 60 })
  }

  admit(address: string): Promise<number> {
    return this.limiter.consume(address).then(
      () => 0,
      (reason: unknown) => {
        if (reason instanceof RateLimiterRes)
          return Math.max(1, Math.ceil(reason.msBeforeNext / 1000))
        throw reason
      },
    )
  }
}

export function addressLimiters(
  limits: RequestRateLimits,
): Partial<Record<LimitedRoute, AddressLimiter>> {
  const limiters: Partial<Record<LimitedRoute, AddressLimiter>> = {}
  for (const route of ['public', 'graphql', 'imports'] as const)
    if (limits[route] > 0) limiters[route] = new AddressLimiter(route, limits[route])
  return limiters
}

function refusalBody(language: 'en' | 'zh', limiter: AddressLimiter, retryAfterSeconds: number) {
  const setting = SETTING_OF[limiter.route]
  return JSON.stringify({
    errors: [
      {
        message: messageIn(
          language,
          `Too many requests from this address: at most ${limiter.perMinute} a minute (${setting}). Try again in ${retryAfterSeconds} s.`,
          `此地址请求过于频繁：每分钟最多 ${limiter.perMinute} 次（${setting}），请 ${retryAfterSeconds} 秒后再试。`,
        ),
        code: 'rate_limited',
        retryAfterSeconds,
      },
    ],
  })
}

/** Answers a refused request on a bare node:http response (the delivery fast path has no Express). */
export function sendRateLimited(
  req: IncomingMessage,
  res: ServerResponse,
  limiter: AddressLimiter,
  retryAfterSeconds: number,
): void {
  const language = /^\s*zh/i.test(req.headers['accept-language'] ?? '') ? 'zh' : 'en'
  const body = refusalBody(language, limiter, retryAfterSeconds)
  res.writeHead(429, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Retry-After': String(retryAfterSeconds),
  })
  res.end(body)
}

/** Express middleware counting each request of its route against the client's address. */
export function limitByAddress(limiter: AddressLimiter | undefined): RequestHandler {
  return (req: Request, res, next) => {
    if (!limiter) return next()
    limiter.admit(canonicalAddress(req.ip) ?? '').then((retryAfterSeconds) => {
      if (retryAfterSeconds === 0) return next()
      res
        .status(429)
        .set('Retry-After', String(retryAfterSeconds))
        .type('application/json')
        .send(refusalBody(acceptedLanguage(req), limiter, retryAfterSeconds))
    }, next)
  }
}
