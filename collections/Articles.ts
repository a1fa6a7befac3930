import { readersCannotFilter } from '../src/access/content.js'
import { auditFields } from '../src/fields/audit.js'
import { editorialCollection } from '../src/fields/editorial.js'
import {
  legalBasisField,
  qualityFlagsField,
  relatedTermsField,
  sourcesField,
  topicsField,
} from '../src/fields/provenance.js'
import { contentEditor } from '../src/fields/rich-text.js'
import { slugField } from '../src/fields/slug.js'
import { previewButton } from '../src/delivery/draft-preview/url.js'
import { WORKFLOW_COLLECTION_LABELS } from '../src/workflow/states.js'
import { ADMIN_GROUPS, label, option } from '../src/i18n/label.js'
import { ARTICLE_KINDS, type ArticleKind } from '../src/fields/article-kinds.js'
import { dropArticleFingerprint, keepArticleFingerprint } from '../src/similarity/hooks.js'

export const kindLabels: Record<ArticleKind, ReturnType<typeof label>> = {
  explainer: label('Explainer', '解读'),
  commentary: label('Commentary', '评论'),
  interview: label('Interview', '访谈'),
  news: label('News', '新闻'),
  document: label('Document', '文件'),
  quiz: label('Quiz', '题库'),
  glossary: label('Glossary', '名词解释'),
  law: label('Law text', '法律法规'),
  'study-notes': label('Study notes', '学习笔记'),
}

/** The kinds as select options (the Import record shows the kind the importer found with them). */
export const articleKindOptions = () =>
  ARTICLE_KINDS.map((value) => ({ value, label: kindLabels[value] }))

export const Articles = editorialCollection({
  slug: 'articles',
  labels: { singular: WORKFLOW_COLLECTION_LABELS.articles, plural: label('Articles', '文章') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', '_status', 'updatedAt'],
    group: ADMIN_GROUPS.content,
    // A signed link a website opens the draft with (src/delivery/draft-preview, PREVIEW_URL).
    preview: previewButton('articles'),
  },
  // Published lists and feeds, newest first (/v1/articles, feeds, the WeChat feed): a seek on
  // _status = 'published' and publishedAt ≤ the cursor, in index order, reading only the rows
  // returned. Before it (and the cursor's seek term, src/delivery/http/cursor.ts) page 2 on
  // sorted every published row with its body: at 10,000 articles 170 ms with statistics, 2.8 s
  // without; now 1.2–1.7 ms, and 4.4 ms with no statistics at all.
  //
  // Payload's own REST and GraphQL lists sort by -createdAt unless told otherwise: without the
  // second index an anonymous `/api/articles?limit=10` at 10,000 articles sorted every published
  // row with its locales' bodies (SQLite computes the select list's subqueries before sorting),
  // 341 ms CPU; with it the page is an index range (bench:render).
  indexes: [{ fields: ['_status', 'publishedAt'] }, { fields: ['_status', 'createdAt'] }],
  // Near-duplicate detection on import (src/similarity): each article's fingerprint follows its body.
  hooks: { afterChange: [keepArticleFingerprint], afterDelete: [dropArticleFingerprint] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Title', '标题') },
    slugField('title'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'explainer',
      label: label('Kind', '类型'),
      admin: { position: 'sidebar' },
      options: articleKindOptions(),
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('Summary', '摘要'),
      admin: {
        description: label(
          'Also used as the WeChat digest (at most 128 characters there).',
          '同时用作微信摘要（不超过128字）。',
        ),
      },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      editor: contentEditor,
      label: label('Body', '正文'),
      access: { read: readersCannotFilter },
    },
    topicsField,
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      label: label('Tags', '标签'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'coverImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Cover image', '封面图'),
    },
    { name: 'byline', type: 'text', localized: true, label: label('Byline', '署名') },
    sourcesField,
    {
      name: 'laws',
      type: 'relationship',
      relationTo: 'laws',
      hasMany: true,
      label: label('Laws cited', '涉及法律'),
    },
    legalBasisField,
    {
      name: 'relatedQA',
      type: 'relationship',
      relationTo: 'qa-entries',
      hasMany: true,
      label: label('Related Q&A', '相关问答'),
    },
    relatedTermsField,
    {
      name: 'originalScript',
      type: 'select',
      defaultValue: 'zh-Hans',
      label: label('Original script', '原文字体'),
      admin: { position: 'sidebar' },
      options: [option('zh-Hans', 'Simplified', '简体'), option('zh-Hant', 'Traditional', '繁体')],
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: label('Published at', '发布时间'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    qualityFlagsField,
    ...auditFields,
  ],
})
