import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { dataRoot } from '../paths.js'

export interface AdminAccount {
  email: string
  /** Only present when the password was generated here and must be shown once. */
  generatedPassword?: string
  /** Where a generated password was saved (git-ignored, readable by the owner only). */
  passwordFile?: string
  created: boolean
}

/** The git-ignored file (in DATA_DIR, default data/) that keeps a generated admin password. */
export const adminPasswordFile = (): string => path.join(dataRoot, 'admin-password.txt')

function savePassword(email: string, password: string): string {
  const file = adminPasswordFile()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(
    file,
    [
      '# The first administrator, created with a generated password (管理员初始密码).',
      '# Change the password after logging in, then delete this file.',
      `email: ${email}`,
      `password: ${password}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  )
  // writeFileSync applies the mode only when it creates the file.
  fs.chmodSync(file, 0o600)
  return file
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
  if (given) return { email, created: true }
  return {
    email,
    created: true,
    generatedPassword: password,
    passwordFile: savePassword(email, password),
  }
}
