import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

/** One structured log line per request, with its status and duration. */
export function requestLogger(payload: Payload) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const duration = Math.round(ms * 10) / 10
      payload.logger.info(
        { method: req.method, url: req.originalUrl, status: res.statusCode, ms: duration },
        `${req.method} ${req.originalUrl} ${res.statusCode} ${duration} ms`,
      )
    })
    next()
  }
}
