import { Router, type Request } from 'express'
import { createLocalReq, type Payload } from 'payload'
import { collectionOfType } from './documents.js'
import { parseSearchParams, SEARCH_TYPES, SearchParamError } from './params.js'
import { startSearchService } from './registry.js'
import type { SearchService } from './service.js'
import type { SearchDocumentType } from './types.js'

/** Anonymous answers may be cached briefly by browsers and proxies; a change shows within this. */
const PUBLIC_MAX_AGE_SECONDS = 30

/**
 * GET /v1/search: readers get published content; a request authenticated as staff (JWT, API
 * key or the admin session cookie) also gets drafts of the collections its user may read as drafts.
 */
export function searchRoutes(
  payload: Payload,
  service: SearchService = startSearchService(payload),
): Router {
  const router = Router()
  router.get('/v1/search', async (req, res, next) => {
    const zh = /^zh\b/i.test(req.get('accept-language') ?? '')
    try {
      const params = parseSearchParams(req.query as Record<string, unknown>)
      const draftTypes = await typesWithDraftAccess(payload, req)
      try {
        await service.ready
      } catch {
        res.status(503).json({
          errors: [
            {
              message: zh
                ? '搜索暂不可用：索引构建失败。'
                : 'Search is unavailable: building the index failed.',
            },
          ],
        })
        return
      }
      const response = service.search(params.q, { ...params.options, includeDrafts: draftTypes })
      res.set(
        'Cache-Control',
        draftTypes.length > 0 ? 'private, no-store' : `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`,
      )
      res.vary('Authorization').vary('Cookie')
      res.json({ query: params.q, ...response })
    } catch (error) {
      if (error instanceof SearchParamError) {
        res.status(400).json({
          errors: [
            {
              message: zh ? error.messageZh : error.message,
              parameter: error.parameter,
              code: error.code,
            },
          ],
        })
        return
      }
      next(error)
    }
  })
  return router
}

/** The types whose drafts the requesting user may read: none for anonymous readers. */
async function typesWithDraftAccess(payload: Payload, req: Request): Promise<SearchDocumentType[]> {
  const cookie = req.get('cookie') ?? ''
  if (!req.get('authorization') && !cookie.includes('payload-token=')) return []
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) value.forEach((each) => headers.append(name, each))
  }
  const { user } = await payload.auth({ headers })
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
