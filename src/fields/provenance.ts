import type { Field } from 'payload'
import { staffField } from '../access/content.js'
import { label, option } from '../i18n/label.js'

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
      options: [
        option('original', 'Original', '原始出处'),
        option('reprinted-from', 'Reprinted from', '转载自'),
        option('reprinted-by', 'Reprinted by', '被转载于'),
        option('cites', 'Cited', '引用'),
      ],
    },
  ],
}

export const QUALITY_FLAG_TYPES = [
  'corrupted-text',
  'repaired-text',
  'truncated-document',
  'mixed-script',
  'missing-source',
  'unrepaired-encoding',
  'needs-check',
  'other',
] as const

/** Problems found in imported text (by the importer or an editor). Unresolved flags block publishing. */
export const qualityFlagsField: Field = {
  name: 'qualityFlags',
  type: 'array',
  label: label('Quality flags', '质量标记'),
  access: { read: staffField },
  admin: { description: label('Unresolved flags block publishing.', '未解决的标记会阻止发布。') },
  fields: [
    {
      name: 'type',
      type: 'select',
      required: true,
      label: label('Type', '类型'),
      options: [
        option('corrupted-text', 'Corrupted text', '乱码'),
        option('repaired-text', 'Repaired text (check the repair)', '已修复乱码（请核对）'),
        option('truncated-document', 'Truncated document', '文档不完整'),
        option('mixed-script', 'Mixed Simplified/Traditional', '简繁混杂'),
        option('missing-source', 'No source line', '缺少来源'),
        option('unrepaired-encoding', 'Unrepaired encoding', '编码未修复'),
        option('needs-check', 'Needs checking', '需核实'),
        option('other', 'Other', '其他'),
      ],
    },
    { name: 'message', type: 'text', required: true, label: label('Message', '说明') },
    { name: 'position', type: 'number', label: label('Position in text', '文本位置') },
    { name: 'resolved', type: 'checkbox', defaultValue: false, label: label('Resolved', '已解决') },
  ],
}

/** The law (and article) a statement rests on. */
export const legalBasisField: Field = {
  name: 'legalBasis',
  type: 'array',
  label: label('Legal basis', '法律依据'),
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
