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

/**
 * GET /v1/search: readers get published content; a request authenticated as staff (JWT, API
 * key or the admin session cookie) also gets drafts of the collections its user may read as drafts.
 * Parameters, cursors and errors are those of the /v1 edge (src/delivery/http); error messages
 * are in Chinese when Accept-Language asks for it.
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
      await service.ready.catch(() => {
        throw new DeliveryError(503, 'Search is unavailable: building the index failed.', {
          code: 'search_unavailable',
        })
      })
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
