import type { Block } from 'payload'
import {
  BlocksFeature,
  LinkFeature,
  RelationshipFeature,
  UploadFeature,
  lexicalEditor,
  type LexicalEditorProps,
} from '@payloadcms/richtext-lexical'
import { LINKABLE_COLLECTIONS, RICH_TEXT_UPLOAD_COLLECTIONS } from '../richtext/linkable.js'
import { label, option } from '../i18n/label.js'
import { sourceLinkField } from './provenance.js'

export const qaPairBlock: Block = {
  slug: 'qaPair',
  labels: { singular: label('Q&A pair', '问答'), plural: label('Q&A pairs', '问答') },
  fields: [
    { name: 'question', type: 'text', required: true, label: label('Question', '问题') },
    { name: 'answer', type: 'textarea', required: true, label: label('Answer', '回答') },
  ],
}

export const calloutBlock: Block = {
  slug: 'callout',
  labels: { singular: label('Callout', '提示框'), plural: label('Callouts', '提示框') },
  fields: [
    {
      name: 'tone',
      type: 'select',
      defaultValue: 'info',
      required: true,
      label: label('Tone', '类型'),
      options: [
        option('info', 'Information', '提示'),
        option('warning', 'Warning', '警示'),
        option('hotline', 'Reporting hotline', '举报电话'),
      ],
    },
    { name: 'title', type: 'text', label: label('Title', '标题') },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      label: label('Text', '内容'),
      admin: {
        description: label(
          'e.g. 国家安全机关举报受理电话 12339',
          '如：国家安全机关举报受理电话 12339',
        ),
      },
    },
  ],
}

export const citationInlineBlock: Block = {
  slug: 'citation',
  labels: { singular: label('Citation', '引用'), plural: label('Citations', '引用') },
  fields: [
    sourceLinkField(),
    { name: 'locator', type: 'text', label: label('Page or article', '页码或条款') },
  ],
}

export const glossaryMarkInlineBlock: Block = {
  slug: 'glossaryMark',
  labels: {
    singular: label('Glossary term', '术语标注'),
    plural: label('Glossary terms', '术语标注'),
  },
  fields: [
    {
      name: 'term',
      type: 'relationship',
      relationTo: 'glossary-terms',
      required: true,
      label: label('Term', '术语'),
    },
    { name: 'text', type: 'text', required: true, label: label('Text shown', '显示文字') },
  ],
}

type FeaturesFunction = Extract<
  NonNullable<LexicalEditorProps['features']>,
  (...args: never[]) => unknown
>

/** Default features replaced below by ones limited to what delivery can show. */
const NARROWED_FEATURES = new Set(['link', 'relationship', 'upload'])

/**
 * The features of every content body: Lexical's defaults, with links and relationships limited to
 * the collections that have a public page and uploads to media (by default they reach every
 * collection, users and evidence files included, and delivery showed nothing for those), plus our
 * domain blocks. Payload's validation refuses any other target at save time.
 */
export const contentFeatures: FeaturesFunction = ({ defaultFeatures }) => {
  return [
    ...defaultFeatures.filter((feature) => !NARROWED_FEATURES.has(feature.key)),
    LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] }),
    RelationshipFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] }),
    UploadFeature({ enabledCollections: [...RICH_TEXT_UPLOAD_COLLECTIONS] }),
    BlocksFeature({
      blocks: [qaPairBlock, calloutBlock],
      inlineBlocks: [citationInlineBlock, glossaryMarkInlineBlock],
    }),
  ]
}

/** The editor every content body uses. */
export const contentEditor = lexicalEditor({ features: contentFeatures })
