/**
 * The review package on the workflow's REST edge (registered with the other root workflow
 * endpoints, src/workflow/plugin.ts; errors answered by src/workflow/http.ts):
 *
 * - GET  /api/workflow/packages/:importId — the package view's data (./status.ts)
 * - POST /api/workflow/packages/:importId/:action — submit | approve | publish every item, all or
 *   nothing (./transition.ts); body: `comment`, and for submit `assignee`, `dueDate`
 * - POST /api/workflow/packages/:importId/flags/:type/resolve — a document-level flag, once (./flags.ts)
 */
import type { Endpoint } from 'payload'
import { message } from '../../i18n/message.js'
import { bodyOf, jsonHandler, routeParam, text, userIdIn } from '../http.js'
import { resolveDocumentFlag } from './flags.js'
import { packageStatus } from './status.js'
import { runPackageTransition } from './transition.js'

export const packageEndpoints: Endpoint[] = [
  {
    path: '/workflow/packages/:importId',
    method: 'get',
    handler: jsonHandler((req) => packageStatus(req, routeParam(req, 'importId'))),
  },
  {
    path: '/workflow/packages/:importId/flags/:type/resolve',
    method: 'post',
    handler: jsonHandler(async (req) => {
      const result = await resolveDocumentFlag(req.payload, {
        importId: routeParam(req, 'importId'),
        type: routeParam(req, 'type'),
        user: req.user,
        req,
      })
      return {
        message: message(
          req,
          `Resolved on ${result.resolved.length} items.`,
          `已在${result.resolved.length}项中解决。`,
        ),
        ...result,
      }
    }),
  },
  {
    path: '/workflow/packages/:importId/:action',
    method: 'post',
    handler: jsonHandler(async (req) => {
      const body = await bodyOf(req)
      const result = await runPackageTransition(req.payload, {
        importId: routeParam(req, 'importId'),
        action: routeParam(req, 'action'),
        user: req.user,
        comment: text(body.comment),
        assignee: userIdIn(body.assignee),
        dueDate: text(body.dueDate),
        req,
      })
      return {
        message: message(
          req,
          `Done: ${result.items.length} items.`,
          `操作完成：共${result.items.length}项。`,
        ),
        ...result,
      }
    }),
  },
]
