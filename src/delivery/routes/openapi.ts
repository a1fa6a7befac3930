import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { makeResponse } from '../cache/response-cache.js'
import { badParameter } from '../http/errors.js'
import { sendError } from '../http/send.js'
import { buildOpenApiDocument } from '../openapi/document.js'
import { cachedGet } from './handler.js'

/**
 * `script` is the one parameter every other route takes; the document is the same in every
 * script, so here it is as unknown as any other (a client sending it has misread the contract).
 */
const refuseScript: RequestHandler = (req, res, next) => {
  if (!Object.hasOwn(req.query, 'script')) return next()
  sendError(
    res,
    badParameter(
      'script',
      req.query.script,
      'unknown parameter; this route accepts none',
      undefined,
      'unknown_parameter',
    ),
  )
}

/**
 * GET /v1/openapi.json: the OpenAPI 3.1 document of the delivery API, cached and validated
 * (ETag, 304) like every other delivery answer; any query parameter is a 400.
 */
export function openApiDocumentRoute(payload: Payload): RequestHandler[] {
  return [
    refuseScript,
    cachedGet(payload, {}, async ({ settings }) =>
      makeResponse(
        JSON.stringify(buildOpenApiDocument(settings)),
        'application/json; charset=utf-8',
      ),
    ),
  ]
}
