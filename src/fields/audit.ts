import type { Field, FieldHook } from 'payload'
import { label, type Label } from '../i18n/label.js'
import { serverSetAccess, serverSetAdmin } from './server-set.js'

const setOnCreate: FieldHook = ({ operation, req, value }) =>
  operation === 'create' && req.user ? req.user.id : value
const setOnEveryChange: FieldHook = ({ req, value }) => (req.user ? req.user.id : value)

const auditField = (name: string, fieldLabel: Label, setUser: FieldHook): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label: fieldLabel,
  access: serverSetAccess,
  admin: serverSetAdmin,
  hooks: { beforeChange: [setUser] },
})

/** createdBy / updatedBy, set by the server from the signed-in user and visible to staff only. */
export const auditFields: Field[] = [
  auditField('createdBy', label('Created by', '创建人'), setOnCreate),
  auditField('updatedBy', label('Last edited by', '最后编辑人'), setOnEveryChange),
]
