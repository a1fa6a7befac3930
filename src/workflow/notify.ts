import type { Payload } from 'payload'
import { relationIdOf } from './doc-values.js'

/** Emails one user through Payload's email adapter (console output when none is configured). Never throws. */
export async function notifyUser(
  payload: Payload,
  user: unknown,
  subject: string,
  text: string,
): Promise<void> {
  const id = relationIdOf(user)
  if (id === undefined) return
  try {
    const found = await payload.findByID({
      collection: 'users',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    const email = found?.email
    if (!email) return
    await payload.sendEmail({ to: email, subject, text })
  } catch (error) {
    payload.logger.warn({ err: error, user: id }, 'workflow notification email failed')
  }
}

export function itemLink(payload: Payload, collection: string, id: number | string): string {
  const base = payload.config.serverURL || ''
  return `${base}${payload.config.routes.admin}/collections/${collection}/${id}`
}
