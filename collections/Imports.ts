import type { CollectionConfig, Field } from 'payload'
import { adminsOnly, contentEditors, staffOnly } from '../src/access/content.js'
import { serverSetAdmin } from '../src/fields/server-set.js'
import { ADMIN_GROUPS, label, option } from '../src/i18n/label.js'
import { importEndpoint } from '../src/ingest/endpoint.js'
import { attachAsReprintEndpoint } from '../src/similarity/endpoint.js'
import {
  QUALITY_FLAG_COMPONENTS,
  qualityFlagRowFields,
  qualityFlagsLabels,
} from '../src/fields/provenance.js'
import { articleKindOptions } from './Articles.js'

const readOnly = { readOnly: true }
/** Read-only JSON as text: Payload's JSON editor loads from a CDN (src/components/fields/JsonView). */
const jsonView = { ...readOnly, components: { Field: '/components/fields/JsonView#JsonView' } }

function links(
  name: string,
  relationTo: 'sources' | 'articles' | 'qa-sets' | 'qa-entries' | 'glossary-terms' | 'laws',
  en: string,
  zh: string,
  hasMany = false,
): Field {
  return { name, type: 'relationship', relationTo, hasMany, label: label(en, zh), admin: readOnly }
}

/**
 * One record per imported document (keyed by the SHA-256 of the bytes received): what happened,
 * where it failed, what it found and links to the drafts it created. Created only through the
 * importer (POST /api/imports, the admin form, the CLI); the raw text itself lives in the Source.
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: label('Import', '导入'), plural: label('Imports', '导入') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'kind', 'fileName', 'createdAt'],
    group: ADMIN_GROUPS.content,
    description: label(
      'Upload a text or HTML file (UTF-8, GBK or Big5) or paste the text: the importer cleans it and creates drafts with their source.',
      '上传文本或HTML文件（UTF-8、GBK或Big5），或粘贴文本：导入器清理文本并生成带来源的草稿。',
    ),
  },
  access: { read: staffOnly, create: contentEditors, update: adminsOnly, delete: adminsOnly },
  // The raw bytes are only read during the request; the Source keeps the decoded text.
  upload: { disableLocalStorage: true, filesRequiredOnCreate: false, hideRemoveFile: true },
  graphQL: { disableMutations: true },
  endpoints: [importEndpoint, attachAsReprintEndpoint],
  fields: [
    {
      name: 'text',
      type: 'textarea',
      virtual: true,
      label: label('Paste text', '粘贴文本'),
      admin: {
        // Payload 3.90 makes a virtual field read-only unless told otherwise.
        readOnly: false,
        condition: (data) => !data?.id,
        description: label(
          'Or upload a file above. The text is stored as received in the new Source.',
          '或在上方上传文件。文本将按原样保存在新建的来源中。',
        ),
        rows: 12,
      },
    },
    { name: 'title', type: 'text', label: label('Title found', '识别的标题'), admin: readOnly },
    {
      name: 'status',
      type: 'select',
      index: true,
      label: label('Status', '状态'),
      options: [
        option('running', 'Running', '进行中'),
        option('done', 'Done', '完成'),
        option('failed', 'Failed', '失败'),
      ],
      admin: serverSetAdmin,
    },
    {
      name: 'runningIn',
      type: 'text',
      label: label('Running in', '运行进程'),
      admin: {
        ...readOnly,
        position: 'sidebar',
        condition: (data) => data?.status === 'running',
        description: label(
          'The process writing it (host, pid, start): if that process is gone, the import is cleaned up at once.',
          '正在写入的进程（主机、进程号、启动时间）：该进程不在时立即清理。',
        ),
      },
    },
    {
      name: 'stage',
      type: 'text',
      label: label('Stage', '阶段'),
      admin: {
        ...readOnly,
        position: 'sidebar',
        components: {
          Field: '/components/imports/StageField#StageField',
          Cell: '/components/imports/StageField#StageCell',
        },
        description: label(
          'Where it stopped when it failed, e.g. Writing: the article.',
          '失败时所在阶段，如“写入：文章”。',
        ),
      },
    },
    {
      name: 'error',
      type: 'textarea',
      label: label('Error', '错误'),
      admin: { ...readOnly, condition: (data) => Boolean(data?.error) },
    },
    {
      // The drafts of a finished import, reviewed as one package (src/workflow/package/).
      name: 'reviewPackage',
      type: 'ui',
      label: label('Review package', '审核包'),
      admin: {
        condition: (data) => data?.status === 'done',
        components: { Field: '/components/workflow/ReviewPackage.tsx#ReviewPackage' },
      },
    },
    {
      name: 'fileName',
      type: 'text',
      label: label('File', '文件'),
      admin: serverSetAdmin,
    },
    {
      name: 'sha256',
      type: 'text',
      unique: true,
      index: true,
      label: label('SHA-256 of the bytes', '字节 SHA-256'),
      admin: serverSetAdmin,
    },
    {
      name: 'origin',
      type: 'select',
      label: label('Imported through', '导入方式'),
      options: [
        option('admin', 'Admin', '后台'),
        option('rest', 'REST API', 'REST 接口'),
        option('cli', 'Command line', '命令行'),
        option('seed', 'Demo data', '演示数据'),
      ],
      admin: serverSetAdmin,
    },
    {
      name: 'importedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Imported by', '导入人'),
      admin: serverSetAdmin,
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 1,
      label: label('Attempts', '尝试次数'),
      admin: serverSetAdmin,
    },
    {
      type: 'row',
      fields: [
        // Selects, not text: the stored codes show with their labels (no schema change).
        {
          name: 'kind',
          type: 'select',
          options: articleKindOptions(),
          label: label('Kind', '类型'),
          admin: readOnly,
        },
        {
          name: 'script',
          type: 'select',
          options: [
            option('zh-Hans', 'Simplified', '简体'),
            option('zh-Hant', 'Traditional', '繁体'),
            option('mixed', 'Mixed Simplified/Traditional', '简繁混杂'),
          ],
          label: label('Script', '字体'),
          admin: readOnly,
        },
        { name: 'encoding', type: 'text', label: label('Encoding', '编码'), admin: readOnly },
        { name: 'bytes', type: 'number', label: label('Bytes', '字节数'), admin: readOnly },
      ],
    },
    {
      name: 'counts',
      type: 'group',
      label: label('Found', '识别结果'),
      admin: readOnly,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'qa', type: 'number', label: label('Q&A', '问答'), admin: readOnly },
            { name: 'terms', type: 'number', label: label('Terms', '术语'), admin: readOnly },
            {
              name: 'termsReused',
              type: 'number',
              label: label('Existing terms reused', '复用已有术语'),
              admin: readOnly,
            },
            {
              name: 'laws',
              type: 'number',
              label: label('Laws cited', '引用法律'),
              admin: readOnly,
            },
            { name: 'sections', type: 'number', label: label('Sections', '章节'), admin: readOnly },
            {
              name: 'flags',
              type: 'number',
              label: label('Quality flags', '质量标记'),
              admin: readOnly,
            },
          ],
        },
      ],
    },
    {
      name: 'incomplete',
      type: 'checkbox',
      label: label('Incomplete document (preview)', '文档不完整（预览）'),
      admin: readOnly,
    },
    {
      name: 'flags',
      type: 'array',
      ...qualityFlagsLabels,
      admin: { ...readOnly, components: { RowLabel: QUALITY_FLAG_COMPONENTS.RowLabel } },
      fields: qualityFlagRowFields({ required: false }),
    },
    {
      // Written by the importer (src/ingest/run.ts): the existing articles whose text is nearly the
      // same as this document's. Shown with the "attach as reprint" action (src/components/imports).
      name: 'similar',
      type: 'array',
      label: label('Similar content already exists', '已存在相似内容'),
      admin: {
        ...readOnly,
        condition: (data) => Array.isArray(data?.similar) && data.similar.length > 0,
        components: { Field: '/components/imports/SimilarContent#SimilarContent' },
      },
      fields: [
        {
          name: 'article',
          type: 'relationship',
          relationTo: 'articles',
          label: label('Article', '文章'),
        },
        { name: 'title', type: 'text', label: label('Title', '标题') },
        {
          name: 'similarity',
          type: 'number',
          label: label('Similarity (%)', '相似度（%）'),
        },
      ],
    },
    {
      // Set by POST /api/imports/:id/attach-as-reprint (src/similarity/attach.ts): who attached
      // this document's Source to which existing article, and when.
      name: 'reprint',
      type: 'group',
      label: label('Attached as a reprint', '已作为转载附加'),
      admin: { ...readOnly, condition: (data) => Boolean(data?.reprint?.attachedTo) },
      fields: [
        {
          name: 'attachedTo',
          type: 'relationship',
          relationTo: 'articles',
          label: label('Existing article', '已有文章'),
          admin: readOnly,
        },
        {
          name: 'attachedBy',
          type: 'relationship',
          relationTo: 'users',
          label: label('Attached by', '操作人'),
          admin: readOnly,
        },
        { name: 'attachedAt', type: 'date', label: label('Attached at', '时间'), admin: readOnly },
      ],
    },
    {
      type: 'collapsible',
      label: label('Created drafts', '生成的草稿'),
      fields: [
        links('source', 'sources', 'Source', '来源'),
        links('article', 'articles', 'Article', '文章'),
        links('qaSet', 'qa-sets', 'Q&A set', '问答集'),
        links('qaEntries', 'qa-entries', 'Q&A entries', '问答', true),
        links(
          'glossaryTerms',
          'glossary-terms',
          'Glossary terms (new and reused)',
          '术语（新建及复用）',
          true,
        ),
        links('laws', 'laws', 'Laws cited', '引用法律', true),
      ],
    },
    {
      name: 'timings',
      type: 'json',
      label: label('Milliseconds per stage', '各阶段耗时（毫秒）'),
      admin: jsonView,
    },
    {
      name: 'analysis',
      type: 'json',
      label: label('Analysis (without the text)', '分析结果（不含正文）'),
      admin: jsonView,
    },
  ],
}
