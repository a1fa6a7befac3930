/**
 * components.schemas of the delivery API's OpenAPI document: the response bodies, each checked
 * against its presenter's TypeScript type by closedObject (keys and `required` lists), so that
 * the contract cannot drift from what the presenters build without `npm run typecheck` failing.
 */
import type { OpenAPIV3_1 } from 'openapi-types'
import { ARTICLE_KINDS } from '../../fields/article-kinds.js'
import type { RenderedBody } from '../present/body.js'
import type { ArticleDetail, ArticleSummary, Correction, Retraction } from '../present/article.js'
import type { Cover, ImageVariant, LegalBasis, SourceLink, TopicRef } from '../present/common.js'
import { MEDIA_SIZES } from '../present/common.js'
import type { termEntry, presentTerm } from '../present/glossary.js'
import type { QaEntryDetail, QaSetDetail, QaSetSummary } from '../present/qa.js'
import type { TopicSummary } from '../present/topic.js'
import type { Heading } from '../lexical-html.js'
import type { ListPage } from '../routes/handler.js'
import type { GlossaryIndex, TopicDetail, TopicList } from '../routes/v1.js'
import type { WeChatCard, WeChatPreview } from '../routes/wechat.js'
import type { WeChatDraftArticle, limitErrors } from '../wechat-draft.js'
import { WECHAT_LIMITS } from '../wechat-draft.js'
import type { WeChatFootnote } from '../wechat-render.js'
import { SCRIPT_LANGUAGE_TAGS, SCRIPTS } from '../script.js'
import { SEARCH_TYPES, type SearchResponse, type SearchResult } from '../../search/types.js'
import {
  arrayOf,
  closedObject,
  dateTime,
  docId,
  integer,
  oneOfValues,
  orNull,
  schemaRef,
  text,
  url,
  type Schema,
} from './schema-builders.js'

const ref = {
  Script: schemaRef('Script'),
  LanguageTag: schemaRef('LanguageTag'),
  TopicRef: schemaRef('TopicRef'),
  Cover: schemaRef('Cover'),
  ImageVariant: schemaRef('ImageVariant'),
  SourceLink: schemaRef('SourceLink'),
  LegalBasis: schemaRef('LegalBasis'),
  Citation: schemaRef('Citation'),
  JsonLd: schemaRef('JsonLd'),
  ArticleSummary: schemaRef('ArticleSummary'),
  QaSetSummary: schemaRef('QaSetSummary'),
  QaEntry: schemaRef('QaEntry'),
  GlossaryTermEntry: schemaRef('GlossaryTermEntry'),
  TopicSummary: schemaRef('TopicSummary'),
  WeChatCard: schemaRef('WeChatCard'),
  WeChatDraftArticle: schemaRef('WeChatDraftArticle'),
  WeChatLimitError: schemaRef('WeChatLimitError'),
  SearchResult: schemaRef('SearchResult'),
  ErrorItem: schemaRef('ErrorItem'),
}
export const schemaRefs = ref

/** The fields every localized body shares: the delivered script and its BCP 47 tag. */
const scriptFields = {
  script: ref.Script,
  language: ref.LanguageTag,
}

/*
 * The `required` lists of the summaries, which each detail schema extends: a detail answer is its
 * summary plus more, so it names the summary's keys once here instead of again by hand.
 */
const articleSummaryRequired = [
  'id',
  'slug',
  'url',
  'api',
  'kind',
  'title',
  'tags',
  'topics',
  'readingTimeMinutes',
  'retracted',
] as const
const qaSetSummaryRequired = ['id', 'slug', 'url', 'api', 'title', 'topics', 'entryCount'] as const
const termEntryRequired = ['id', 'slug', 'term', 'aliases', 'definition', 'url', 'api'] as const
const topicSummaryRequired = ['id', 'slug', 'name', 'url', 'api', 'parent', 'children'] as const

/** The list envelope of /v1/articles, /v1/qa and /v1/wechat/feed, around its item schema. */
function listPage(item: Schema, description: string) {
  return closedObject<ListPage<unknown>>()({
    description,
    properties: {
      ...scriptFields,
      limit: integer('The page size used.'),
      items: arrayOf(item),
      nextCursor: orNull(text('Pass as `cursor` for the next page; null on the last page.')),
    },
    required: ['script', 'language', 'limit', 'items', 'nextCursor'],
  })
}

type Citation = RenderedBody['citations'][number]
type TermEntry = ReturnType<typeof termEntry>
type TermDetail = ReturnType<typeof presentTerm>
type RelatedTerm = TermDetail['relatedTerms'][number]
type WeChatLimitErrorItem = ReturnType<typeof limitErrors>[number]
type SearchAnswer = SearchResponse & { query: string }

const publicSourceFields = {
  title: text(),
  outlet: text(),
  url: text('As the editor recorded it.'),
  publishedDate: text('As the source gives it (a date, sometimes with a time).'),
  author: text(),
}

/** `const` of each WeChat limit: the values are fixed by the platform, not configured. */
const weChatLimitConsts = Object.fromEntries(
  Object.entries(WECHAT_LIMITS).map(([name, value]) => [name, { const: value }]),
)

export const schemas: Record<string, OpenAPIV3_1.SchemaObject> = {
  Script: oneOfValues(
    SCRIPTS,
    'A delivered script: Simplified, Traditional (Taiwan), Traditional (Hong Kong).',
  ),
  LanguageTag: oneOfValues(
    Object.values(SCRIPT_LANGUAGE_TAGS),
    'BCP 47 tag of the delivered script (also the Content-Language header).',
  ),
  ErrorItem: {
    type: 'object',
    additionalProperties: false,
    required: ['message'],
    properties: {
      message: text(
        'What went wrong, for people (in Chinese where Accept-Language asks for it on search).',
      ),
      code: text(
        'Which check failed, for programs: `invalid_<parameter>`, `unknown_parameter`, `repeated_parameter`, `not_found`, `rate_limited`, `search_not_ready`…',
      ),
      parameter: text('The query parameter at fault (400).'),
      value: { description: 'The value that was refused (a 400 parameter or a 404 slug).' },
      allowed: arrayOf(text(), 'The values the parameter accepts, where there is a fixed set.'),
      retryAfterSeconds: integer('How long to wait (429), as in Retry-After.'),
    },
  },
  Error: {
    type: 'object',
    description: 'The error envelope of every /v1, feed and search error.',
    additionalProperties: false,
    required: ['errors'],
    properties: { errors: { type: 'array', minItems: 1, items: ref.ErrorItem } },
  },
  ImageVariant: closedObject<ImageVariant>()({
    properties: { url: url(), width: integer(), height: integer() },
    required: ['url'],
  }),
  Cover: closedObject<Cover>()({
    description: 'An image with its resized variants (those that exist).',
    properties: {
      alt: text(),
      credit: text(),
      original: ref.ImageVariant,
      sizes: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(MEDIA_SIZES.map((size) => [size, ref.ImageVariant])),
      },
    },
    required: ['alt', 'original', 'sizes'],
  }),
  TopicRef: closedObject<TopicRef>()({
    properties: {
      slug: text(),
      name: text(),
      url: url('The topic page on the website.'),
      api: url('The topic on this API.'),
    },
    required: ['slug', 'name', 'url', 'api'],
  }),
  SourceLink: closedObject<SourceLink>()({
    description: 'A verified source the item rests on (its public fields only).',
    properties: {
      role: text('How the item uses it, e.g. `cites`.'),
      ...publicSourceFields,
    },
    required: ['role'],
  }),
  LegalBasis: closedObject<LegalBasis>()({
    properties: {
      law: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: { name: text(), shortName: text(), url: text() },
      },
      article: text('The article of the law, e.g. 第十条.'),
      text: text(),
    },
    required: ['law'],
  }),
  Citation: closedObject<Citation>()({
    description:
      'A numbered citation in the body, with the cited source and locators (page, paragraph).',
    properties: {
      n: integer(),
      locators: arrayOf(text()),
      ...publicSourceFields,
    },
    required: ['n', 'locators'],
  }),
  JsonLd: {
    type: 'object',
    description: 'schema.org structured data (JSON-LD) for the page, to embed as is.',
    required: ['@context', '@type'],
    properties: { '@context': { const: 'https://schema.org' }, '@type': text() },
  },
  ArticleSummary: closedObject<ArticleSummary>()({
    description: 'An article in a list (no body).',
    properties: articleSummaryProperties(),
    required: articleSummaryRequired,
  }),
  ArticleDetail: closedObject<ArticleDetail>()({
    description:
      'A full article; a retracted one has `retraction` and no body (`html`, `text`, `headings`, `citations`).',
    properties: {
      ...articleSummaryProperties(),
      language: ref.LanguageTag,
      html: text('Sanitized HTML, glossary terms linked.'),
      text: text('The body as plain text.'),
      headings: arrayOf(
        closedObject<Heading>()({
          properties: { level: integer(), text: text(), id: text('The anchor in `html`.') },
          required: ['level', 'text', 'id'],
        }),
      ),
      citations: arrayOf(ref.Citation),
      sources: arrayOf(ref.SourceLink),
      legalBasis: arrayOf(ref.LegalBasis),
      corrections: arrayOf(
        closedObject<Correction>()({
          properties: { text: text(), date: dateTime() },
          required: ['text'],
        }),
      ),
      retraction: closedObject<Retraction>()({
        properties: {
          retracted: { const: true },
          reason: text(),
          at: dateTime(),
          notice: text('The notice to show instead of the body.'),
        },
        required: ['retracted', 'notice'],
      }),
      jsonLd: ref.JsonLd,
    },
    required: [
      ...articleSummaryRequired,
      'language',
      'sources',
      'legalBasis',
      'corrections',
      'jsonLd',
    ],
  }),
  ArticleList: listPage(ref.ArticleSummary, 'A page of published articles, newest first.'),
  QaSetSummary: closedObject<QaSetSummary>()({
    properties: {
      id: docId,
      slug: text(),
      url: url('The set on the website.'),
      api: url('The set on this API.'),
      title: text(),
      summary: text(),
      topics: arrayOf(ref.TopicRef),
      entryCount: integer(),
      updatedAt: dateTime(),
    },
    required: qaSetSummaryRequired,
  }),
  QaSetList: listPage(ref.QaSetSummary, 'A page of published Q&A sets, newest first.'),
  QaEntry: closedObject<QaEntryDetail>()({
    properties: {
      id: docId,
      slug: text(),
      anchor: url('The entry on the set’s page.'),
      position: integer(),
      question: text(),
      summary: text(),
      html: text('The answer as sanitized HTML.'),
      text: text('The answer as plain text.'),
      citations: arrayOf(ref.Citation),
      sources: arrayOf(ref.SourceLink),
      legalBasis: arrayOf(ref.LegalBasis),
      updatedAt: dateTime(),
    },
    required: [
      'id',
      'slug',
      'anchor',
      'position',
      'question',
      'html',
      'text',
      'citations',
      'sources',
      'legalBasis',
    ],
  }),
  QaSetDetail: closedObject<QaSetDetail>()({
    description: 'A Q&A set with its entries in order, and a FAQPage.',
    properties: {
      id: docId,
      slug: text(),
      url: url(),
      api: url(),
      title: text(),
      summary: text(),
      topics: arrayOf(ref.TopicRef),
      entryCount: integer(),
      updatedAt: dateTime(),
      language: ref.LanguageTag,
      entries: arrayOf(ref.QaEntry),
      sources: arrayOf(ref.SourceLink),
      jsonLd: ref.JsonLd,
    },
    required: [...qaSetSummaryRequired, 'language', 'entries', 'sources', 'jsonLd'],
  }),
  GlossaryTermEntry: closedObject<TermEntry>()({
    properties: termEntryProperties(),
    required: termEntryRequired,
  }),
  GlossaryIndex: closedObject<GlossaryIndex>()({
    description:
      'Every published term, in A–Z sections by pinyin (`#` last), and a DefinedTermSet.',
    properties: {
      script: ref.Script,
      language: ref.LanguageTag,
      count: integer(),
      sections: arrayOf({
        type: 'object',
        additionalProperties: false,
        required: ['letter', 'terms'],
        properties: {
          letter: { type: 'string', pattern: '^[A-Z#]$' },
          terms: arrayOf(ref.GlossaryTermEntry),
        },
      }),
      jsonLd: ref.JsonLd,
    },
    required: ['script', 'language', 'count', 'sections', 'jsonLd'],
  }),
  GlossaryTermDetail: closedObject<TermDetail>()({
    description: 'One term, its definition as HTML linking other terms, and a DefinedTerm.',
    properties: {
      ...termEntryProperties(),
      language: ref.LanguageTag,
      definitionHtml: text(),
      topics: arrayOf(ref.TopicRef),
      relatedTerms: arrayOf(
        closedObject<RelatedTerm>()({
          properties: { slug: text(), term: text(), url: url(), api: url() },
          required: ['slug', 'term', 'url', 'api'],
        }),
      ),
      legalBasis: arrayOf(ref.LegalBasis),
      sources: arrayOf(ref.SourceLink),
      jsonLd: ref.JsonLd,
    },
    required: [
      ...termEntryRequired,
      'language',
      'definitionHtml',
      'topics',
      'relatedTerms',
      'legalBasis',
      'sources',
      'jsonLd',
    ],
  }),
  TopicSummary: closedObject<TopicSummary>()({
    properties: topicSummaryProperties(),
    required: topicSummaryRequired,
  }),
  TopicList: closedObject<TopicList>()({
    description: 'Every published topic by slug, with its parent, children and article count.',
    properties: { ...scriptFields, items: arrayOf(ref.TopicSummary) },
    required: ['script', 'language', 'items'],
  }),
  TopicDetail: closedObject<TopicDetail>()({
    description: 'A topic and the first page of its articles (`next` continues on /v1/articles).',
    properties: {
      ...scriptFields,
      ...topicSummaryProperties(),
      articles: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor', 'next'],
        properties: {
          items: arrayOf(ref.ArticleSummary),
          nextCursor: orNull(text()),
          next: orNull(url('The next page on /v1/articles.')),
        },
      },
    },
    required: ['script', 'language', ...topicSummaryRequired, 'articles'],
  }),
  WeChatCard: closedObject<WeChatCard>()({
    properties: {
      id: docId,
      title: text(),
      digest: text(`At most ${WECHAT_LIMITS.digestChars} characters.`),
      cover: orNull({
        type: 'object',
        additionalProperties: false,
        required: ['wide', 'square', 'alt'],
        properties: {
          wide: url('2.35:1 (wechat-cover), else the original.'),
          square: url('1:1, else the original.'),
          alt: text(),
        },
      }),
      topic: orNull(ref.TopicRef),
      publishedAt: orNull(dateTime()),
      url: url('The article on the website.'),
    },
    required: ['id', 'title', 'digest', 'cover', 'topic', 'publishedAt', 'url'],
  }),
  WeChatFeed: listPage(ref.WeChatCard, 'A page of cards of published articles, newest first.'),
  WeChatDraftArticle: closedObject<WeChatDraftArticle>()({
    description: 'The article object of the Official Account `draft/add` API.',
    properties: {
      article_type: { const: 'news' },
      title: text(),
      author: text(),
      digest: text(),
      content: text('WeChat-safe HTML, styles inline.'),
      content_source_url: text('阅读原文: the article on the website.'),
      thumb_media_id: text(),
      need_open_comment: { enum: [0, 1] },
      only_fans_can_comment: { enum: [0, 1] },
      pic_crop_235_1: text(),
      pic_crop_1_1: text(),
    },
    required: [
      'article_type',
      'title',
      'author',
      'digest',
      'content',
      'content_source_url',
      'thumb_media_id',
      'need_open_comment',
      'only_fans_can_comment',
    ],
  }),
  WeChatLimitError: closedObject<WeChatLimitErrorItem>()({
    properties: {
      message: text(),
      field: text('The draft/add field over its limit.'),
      limit: integer(),
      actual: integer(),
      overflow: integer('How far over the limit.'),
      splitBefore: text(
        'Content too long: the heading (or the first characters of the paragraph) to begin a second article at.',
      ),
    },
    required: ['message', 'field', 'limit', 'actual', 'overflow'],
  }),
  WeChatPreview: closedObject<WeChatPreview>()({
    description: 'What draft/add would receive; a 422 adds `errors` naming each overflowing limit.',
    properties: {
      id: docId,
      status: orNull(oneOfValues(['draft', 'published'])),
      article: ref.WeChatDraftArticle,
      html: text(),
      footnotes: arrayOf(
        closedObject<WeChatFootnote>()({
          properties: { n: integer(), url: text(), text: text() },
          required: ['n', 'url', 'text'],
        }),
      ),
      images: arrayOf(
        closedObject<WeChatPreview['images'][number]>()({
          properties: { from: text(), to: text() },
          required: ['from', 'to'],
        }),
      ),
      cover: orNull(ref.Cover),
      limits: {
        type: 'object',
        additionalProperties: false,
        required: ['ok', ...Object.keys(WECHAT_LIMITS)],
        properties: { ok: { type: 'boolean' }, ...weChatLimitConsts },
      },
      errors: arrayOf(ref.WeChatLimitError),
    },
    required: ['id', 'article', 'html', 'footnotes', 'images', 'cover', 'limits'],
  }),
  SearchResult: closedObject<SearchResult>()({
    properties: {
      type: oneOfValues(SEARCH_TYPES),
      id: docId,
      slug: text(),
      title: text('Plain text in the requested script.'),
      snippet: text('Escaped HTML with <mark> around the hits.'),
      url: {
        type: 'string',
        format: 'uri-reference',
        description:
          'The item on this API, as a path (`/v1/articles/…`, `/v1/qa/sets/…#entry`, `/v1/glossary/…`): unlike the other bodies’ URLs it is relative to the server URL.',
      },
      status: oneOfValues(['published', 'draft'], '`draft` only for staff.'),
      score: { type: 'number' },
      passage: integer('The passage the snippet comes from.'),
    },
    required: ['type', 'id', 'slug', 'title', 'snippet', 'url', 'status', 'score'],
  }),
  SearchAnswer: closedObject<SearchAnswer>()({
    properties: {
      query: text(),
      results: arrayOf(ref.SearchResult),
      nextCursor: orNull(text()),
      total: integer('Matching documents on all pages.'),
    },
    required: ['query', 'results', 'nextCursor', 'total'],
  }),
  JsonFeed: {
    type: 'object',
    description: 'A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).',
    required: ['version', 'title', 'items'],
    properties: {
      version: { const: 'https://jsonfeed.org/version/1.1' },
      title: text(),
      items: arrayOf({ type: 'object', required: ['id'], properties: { id: text() } }),
    },
  },
  OpenApiDocument: {
    type: 'object',
    description: 'This document.',
    required: ['openapi', 'info', 'paths'],
    properties: {
      openapi: { const: '3.1.0' },
      info: { type: 'object' },
      paths: { type: 'object' },
    },
  },
}

function articleSummaryProperties() {
  return {
    id: docId,
    slug: text(),
    url: url('The article on the website.'),
    api: url('The article on this API.'),
    kind: oneOfValues(ARTICLE_KINDS),
    title: text(),
    summary: text(),
    byline: text(),
    tags: arrayOf(text()),
    topics: arrayOf(ref.TopicRef),
    cover: ref.Cover,
    publishedAt: dateTime(),
    updatedAt: dateTime(),
    readingTimeMinutes: integer(),
    retracted: { type: 'boolean' },
  } satisfies Record<keyof ArticleSummary, Schema>
}

function termEntryProperties() {
  return {
    id: docId,
    slug: text(),
    term: text(),
    pinyin: text(),
    aliases: arrayOf(text()),
    definition: text(),
    url: url('The term on the website.'),
    api: url('The term on this API.'),
    updatedAt: dateTime(),
  } satisfies Record<keyof TermEntry, Schema>
}

function topicSummaryProperties() {
  return {
    id: docId,
    slug: text(),
    name: text(),
    url: url('The topic page on the website.'),
    api: url('The topic on this API.'),
    description: text(),
    parent: orNull(ref.TopicRef),
    children: arrayOf(ref.TopicRef),
    articleCount: integer('Published articles in the topic (in the list only).'),
    updatedAt: dateTime(),
  } satisfies Record<keyof TopicSummary, Schema>
}
