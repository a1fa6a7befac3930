import { APIError, type Access, type CollectionBeforeChangeHook } from 'payload'
import { hasRole, isStaff } from '../access/roles.js'
import { message } from '../i18n/message.js'
import { isWorkflowCollection } from './states.js'

/** Staff edit their own comments; reviewers and admins may resolve anyone's. */
export const commentUpdaters: Access = ({ req: { user } }) => {
  if (!user || !isStaff(user)) return false
  if (hasRole(user, 'reviewer')) return true
  return { author: { equals: user.id } }
}

/** The author is whoever writes the comment; resolving records who and when. The item must exist. */
export const stampComment: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') {
    if (req.user) data.author = req.user.id
    if (!isWorkflowCollection(data.itemCollection)) {
      throw new APIError(
        message(
          req,
          'itemCollection must be articles, qa-entries or glossary-terms.',
          'itemCollection 须为 articles、qa-entries 或 glossary-terms。',
        ),
        400,
        [{ path: 'itemCollection', message: 'invalid' }],
      )
    }
    const item = await req.payload.findByID({
      collection: data.itemCollection,
      id: data.itemId,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!item)
      throw new APIError(
        message(
          req,
          `No ${data.itemCollection} item with id ${data.itemId} (itemId).`,
          `找不到 id 为 ${data.itemId} 的内容（itemId）。`,
        ),
        400,
        [{ path: 'itemId', message: 'not found' }],
      )
    // Pins the comment to this document: a later one with the same id is not blocked by it.
    data.itemCreatedAt = item.createdAt
  } else if (originalDoc) {
    // What a comment is about never changes.
    data.itemCollection = originalDoc.itemCollection
    data.itemId = originalDoc.itemId
    data.itemCreatedAt = originalDoc.itemCreatedAt
    data.author = originalDoc.author
  }
  const wasResolved = Boolean(originalDoc?.resolved)
  if (data.resolved && !wasResolved) {
    data.resolvedBy = req.user?.id ?? null
    data.resolvedAt = new Date().toISOString()
  } else if (!data.resolved) {
    data.resolvedBy = null
    data.resolvedAt = null
  }
  return data
}
