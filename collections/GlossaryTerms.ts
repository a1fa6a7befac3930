import type { CollectionConfig } from 'payload'
import { adminsOnly, contentEditors, publishedOrStaff } from '../src/access/content.js'
import { auditFields } from '../src/fields/audit.js'
import {
  legalBasisField,
  qualityFlagsField,
  relatedTermsField,
  sourcesField,
  topicsField,
} from '../src/fields/provenance.js'
import { slugField } from '../src/fields/slug.js'
import { contentVersions } from '../src/fields/versions.js'
import { deriveGlossaryKeys } from '../src/hooks/glossary-term.js'
import { label } from '../src/i18n/label.js'
import { guardPublishing } from '../src/workflow/publish-guard.js'

export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: { singular: label('Glossary term', '术语'), plural: label('Glossary', '术语表') },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'pinyin', '_status', 'updatedAt'],
    group: label('Content', '内容'),
  },
  access: {
    read: publishedOrStaff,
    create: contentEditors,
    update: contentEditors,
    delete: adminsOnly,
  },
  versions: contentVersions,
  defaultSort: 'pinyinSortKey',
  hooks: { beforeChange: [deriveGlossaryKeys, guardPublishing] },
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
    topicsField,
    legalBasisField,
    sourcesField,
    relatedTermsField,
    qualityFlagsField,
    ...auditFields,
  ],
}
