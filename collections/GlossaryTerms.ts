import { auditFields } from '../src/fields/audit.js'
import { editorialCollection } from '../src/fields/editorial.js'
import { qualityFlagsField, referenceFields } from '../src/fields/provenance.js'
import { slugField } from '../src/fields/slug.js'
import { deriveGlossaryKeys } from '../src/hooks/glossary-term.js'
import { previewButton } from '../src/delivery/draft-preview/url.js'
import { WORKFLOW_COLLECTION_LABELS } from '../src/workflow/states.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'

export const GlossaryTerms = editorialCollection({
  slug: 'glossary-terms',
  labels: {
    singular: WORKFLOW_COLLECTION_LABELS['glossary-terms'],
    plural: label('Glossary', '术语表'),
  },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'pinyin', '_status', 'updatedAt'],
    group: ADMIN_GROUPS.content,
    // A signed link a website opens the draft with (src/delivery/draft-preview, PREVIEW_URL).
    preview: previewButton('glossary-terms'),
  },
  defaultSort: 'pinyinSortKey',
  hooks: { beforeChange: [deriveGlossaryKeys] },
  fields: [
    {
      name: 'term',
      type: 'text',
      required: true,
      label: label('Term', '术语'),
      admin: {
        description: label(
          'In Simplified Chinese; Traditional forms go into aliases.',
          '使用简体；繁体写法填入别名。',
        ),
      },
    },
    slugField('term'),
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      label: label('Aliases', '别名'),
      admin: {
        description: label(
          'Traditional forms, abbreviations, other names.',
          '繁体写法、简称、其他名称。',
        ),
      },
    },
    {
      name: 'pinyin',
      type: 'text',
      label: label('Pinyin', '拼音'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'pinyinSortKey',
      type: 'text',
      index: true,
      label: label('Sort key', '排序键'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'termKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
    {
      name: 'definition',
      type: 'textarea',
      required: true,
      localized: true,
      label: label('Definition', '释义'),
    },
    ...referenceFields,
    qualityFlagsField,
    ...auditFields,
  ],
})
