import type { CollectionConfig } from 'payload'
import { adminsOnly, contentEditors, publishedOrStaff } from '../src/access/content.js'
import { auditFields } from '../src/fields/audit.js'
import { sourcesField, topicsField } from '../src/fields/provenance.js'
import { slugField } from '../src/fields/slug.js'
import { contentVersions } from '../src/fields/versions.js'
import { label } from '../src/i18n/label.js'
import { guardPublishing } from '../src/workflow/publish-guard.js'

/** An ordered group of Q&A entries, typically one per source document. */
export const QASets: CollectionConfig = {
  slug: 'qa-sets',
  labels: { singular: label('Q&A set', '问答集'), plural: label('Q&A sets', '问答集') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'updatedAt'],
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
    { name: 'title', type: 'text', required: true, localized: true, label: label('Title', '标题') },
    slugField('title'),
    { name: 'summary', type: 'textarea', localized: true, label: label('Summary', '摘要') },
    topicsField,
    sourcesField,
    {
      name: 'entries',
      type: 'join',
      collection: 'qa-entries',
      on: 'set',
      defaultSort: 'position',
      defaultLimit: 100,
      label: label('Entries', '问答条目'),
    },
    ...auditFields,
  ],
}
