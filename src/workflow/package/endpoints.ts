/**
 * The review package on the workflow's REST edge (registered with the other root workflow
 * endpoints, src/workflow/plugin.ts; errors answered by src/workflow/http.ts):
 *
 * - GET  /api/workflow/packages/:importId — the package view's data (./status.ts)
 * - POST /api/workflow/packages/:importId/:action — submit | approve | publish every item, all or
 *   nothing (./transition.ts); body: `comment`, and for submit `assignee`, `dueDate`
 * - POST /api/workflow/packages/:importId/flags/:type/resolve — a document-level flag, once (./flags.ts)
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { message } from '../../i18n/message.js'
import { bodyOf, errorResponse } from '../http.js'
import { resolveDocumentFlag } from './flags.js'
import { packageStatus } from './status.js'
import { runPackageTransition } from './transition.js'

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const routeParam = (req: PayloadRequest, name: string): string => String(req.routeParams?.[name])

export const packageEndpoints: Endpoint[] = [
  {
    path: '/workflow/packages/:importId',
    method: 'get',
    handler: async (req) => {
      try {
        return Response.json(await packageStatus(req, routeParam(req, 'importId')))
      } catch (error) {
        return errorResponse(error)
      }
    },
  },
  {
    path: '/workflow/packages/:importId/flags/:type/resolve',
    method: 'post',
    handler: async (req) => {
      try {
        const result = await resolveDocumentFlag(req.payload, {
          importId: routeParam(req, 'importId'),
          type: routeParam(req, 'type'),
          user: req.user,
          req,
        })
        return Response.json({
          message: message(
            req,
            `Resolved on ${result.resolved.length} items.`,
            `已在${result.resolved.length}项中解决。`,
          ),
          ...result,
        })
      } catch (error) {
        return errorResponse(error)
      }
    },
  },
  {
    path: '/workflow/packages/:importId/:action',
    method: 'post',
    handler: async (req) => {
      try {
        const body = await bodyOf(req)
        const result = await runPackageTransition(req.payload, {
          importId: routeParam(req, 'importId'),
          action: routeParam(req, 'action'),
          user: req.user,
          comment: text(body.comment),
          assignee:
            text(body.assignee) ?? (typeof body.assignee === 'number' ? body.assignee : undefined),
          dueDate: text(body.dueDate),
          req,
        })
        return Response.json({
          message: message(
            req,
            `Done: ${result.items.length} items.`,
            `操作完成：共${result.items.length}项。`,
          ),
          ...result,
        })
      } catch (error) {
        return errorResponse(error)
      }
    },
  },
]
