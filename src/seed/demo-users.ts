import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { User } from '../payload-types.js'

export interface DemoDesk {
  editor: User
  reviewer: User
  sourceAdmin: User
}

const DEMO_ACCOUNTS = {
  editor: { email: 'demo-editor@example.com', name: '编辑 小王 (demo editor)', roles: ['editor'] },
  reviewer: {
    email: 'demo-reviewer@example.com',
    name: '审核 老李 (demo reviewer)',
    roles: ['reviewer'],
  },
  sourceAdmin: {
    email: 'demo-sources@example.com',
    name: '来源管理 小陈 (demo source admin)',
    roles: ['source-admin'],
  },
} as const

/**
 * The three people of the demo desk. Their password is DEMO_PASSWORD when set, else random and
 * never shown (an administrator can set one in the admin to try the workflow as them).
 */
export async function ensureDemoDesk(payload: Payload): Promise<DemoDesk> {
  const editor = await ensureDemoUser(payload, DEMO_ACCOUNTS.editor)
  const reviewer = await ensureDemoUser(payload, DEMO_ACCOUNTS.reviewer)
  const sourceAdmin = await ensureDemoUser(payload, DEMO_ACCOUNTS.sourceAdmin)
  return { editor, reviewer, sourceAdmin }
}

type DemoAccount = (typeof DEMO_ACCOUNTS)[keyof DemoDesk]

async function ensureDemoUser(payload: Payload, account: DemoAccount): Promise<User> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: account.email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return (
    found.docs[0] ??
    (await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        name: account.name,
        roles: [...account.roles],
        password: process.env.DEMO_PASSWORD || randomBytes(18).toString('base64url'),
      },
      overrideAccess: true,
    }))
  )
}
