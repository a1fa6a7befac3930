import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { isAdmin } from '../src/access/roles.js'
import { ROLES } from '../src/access/roles.js'
import { colleagueView, readUsers, selfOrAdminField } from '../src/access/users.js'
import { forgiveSignIn, throttleSignIn } from '../src/auth/hooks.js'
import { makeFirstUserAdmin } from '../src/hooks/first-user-admin.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'

const selfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  return { id: { equals: user.id } }
}

/** Roles (and names) are granted by an admin; the very first account is made admin by a hook, not by the caller. */
const rolesWritable: FieldAccess = ({ req: { user } }) => isAdmin(user)

const roleLabels: Record<(typeof ROLES)[number], ReturnType<typeof label>> = {
  editor: label('Editor', '编辑'),
  reviewer: label('Reviewer', '审核'),
  'source-admin': label('Source administrator', '来源管理员'),
  admin: label('Administrator', '管理员'),
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('User', '用户'), plural: label('Users', '用户') },
  auth: {
    useAPIKey: true,
    // Payload's lockout locks the account itself, for anyone who knows its address; sign-ins are
    // throttled by client and account instead (src/auth/login-throttle.ts).
    maxLoginAttempts: 0,
  },
  admin: {
    // Relationship fields (creator, assignee, importer, comment author) show the name, never the e-mail.
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: ADMIN_GROUPS.administration,
  },
  access: {
    read: readUsers,
    create: async ({ req }) => {
      if (isAdmin(req.user)) return true
      // Open only while there is nobody yet, so a fresh install can create its first admin.
      const { totalDocs } = await req.payload.count({
        collection: 'users',
        overrideAccess: true,
        req,
      })
      return totalDocs === 0
    },
    update: selfOrAdmin,
    delete: ({ req: { user } }) => isAdmin(user),
    admin: ({ req: { user } }) => Array.isArray(user?.roles) && user.roles.length > 0,
  },
  hooks: {
    beforeOperation: [throttleSignIn],
    afterLogin: [forgiveSignIn],
    beforeChange: [makeFirstUserAdmin],
    afterRead: [colleagueView],
  },
  fields: [
    // Payload's own e-mail field, readable (and filterable) only by the account itself and admins.
    {
      name: 'email',
      type: 'email',
      required: true,
      // Overriding Payload's field drops its translated label: without one the admin said "Email".
      label: label('Email', '电子邮件'),
      access: { read: selfOrAdminField },
    },
    {
      // The name colleagues and the audit trail know someone by: set by an administrator, so
      // nobody can rename themselves into someone else (src/workflow/audit.ts actorNameOf).
      name: 'name',
      type: 'text',
      label: label('Name', '姓名'),
      access: { update: rolesWritable },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      defaultValue: ['editor'],
      label: label('Roles', '角色'),
      options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: rolesWritable, update: rolesWritable, read: () => true },
      saveToJWT: true,
    },
  ],
}
