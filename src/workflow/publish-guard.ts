import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { canPublish } from '../access/roles.js'
import { message } from '../i18n/message.js'

/**
 * Only reviewers and admins may make a document published — whatever the route: a normal
 * update, a bulk update, GraphQL, or a direct `_status` write (Payload issue #6580).
 * An editor's save of published content must be a draft save (`?draft=true`), which leaves
 * the live version untouched. Calls without a user are trusted server code (seeding, jobs).
 */
export const guardPublishing: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || canPublish(req.user)) return data
  const nextStatus = data._status ?? originalDoc?._status
  if (nextStatus === 'published') {
    throw new APIError(
      message(
        req,
        'Only a reviewer or an administrator can publish. Save your changes as a draft (draft=true) instead.',
        '只有审核人或管理员可以发布。请将修改保存为草稿（draft=true）。',
      ),
      403,
    )
  }
  return data
}
