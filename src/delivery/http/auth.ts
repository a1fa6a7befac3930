import type { Request } from 'express'
import type { Payload } from 'payload'
import { hasRole } from '../../access/roles.js'
import { webHeaders } from '../../server/bridge.js'
import { DeliveryError } from './errors.js'

/** The signed-in user (JWT header, admin session cookie or API key), checked by Payload. */
export async function requestUser(payload: Payload, req: Request) {
  const { user } = await payload.auth({ headers: webHeaders(req) })
  return user ?? null
}

/** Editors, reviewers and admins: the people who prepare articles. */
export async function requireEditor(payload: Payload, req: Request) {
  const user = await requestUser(payload, req)
  if (!user)
    throw new DeliveryError(
      401,
      'Log in (Authorization: JWT <token>, the admin session, or an API key) to preview WeChat articles',
    )
  if (!hasRole(user, 'editor', 'reviewer'))
    throw new DeliveryError(
      403,
      'Previewing WeChat articles needs the editor, reviewer or admin role',
    )
  return user
}
