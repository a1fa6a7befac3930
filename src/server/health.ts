import { Router } from 'express'
import type { Payload } from 'payload'
import type { SearchService } from '../search/service.js'

const READY_TIMEOUT_MS = 3000

/**
 * /health says the process is alive: no I/O, answered as soon as the event loop turns (the
 * search build yields to it; see src/search/service.ts). /ready says the database answers, so
 * the API can serve, and how far search is; /ready/search is 503 until search answers too, for a
 * balancer that should send searches only to instances whose index is built.
 */
export function healthRoutes(
  payload: Payload,
  search: () => SearchService | undefined = () => undefined,
): Router {
  const router = Router()
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })
  router.get('/ready', async (_req, res) => {
    const started = Date.now()
    const searchState = searchStatus(search())
    try {
      await Promise.race([
        payload.count({ collection: 'users', overrideAccess: true }),
        new Promise((_, reject) =>
          setTimeout(
            () => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)),
            READY_TIMEOUT_MS,
          ),
        ),
      ])
      res.json({ status: 'ready', database: 'ok', search: searchState, ms: Date.now() - started })
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        database: 'error',
        search: searchState,
        message: error instanceof Error ? error.message : String(error),
      })
    }
  })
  router.get('/ready/search', (_req, res) => {
    const service = search()
    const state = searchStatus(service)
    const stats = service?.getStats()
    res.status(state === 'ready' ? 200 : 503).json({
      status: state === 'ready' ? 'ready' : 'unavailable',
      search: state,
      ...(stats ? { documents: stats.documents, buildMs: stats.buildMs } : {}),
    })
  })
  return router
}

/** The search service's state as /ready reports it; 'off' where this process serves no search. */
function searchStatus(service: SearchService | undefined): string {
  if (!service) return 'off'
  const { state } = service.getStats()
  return state === 'idle' ? 'building' : state
}
