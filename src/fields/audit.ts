import type { Field, FieldHook } from 'payload'
import { staffField } from '../access/content.js'
import { label } from '../i18n/label.js'

const setOnCreate: FieldHook = ({ operation, req, value }) =>
  operation === 'create' && req.user ? req.user.id : value
const setOnEveryChange: FieldHook = ({ req, value }) => (req.user ? req.user.id : value)

/** createdBy / updatedBy, set by the server from the signed-in user and visible to staff only. */
export const auditFields: Field[] = [
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('Created by', '创建人'),
    access: { read: staffField, create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
    hooks: { beforeChange: [setOnCreate] },
  },
  {
    name: 'updatedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('Last edited by', '最后编辑人'),
    access: { read: staffField, create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
    hooks: { beforeChange: [setOnEveryChange] },
  },
]
