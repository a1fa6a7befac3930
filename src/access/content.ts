import type { Access, CollectionConfig, FieldAccess } from 'payload'
import type { Article } from '../payload-types.js'
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
 * A retracted article's body: staff read it, readers never do (they get the notice and reason).
 * Asked without a document — Payload checks a filter or sort on the field that way — it is hidden
 * from readers too, so a filter on the body (`where[body][like]=`) is refused for them instead of
 * confirming a retracted text piece by piece.
 */
export const bodyUnlessRetracted: FieldAccess<Article> = ({ req: { user }, doc }) =>
  isStaff(user) || (doc !== undefined && doc.retraction?.retracted !== true)
