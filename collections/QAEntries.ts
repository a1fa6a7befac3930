import { auditFields } from '../src/fields/audit.js'
import { editorialCollection } from '../src/fields/editorial.js'
import { qualityFlagsField, referenceFields } from '../src/fields/provenance.js'
import { contentEditor } from '../src/fields/rich-text.js'
import { slugField } from '../src/fields/slug.js'
import { WORKFLOW_COLLECTION_LABELS } from '../src/workflow/states.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'

export const QAEntries = editorialCollection({
  slug: 'qa-entries',
  labels: {
    singular: WORKFLOW_COLLECTION_LABELS['qa-entries'],
    plural: label('Q&A entries', '问答'),
  },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'set', 'position', '_status'],
    group: ADMIN_GROUPS.content,
  },
  defaultSort: 'position',
  fields: [
    {
      name: 'question',
      type: 'text',
      required: true,
      localized: true,
      label: label('Question', '问题'),
    },
    slugField('question'),
    { name: 'summary', type: 'textarea', localized: true, label: label('Summary', '摘要') },
    {
      name: 'answer',
      type: 'richText',
      localized: true,
      editor: contentEditor,
      label: label('Answer', '回答'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'set',
          type: 'relationship',
          relationTo: 'qa-sets',
          index: true,
          label: label('Q&A set', '问答集'),
        },
        {
          name: 'position',
          type: 'number',
          min: 0,
          defaultValue: 0,
          label: label('Position in set', '序号'),
        },
      ],
    },
    ...referenceFields,
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: label('Published at', '发布时间'),
      admin: { position: 'sidebar' },
    },
    qualityFlagsField,
    ...auditFields,
  ],
})
