import { Router } from 'express'
import type { Payload } from 'payload'

const READY_TIMEOUT_MS = 3000

/** /health says the process is alive; /ready says the database answers. */
export function healthRoutes(payload: Payload): Router {
  const router = Router()
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })
  router.get('/ready', async (_req, res) => {
    const started = Date.now()
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
      res.json({ status: 'ready', database: 'ok', ms: Date.now() - started })
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        database: 'error',
        message: error instanceof Error ? error.message : String(error),
      })
    }
  })
  return router
}
