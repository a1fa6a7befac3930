import type { Access, FieldAccess } from 'payload'
import { canEditContent, canManageSources, isStaff } from './roles.js'

/** The public sees a source only once it has been verified (and then only its public fields). */
export const verifiedSourcesOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { 'verification.status': { equals: 'verified' } }
}

/** Editors record where content came from (the importer runs as an editor); rights and verification stay with source admins. */
export const sourceCreators: Access = ({ req: { user } }) =>
  canEditContent(user) || canManageSources(user)
export const sourceAdmins: Access = ({ req: { user } }) => canManageSources(user)
export const sourceAdminField: FieldAccess = ({ req: { user } }) => canManageSources(user)
