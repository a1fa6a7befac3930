import { auditFields } from '../src/fields/audit.js'
import { editorialCollection } from '../src/fields/editorial.js'
import { slugField } from '../src/fields/slug.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'

export const Topics = editorialCollection({
  slug: 'topics',
  labels: { singular: label('Topic', '专题'), plural: label('Topics', '专题') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'parent', '_status'],
    group: ADMIN_GROUPS.content,
  },
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
})
