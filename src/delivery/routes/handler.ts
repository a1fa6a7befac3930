import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'
import { deliveryCacheFor } from '../cache/delivery-cache.js'
import { makeResponse, type CachedResponse } from '../cache/response-cache.js'
import { DeliveryError } from '../http/errors.js'
import type { Page } from '../read/content.js'
import {
  canonicalQuery,
  readQuery,
  type Parsed,
  type QueryOptions,
  type QuerySpec,
} from '../http/params.js'
import { sendCached, sendError } from '../http/send.js'
import { SCRIPT_LANGUAGE_TAGS, type Script } from '../script.js'
import { deliverySettings, type DeliverySettings } from '../settings.js'

export interface RenderArgs<S extends QuerySpec> {
  payload: Payload
  query: Parsed<S>
  params: Record<string, string>
  settings: DeliverySettings
}

export type Render<S extends QuerySpec> = (args: RenderArgs<S>) => Promise<CachedResponse>

export function jsonResponse(data: unknown, script: Script, lastModified?: Date): CachedResponse {
  return makeResponse(JSON.stringify(data), 'application/json; charset=utf-8', {
    lastModified,
    contentLanguage: SCRIPT_LANGUAGE_TAGS[script],
  })
}

/** The envelope of every paged list (/v1/articles, /v1/qa, /v1/wechat/feed). */
export interface ListPage<Item> {
  script: Script
  language: string
  limit: number
  items: Item[]
  /** The `cursor` of the next page; null on the last page. */
  nextCursor: string | null
}

/** A page of a list route: the shared envelope, Last-Modified from the newest document on it. */
export function listResponse<Item>(
  script: Script,
  limit: number,
  page: Page<{ updatedAt: string }>,
  items: Item[],
): CachedResponse {
  const body: ListPage<Item> = {
    script,
    language: SCRIPT_LANGUAGE_TAGS[script],
    limit,
    items,
    nextCursor: page.nextCursor ?? null,
  }
  return jsonResponse(body, script, newest(page.docs.map((doc) => doc.updatedAt)))
}

/** The newest of some dates (ISO strings), for Last-Modified. */
export function newest(dates: Array<string | null | undefined>): Date | undefined {
  const times = dates.map((d) => (d ? Date.parse(d) : NaN)).filter((t) => !Number.isNaN(t))
  return times.length ? new Date(Math.max(...times)) : undefined
}

export function handleDeliveryError(
  payload: Payload,
  res: Response,
  next: NextFunction,
  error: unknown,
): void {
  if (error instanceof DeliveryError) return sendError(res, error)
  payload.logger.error({ err: error }, 'delivery request failed')
  next(error)
}

/** Named path parameters (`:slug`); our routes have no wildcards, whose values would be arrays. */
function pathParams(req: Request): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.params).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, value] as const] : [],
    ),
  )
}

/**
 * A public GET route: strict query parsing (unknown parameters ignored with `ignoreUnknown`), then the cached response (kept in step with the database by
 * the cache's background check) or a fresh render stored as bytes with its ETag.
 */
export function cachedGet<S extends QuerySpec>(
  payload: Payload,
  spec: S,
  render: Render<S>,
  options: QueryOptions = {},
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const settings = deliverySettings()
      const query = readQuery(req, spec, options)
      const cache = deliveryCacheFor(payload)
      await cache.ensureFresh()
      // Keyed by the raw values (validated above) with the script normalised: zh-TW and hant-tw share an entry.
      // Ignored parameters are left out, so ?utm_source=… shares the entry of the bare URL.
      const known = Object.fromEntries(Object.entries(req.query).filter(([name]) => name in spec))
      const key = `${req.baseUrl}${req.path}?${canonicalQuery({ ...known, script: query.script })}`
      cache.rememberUrl(req.originalUrl, key)
      let entry = cache.getResponse(key)
      if (!entry) {
        const generation = cache.generation
        entry = await render({
          payload,
          query,
          params: pathParams(req),
          settings,
        })
        cache.putResponse(key, entry, generation)
      }
      sendCached(req, res, entry, `public, max-age=${settings.maxAgeSeconds}`)
    } catch (error) {
      handleDeliveryError(payload, res, next, error)
    }
  }
}
