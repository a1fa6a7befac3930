import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { canPublish } from '../access/roles.js'
import { message } from '../i18n/message.js'
import { isWorkflowPublish, workflowWrite } from './context.js'
import { isWorkflowCollection } from './states.js'

function publishRefused(req: PayloadRequest, collection: string): APIError {
  return canPublish(req.user) && isWorkflowCollection(collection)
    ? new APIError(
        message(
          req,
          `Publishing goes through the review workflow: POST /api/${collection}/{id}/workflow/publish (or the Publish button of the workflow panel).`,
          `发布须通过审核流程：POST /api/${collection}/{id}/workflow/publish（或审核流程面板中的“发布”按钮）。`,
        ),
        403,
      )
    : new APIError(
        message(
          req,
          'Only a reviewer or an administrator can publish, through the review workflow. Save your changes as a draft (draft=true) instead.',
          '只有审核人或管理员可以通过审核流程发布。请将修改保存为草稿（draft=true）。',
        ),
        403,
      )
}

/**
 * On the workflow collections `_status` becomes 'published' only through the workflow's publish transition — whatever the route:
 * a normal update, a bulk update, GraphQL, a version restore, or a direct `_status` write (Payload
 * issue #6580). Calls without a user are trusted server code (seeding, migrations).
 */
export const guardPublishing: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!req.user || isWorkflowPublish(req)) return data
  if (!isWorkflowCollection(collection.slug)) {
    // Collections without a review workflow (topics, laws, Q&A sets): reviewers and admins publish directly.
    const nextStatus = data._status ?? originalDoc?._status
    if (nextStatus === 'published' && !canPublish(req.user))
      throw publishRefused(req, collection.slug)
    return data
  }
  if (data._status === 'published') throw publishRefused(req, collection.slug)
  return data
}

/**
 * The same rule before any work is done, where the `draft` flag is still known: a save that is not a
 * draft save would overwrite (or unpublish) the live version, so users must save drafts of live
 * content; a version restore is always made a draft restore.
 */
export const guardLiveWrites: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (!req.user || workflowWrite(req.context)) return args
  const data = (args as { data?: { _status?: unknown } }).data
  if ((operation === 'create' || operation === 'update') && data?._status === 'published')
    throw publishRefused(req, collection.slug)
  if (operation === 'update' && !(args as { draft?: boolean }).draft) {
    const { id, where } = args as { id?: number | string; where?: Record<string, unknown> }
    const target = id !== undefined ? { id: { equals: id } } : (where ?? {})
    const live = await req.payload.count({
      collection: collection.slug as 'articles',
      where: { and: [target, { _status: { equals: 'published' } }] } as never,
      overrideAccess: true,
      req,
    })
    if (live.totalDocs > 0) {
      throw new APIError(
        message(
          req,
          'This content is live: save your changes as a draft (draft=true); they go live when a reviewer publishes them. Unpublishing goes through the review workflow.',
          '此内容已发布：请将修改保存为草稿（draft=true），审核人发布后才会生效。撤下须通过审核流程。',
        ),
        403,
      )
    }
  }
  // A restored version becomes the latest draft, whoever restores it and however it is asked:
  // going live is the workflow's publish. Payload's version view sends a draft version's restore
  // as a non-draft one ("Restore this version" offers no "as draft" there), which was refused
  // with developer text; now it is turned into a draft restore (patches/payload+3.90.2.patch makes
  // Payload read `draft` after this hook).
  if (operation === 'restoreVersion' && !('draft' in args && args.draft))
    return { ...args, draft: true }
  return args
}
