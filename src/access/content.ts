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
