import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

export interface AdminAccount {
  email: string
  /** Only present when the password was generated here and must be shown once. */
  generatedPassword?: string
  created: boolean
}

/** Creates the first administrator on an empty database, from ADMIN_EMAIL/ADMIN_PASSWORD or a generated password. */
export async function ensureAdminAccount(payload: Payload): Promise<AdminAccount> {
  const email = process.env.ADMIN_EMAIL || 'admin@example.com'
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return { email, created: false }
  const given = process.env.ADMIN_PASSWORD
  const password = given || randomBytes(9).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', roles: ['admin'] },
    overrideAccess: true,
  })
  return { email, created: true, generatedPassword: given ? undefined : password }
}
