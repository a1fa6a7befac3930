import type { Access, CollectionAfterReadHook, FieldAccess } from 'payload'
import { isAdmin, isStaff } from './roles.js'

type Reader = { id?: unknown; roles?: unknown; collection?: string } | null | undefined

const isSelf = (user: Reader, id: unknown): boolean =>
  Boolean(user) &&
  user?.collection === 'users' &&
  id !== undefined &&
  String(user?.id) === String(id)

/**
 * Staff see each other as a display name (importer, creator, assignee, comment author); a user
 * without a role sees only their own account, anonymous callers nothing.
 */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user) || isStaff(user)) return true
  return { id: { equals: user.id } }
}

/** Only the account itself and admins read (or filter by) a user's e-mail address. */
export const selfOrAdminField: FieldAccess = ({ req: { user }, doc, id }) =>
  isAdmin(user) || isSelf(user, doc?.id ?? id)

/** What staff may know about a colleague: the id, the display name and the roles. */
export const COLLEAGUE_FIELDS = ['id', 'name', 'roles'] as const

/**
 * A colleague's account read by other staff keeps only its display fields; the account itself,
 * admins and internal reads without a user (notification e-mails) get the whole document.
 */
export const colleagueView: CollectionAfterReadHook = ({ doc, req: { user } }) => {
  if (!user || isAdmin(user) || isSelf(user, doc?.id)) return doc
  return Object.fromEntries(
    COLLEAGUE_FIELDS.filter((key) => key in doc).map((key) => [key, doc[key]]),
  )
}
