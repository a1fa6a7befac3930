import type { CollectionConfig } from 'payload'
import { contentEditors, publishedOrStaff, adminsOnly } from '../src/access/content.js'
import { auditFields } from '../src/fields/audit.js'
import { slugField } from '../src/fields/slug.js'
import { contentVersions } from '../src/fields/versions.js'
import { label } from '../src/i18n/label.js'
import { guardPublishing } from '../src/workflow/publish-guard.js'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: label('Topic', '专题'), plural: label('Topics', '专题') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'parent', '_status'],
    group: label('Content', '内容'),
  },
  access: {
    read: publishedOrStaff,
    create: contentEditors,
    update: contentEditors,
    delete: adminsOnly,
  },
  versions: contentVersions,
  hooks: { beforeChange: [guardPublishing] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Name', '名称') },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true, label: label('Description', '简介') },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'topics',
      label: label('Parent topic', '上级专题'),
      admin: { position: 'sidebar' },
    },
    ...auditFields,
  ],
}
