import type { IncomingMessage, ServerResponse } from 'node:http'
import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

/**
 * The admin's build files and icons: one page view fetches dozens, so at info they flooded the log
 * (11,831 lines in 36 minutes). They are logged at debug (LOG_LEVEL=debug shows them).
 */
const STATIC_ASSET = /^\/(?:_next\/(?:static|image)\/|__nextjs|favicon\.ico(?:$|\?))/

export const isStaticAsset = (url: string): boolean => STATIC_ASSET.test(url)

/**
 * Logs the request with its status and duration once answered. Nothing is set up when the level
 * it would be logged at is off (LOG_LEVEL=warn: no listener, no timer, no line built).
 */
export function logWhenAnswered(
  payload: Payload,
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
): void {
  const level = isStaticAsset(url) ? 'debug' : 'info'
  if (!payload.logger.isLevelEnabled(level)) return
  const started = process.hrtime.bigint()
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const duration = Math.round(ms * 10) / 10
    const fields = { method: req.method, url, status: res.statusCode, ms: duration }
    payload.logger[level](fields, `${req.method} ${url} ${res.statusCode} ${duration} ms`)
  })
}

/** One structured log line per request, with its status and duration. */
export function requestLogger(payload: Payload) {
  return (req: Request, res: Response, next: NextFunction) => {
    logWhenAnswered(payload, req, res, req.originalUrl)
    next()
  }
}
