import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { canEditContent, isAdmin, isStaff } from './roles.js'

/** Anonymous readers and API keys without a role see published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { _status: { equals: 'published' } }
}

export const contentEditors: Access = ({ req: { user } }) => canEditContent(user)
export const staffOnly: Access = ({ req: { user } }) => isStaff(user)
export const adminsOnly: Access = ({ req: { user } }) => isAdmin(user)
export const anyone: Access = () => true
export const nobody: Access = () => false

/**
 * Editorial content: the public reads what is published, editors write, only admins delete.
 * Versions are drafts too: only staff read them (Payload's default is any logged-in user).
 */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedOrStaff,
  readVersions: staffOnly,
  create: contentEditors,
  update: contentEditors,
  delete: adminsOnly,
}

export const staffField: FieldAccess = ({ req: { user } }) => isStaff(user)
export const adminField: FieldAccess = ({ req: { user } }) => isAdmin(user)
/** For fields only server code (hooks, jobs) writes: no API call may set them. */
export const nobodyField: FieldAccess = () => false

/**
 * A field whose value read access hides on some documents (an article's body once it is retracted:
 * `hideRetractedBody` answers it as null to readers). Payload asks field access without a document
 * to check a filter or sort on the field: readers are refused there, so `where[body][like]=` cannot
 * confirm a retracted text piece by piece. With a document the value itself is left to the
 * collection's afterRead hook: a `false` here makes Payload 3.90 run the rich-text afterRead hooks
 * of a `locale: 'all'` read on the removed value (a TypeError, a 500 on /v1).
 */
export const readersCannotFilter: FieldAccess = ({ req: { user }, doc }) =>
  doc !== undefined || isStaff(user)
