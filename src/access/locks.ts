import type { Access, SanitizedConfig } from 'payload'
import { fieldValue, sameId } from '../workflow/doc-values.js'
import { isAdmin, isStaff } from './roles.js'

/** The user a lock names: `user` is a polymorphic relationship ({ relationTo, value }). */
const lockHolder = (data: unknown): unknown => {
  const user = fieldValue(data, 'user')
  return fieldValue(user, 'value') ?? user
}

const namesSelf = (data: unknown, id: unknown): boolean =>
  fieldValue(data, 'user') !== undefined && sameId(lockHolder(data), id)

/** Staff see who is editing what; nobody else does. */
const readLocks: Access = ({ req: { user } }) => isStaff(user)

/** Staff lock documents for themselves only, never in somebody else's name. */
const createLocks: Access = ({ req: { user }, data }) => isStaff(user) && namesSelf(data, user?.id)

/**
 * A lock is its holder's: another staff member may take it over for themselves (the admin's
 * "take over", which tells the holder's editor), but not hand it to someone else or change it.
 */
const updateLocks: Access = ({ req: { user }, data }) => {
  if (!user || !isStaff(user)) return false
  if (isAdmin(user)) return true
  if (fieldValue(data, 'user') !== undefined) return namesSelf(data, user.id)
  return { 'user.value': { equals: user.id } }
}

/** Only the holder (or an admin) releases a lock; expired ones Payload clears itself. */
const deleteLocks: Access = ({ req: { user } }) => {
  if (!user || !isStaff(user)) return false
  if (isAdmin(user)) return true
  return { 'user.value': { equals: user.id } }
}

export const LOCKED_DOCUMENTS = 'payload-locked-documents'

/**
 * Payload adds its document-lock collection while it sanitizes the config, after plugins ran,
 * with "any logged-in user" for every operation: any staff member could delete (or rewrite)
 * another's lock. This gives it the access rules above.
 */
export function withOwnedLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKED_DOCUMENTS)
  if (locks)
    locks.access = {
      ...locks.access,
      read: readLocks,
      create: createLocks,
      update: updateLocks,
      delete: deleteLocks,
    }
  return config
}
