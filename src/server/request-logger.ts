import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

/**
 * The admin's build files and icons: one page view fetches dozens, so at info they flooded the log
 * (11,831 lines in 36 minutes). They are logged at debug (LOG_LEVEL=debug shows them).
 */
const STATIC_ASSET = /^\/(?:_next\/(?:static|image)\/|__nextjs|favicon\.ico(?:$|\?))/

export const isStaticAsset = (url: string): boolean => STATIC_ASSET.test(url)

/** One structured log line per request, with its status and duration. */
export function requestLogger(payload: Payload) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const duration = Math.round(ms * 10) / 10
      const fields = {
        method: req.method,
        url: req.originalUrl,
        status: res.statusCode,
        ms: duration,
      }
      const line = `${req.method} ${req.originalUrl} ${res.statusCode} ${duration} ms`
      if (isStaticAsset(req.originalUrl)) payload.logger.debug(fields, line)
      else payload.logger.info(fields, line)
    })
    next()
  }
}
