import { Router, type Request } from 'express'
import { createLocalReq, type Payload } from 'payload'
import { requestUser } from '../delivery/http/auth.js'
import { DeliveryError } from '../delivery/http/errors.js'
import { acceptedLanguage } from '../i18n/message.js'
import { sendError } from '../delivery/http/send.js'
import { collectionOfType } from './documents.js'
import { inChinese, readSearchParams } from './params.js'
import { startSearchService } from './registry.js'
import { SearchResultCache } from './result-cache.js'
import type { SearchService } from './service.js'
import { SEARCH_TYPES, type SearchDocumentType } from './types.js'

/** Anonymous answers may be cached briefly by browsers and proxies; a change shows within this. */
const PUBLIC_MAX_AGE_SECONDS = 30
/** Retry-After of a search asked before the first build finished. */
const RETRY_AFTER_SECONDS = 5

/**
 * GET /v1/search: readers get published content; a request authenticated as staff (JWT, API
 * key or the admin session cookie) also gets drafts of the collections its user may read as drafts.
 * Parameters, cursors and errors are those of the /v1 edge (src/delivery/http); error messages
 * are in Chinese when Accept-Language asks for it. Until the first build of the index finishes
 * every search is a 503 `search_not_ready` with Retry-After, answered at once.
 */
export function searchRoutes(
  payload: Payload,
  service: SearchService = startSearchService(payload),
  results: SearchResultCache = new SearchResultCache(),
): Router {
  const router = Router()
  router.get('/v1/search', async (req, res, next) => {
    try {
      const params = readSearchParams(req)
      const draftTypes = await typesWithDraftAccess(payload, req)
      const { state } = service.getStats()
      if (state === 'failed')
        throw new DeliveryError(503, 'Search is unavailable: building the index failed.', {
          code: 'search_unavailable',
        })
      // Not waited for: at 10,000 articles the first build takes ~20 s, longer than clients wait.
      if (state !== 'ready') {
        res.set('Retry-After', String(RETRY_AFTER_SECONDS))
        throw new DeliveryError(
          503,
          'Search is starting: the index is being built. Try again in a few seconds (GET /ready/search says when it is ready).',
          { code: 'search_not_ready' },
        )
      }
      // Repeated queries: the same body while the index has not changed (result-cache.ts).
      const options = { ...params.options, includeDrafts: draftTypes }
      const body = results.answer(JSON.stringify([params.q, options]), service.index.version, () =>
        JSON.stringify({ query: params.q, ...service.search(params.q, options) }),
      )
      res.set(
        'Cache-Control',
        draftTypes.length > 0 ? 'private, no-store' : `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`,
      )
      res.vary('Authorization').vary('Cookie')
      res.type('json').send(body)
    } catch (error) {
      if (!(error instanceof DeliveryError)) return next(error)
      sendError(res, acceptedLanguage(req) === 'zh' ? inChinese(error) : error)
    }
  })
  return router
}

/** The types whose drafts the requesting user may read: none for anonymous readers. */
async function typesWithDraftAccess(payload: Payload, req: Request): Promise<SearchDocumentType[]> {
  const cookie = req.get('cookie') ?? ''
  // Anonymous readers are most requests: no credentials, no call to payload.auth.
  if (!req.get('authorization') && !cookie.includes('payload-token=')) return []
  const user = await requestUser(payload, req)
  if (!user) return []
  const localReq = await createLocalReq({ user }, payload)
  const types: SearchDocumentType[] = []
  for (const type of SEARCH_TYPES) {
    const read = payload.collections[collectionOfType(type)]?.config.access.read
    // `true` means no constraint (drafts included); a query constraint means published only.
    if (read && (await read({ req: localReq })) === true) types.push(type)
  }
  return types
}
