import type { Field } from 'payload'
import { staffField } from '../access/content.js'
import { label } from '../i18n/label.js'
import { SOURCE_ROLE_LABELS } from '../i18n/source-labels.js'
import { qualityFlagOptions } from '../i18n/quality-flags.js'

/**
 * `reprinted-by`: another outlet's copy of the same text (a re-scrape or a reprint found on import,
 * src/similarity/attach.ts). Provenance only: it carries no rights for our article (the publish
 * gate looks at `original` and `reprinted-from`).
 */
export const SOURCE_ROLES = ['original', 'reprinted-from', 'reprinted-by', 'cites'] as const

/** A required link to one Source (a fresh object each time: Payload sanitizes fields in place). */
export const sourceLinkField = (): Field => ({
  name: 'source',
  type: 'relationship',
  relationTo: 'sources',
  required: true,
  label: label('Source', '来源'),
})

/** Where a piece of content came from: each linked Source with the role it plays. */
export const sourcesField: Field = {
  name: 'sources',
  type: 'array',
  label: label('Sources', '来源'),
  labels: { singular: label('Source', '来源'), plural: label('Sources', '来源') },
  fields: [
    sourceLinkField(),
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'cites',
      label: label('Role', '作用'),
      options: SOURCE_ROLES.map((value) => ({ value, label: SOURCE_ROLE_LABELS[value] })),
    },
  ],
}

/** How a flag row shows in the admin: its type and message in the admin language, and its place. */
export const QUALITY_FLAG_COMPONENTS = {
  RowLabel: '/components/flags/QualityFlagRowLabel#QualityFlagRowLabel',
  message: '/components/flags/FlagMessageField#FlagMessageField',
  position: '/components/flags/FlagPlaceField#FlagPlaceField',
}

/** The array labels of quality flags, on content and on the Import record alike. */
export const qualityFlagsLabels = {
  label: label('Quality flags', '质量标记'),
  labels: {
    singular: label('Quality flag', '质量标记'),
    plural: label('Quality flags', '质量标记'),
  },
}

/**
 * One flag's type, message and place: the row of content's `qualityFlags` and of an Import's
 * `flags` (what the importer found, copied to the drafts). `required` only where content keeps
 * them: the Import's columns are nullable and stay so (no migration for a shared definition).
 * A function, for fresh objects each time: Payload sanitizes fields in place.
 */
export const qualityFlagRowFields = ({ required }: { required: boolean }): Field[] => [
  {
    name: 'type',
    type: 'select',
    required,
    label: label('Type', '类型'),
    options: qualityFlagOptions(),
  },
  {
    name: 'message',
    type: 'text',
    required,
    label: label('Message', '说明'),
    admin: { components: { Field: QUALITY_FLAG_COMPONENTS.message } },
  },
  {
    // A character offset in the imported text: shown as a link that opens the body at the flagged text.
    name: 'position',
    type: 'number',
    label: label('Place in the body', '正文位置'),
    admin: { components: { Field: QUALITY_FLAG_COMPONENTS.position } },
  },
]

/** Problems found in imported text (by the importer or an editor). Unresolved flags block publishing. */
export const qualityFlagsField: Field = {
  name: 'qualityFlags',
  type: 'array',
  ...qualityFlagsLabels,
  access: { read: staffField },
  admin: {
    description: label('Unresolved flags block publishing.', '未解决的标记会阻止发布。'),
    components: { RowLabel: QUALITY_FLAG_COMPONENTS.RowLabel },
  },
  fields: [
    ...qualityFlagRowFields({ required: true }),
    { name: 'resolved', type: 'checkbox', defaultValue: false, label: label('Resolved', '已解决') },
  ],
}

/** The law (and article) a statement rests on. */
export const legalBasisField: Field = {
  name: 'legalBasis',
  type: 'array',
  label: label('Legal basis', '法律依据'),
  labels: { singular: label('Legal basis', '法律依据'), plural: label('Legal bases', '法律依据') },
  fields: [
    {
      name: 'law',
      type: 'relationship',
      relationTo: 'laws',
      required: true,
      label: label('Law', '法律'),
    },
    {
      name: 'article',
      type: 'text',
      label: label('Article', '条款'),
      admin: { description: label('e.g. 第三十八条', '如：第三十八条') },
    },
    { name: 'text', type: 'textarea', localized: true, label: label('Quoted text', '条文内容') },
  ],
}

export const topicsField: Field = {
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  label: label('Topics', '专题'),
  admin: { position: 'sidebar' },
}

export const relatedTermsField: Field = {
  name: 'relatedTerms',
  type: 'relationship',
  relationTo: 'glossary-terms',
  hasMany: true,
  label: label('Related terms', '相关术语'),
}

/** What a reference item (a Q&A entry, a glossary term) rests on and links to, in this order. */
export const referenceFields: Field[] = [
  topicsField,
  legalBasisField,
  sourcesField,
  relatedTermsField,
]
