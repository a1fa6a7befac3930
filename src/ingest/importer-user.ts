import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { canEditContent } from '../access/roles.js'
import type { User } from '../payload-types.js'

export const IMPORTER_EMAIL = 'importer@system.local'

/**
 * The account command-line imports run as when no `--as` user is given: an editor that nobody
 * logs in as (its password is random and never shown), so drafts say who created them.
 */
export async function ensureImporterUser(payload: Payload): Promise<User> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: IMPORTER_EMAIL } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs[0]) return found.docs[0]
  return payload.create({
    collection: 'users',
    data: {
      email: IMPORTER_EMAIL,
      password: randomBytes(24).toString('base64url'),
      name: 'Importer (system) · 导入程序',
      roles: ['editor'],
    },
    overrideAccess: true,
  })
}

export class UnknownImportUserError extends Error {}

/** The user named by `--as`: must exist and be allowed to create content. */
export async function findImportUser(payload: Payload, email: string): Promise<User> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const user = found.docs[0]
  if (!user)
    throw new UnknownImportUserError(
      `No user with the email ${email}: create the account first or leave out --as.`,
    )
  if (!canEditContent(user))
    throw new UnknownImportUserError(
      `${email} cannot create content (roles: ${(user.roles ?? []).join(', ') || 'none'}); importing needs the editor, reviewer or admin role.`,
    )
  return user
}
