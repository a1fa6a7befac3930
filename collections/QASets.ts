import { auditFields } from '../src/fields/audit.js'
import { editorialCollection } from '../src/fields/editorial.js'
import { sourcesField, topicsField } from '../src/fields/provenance.js'
import { slugField } from '../src/fields/slug.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'

/** An ordered group of Q&A entries, typically one per source document. */
export const QASets = editorialCollection({
  slug: 'qa-sets',
  labels: { singular: label('Q&A set', '问答集'), plural: label('Q&A sets', '问答集') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'updatedAt'],
    group: ADMIN_GROUPS.content,
  },
  // Published Q&A sets newest first (/v1/qa), paged like articles (collections/Articles.ts).
  indexes: [{ fields: ['_status', 'createdAt'] }],
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
})
