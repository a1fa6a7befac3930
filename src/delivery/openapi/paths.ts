/**
 * The paths of the delivery API's OpenAPI document: every public GET of /v1, the feeds, the
 * sitemap and search (src/delivery/routes, src/search/routes.ts), each with its parameters, its
 * answers by status and an example.
 */
import type { OpenAPIV3_1 } from 'openapi-types'
import { BRAND_PATHS, type DeliverySettings } from '../settings.js'
import { cachedHeaders, parameterRef, responseRef } from './components.js'
import { exampleBodies, exampleFeeds } from './examples.js'
import { schemaRef } from './schema-builders.js'

type Response = OpenAPIV3_1.ResponseObject
type Responses = OpenAPIV3_1.ResponsesObject
type Parameter = OpenAPIV3_1.ReferenceObject

/**
 * A path of this API: one GET. (openapi-types' 3.1 Path Item Object is intersected with 3.0's,
 * which would hold 3.1 responses to 3.0's schema types.)
 */
export interface PathItem {
  get: OpenAPIV3_1.OperationObject
}

interface OperationInput {
  operationId: string
  tag: string
  summary: string
  description?: string
  parameters: Parameter[]
  /** The 200 answer. */
  ok: Response
  /** Answers besides 200, 400 and 429. */
  more?: Responses
  /** A cached delivery answer: ETag, Last-Modified and 304s. */
  cached?: boolean
  security?: OpenAPIV3_1.SecurityRequirementObject[]
}

function get(input: OperationInput): PathItem {
  const { cached = true } = input
  return {
    get: {
      operationId: input.operationId,
      tags: [input.tag],
      summary: input.summary,
      ...(input.description ? { description: input.description } : {}),
      parameters: input.parameters,
      ...(input.security ? { security: input.security } : {}),
      responses: {
        '200': input.ok,
        ...(cached ? { '304': responseRef('NotModified') } : {}),
        '400': responseRef('BadRequest'),
        ...input.more,
        '429': responseRef('TooManyRequests'),
      },
    },
  }
}

function json(
  description: string,
  schema: string,
  example: unknown,
  headers: Response['headers'] = cachedHeaders,
): Response {
  return {
    description,
    headers,
    content: { 'application/json': { schema: schemaRef(schema), example } },
  }
}

function textBody(description: string, mediaType: string, example: string): Response {
  return {
    description,
    headers: cachedHeaders,
    content: { [mediaType]: { schema: { type: 'string' }, example } },
  }
}

const script = parameterRef('Script')
const limit = parameterRef('Limit')
const cursor = parameterRef('Cursor')
const topic = parameterRef('Topic')
const slug = parameterRef('Slug')
const notFound = { '404': responseRef('NotFound') }

const FEED_FORMATS = [
  { file: 'rss.xml', name: 'RSS 2.0', mediaType: 'application/rss+xml', id: 'Rss' },
  { file: 'atom.xml', name: 'Atom', mediaType: 'application/atom+xml', id: 'Atom' },
  { file: 'feed.json', name: 'JSON Feed 1.1', mediaType: 'application/feed+json', id: 'JsonFeed' },
] as const

const LENIENT =
  'Parameters other than `script` are ignored (feed readers and crawlers append tracking parameters).'

export function buildPaths(settings: DeliverySettings): Record<string, PathItem> {
  const examples = exampleBodies(settings)
  const feeds = exampleFeeds(settings)
  const feedBody = (format: (typeof FEED_FORMATS)[number], description: string) =>
    format.id === 'JsonFeed'
      ? {
          description,
          headers: cachedHeaders,
          content: {
            [format.mediaType]: { schema: schemaRef('JsonFeed'), example: feeds.json },
          },
        }
      : textBody(description, format.mediaType, format.id === 'Rss' ? feeds.rss : feeds.atom)

  const paths: Record<string, PathItem> = {
    '/v1/openapi.json': get({
      operationId: 'getOpenApiDocument',
      tag: 'meta',
      summary: 'This OpenAPI document',
      description: 'Takes no parameters: any query parameter is a 400.',
      parameters: [],
      ok: {
        description: 'The OpenAPI 3.1 document of the delivery API.',
        headers: {
          ETag: cachedHeaders.ETag,
          'Cache-Control': cachedHeaders['Cache-Control'],
        },
        content: {
          'application/json': {
            schema: schemaRef('OpenApiDocument'),
            example: { openapi: '3.1.0', info: { title: 'Delivery API', version: '1' }, paths: {} },
          },
        },
      },
    }),
    '/v1/articles': get({
      operationId: 'listArticles',
      tag: 'articles',
      summary: 'Published articles, newest first',
      description: 'Summaries only (no body); retracted articles leave the list.',
      parameters: [script, limit, cursor, topic, parameterRef('Kind'), parameterRef('Tag')],
      ok: json('A page of articles.', 'ArticleList', examples.articles),
    }),
    '/v1/articles/{slug}': get({
      operationId: 'getArticle',
      tag: 'articles',
      summary: 'One published article',
      description:
        'The body as sanitized, glossary-linked HTML and as text, with sources, legal basis, corrections and JSON-LD. A retracted article answers its notice and reason instead of the body.',
      parameters: [script, slug],
      ok: json('The article.', 'ArticleDetail', examples.article),
      more: notFound,
    }),
    '/v1/qa': get({
      operationId: 'listQaSets',
      tag: 'qa',
      summary: 'Published Q&A sets, newest first',
      parameters: [script, limit, cursor, topic],
      ok: json('A page of Q&A sets.', 'QaSetList', examples.qaSets),
    }),
    '/v1/qa/sets/{slug}': get({
      operationId: 'getQaSet',
      tag: 'qa',
      summary: 'One Q&A set with its entries',
      parameters: [script, slug],
      ok: json('The set and its entries, with a FAQPage.', 'QaSetDetail', examples.qaSet),
      more: notFound,
    }),
    '/v1/glossary': get({
      operationId: 'getGlossary',
      tag: 'glossary',
      summary: 'The glossary, A–Z by pinyin',
      parameters: [script, topic],
      ok: json('Every published term (of the topic).', 'GlossaryIndex', examples.glossary),
    }),
    '/v1/glossary/{slug}': get({
      operationId: 'getGlossaryTerm',
      tag: 'glossary',
      summary: 'One glossary term',
      parameters: [script, slug],
      ok: json('The term.', 'GlossaryTermDetail', examples.term),
      more: notFound,
    }),
    '/v1/topics': get({
      operationId: 'listTopics',
      tag: 'topics',
      summary: 'Every published topic',
      parameters: [script],
      ok: json('The topics by slug.', 'TopicList', examples.topics),
    }),
    '/v1/topics/{slug}': get({
      operationId: 'getTopic',
      tag: 'topics',
      summary: 'One topic with its newest articles',
      parameters: [script, limit, slug],
      ok: json('The topic and its articles.', 'TopicDetail', examples.topic),
      more: notFound,
    }),
    '/v1/search': get({
      operationId: 'search',
      tag: 'search',
      summary: 'Full-text search over articles, Q&A entries and glossary terms',
      description:
        'Readers get published content (`Cache-Control: public, max-age=30`); a request signed in as staff also gets the drafts its user may read (`private, no-store`). Error messages are in Chinese when Accept-Language asks for it.',
      parameters: [
        parameterRef('SearchQuery'),
        parameterRef('SearchType'),
        topic,
        script,
        parameterRef('SearchLimit'),
        cursor,
      ],
      cached: false,
      ok: json('Matches, best first.', 'SearchAnswer', examples.search, {
        'Cache-Control': cachedHeaders['Cache-Control'],
      }),
      more: { '503': responseRef('SearchNotReady') },
    }),
    '/v1/wechat/feed': get({
      operationId: 'getWeChatFeed',
      tag: 'wechat',
      summary: 'Cards of published articles for WeChat H5 pages and mini-programs',
      parameters: [script, limit, cursor, topic],
      ok: json('A page of cards.', 'WeChatFeed', examples.weChatFeed),
    }),
    '/v1/preview/{collection}/{id}': get({
      operationId: 'previewDraft',
      tag: 'preview',
      summary:
        'The latest version of one article or glossary term, drafts included, for a website preview',
      description:
        'Opened by a token signed for exactly this document (the admin’s Preview button makes one), without a login. The body has the public route’s shape; `X-Preview-Status` and `X-Preview-Expires-At` say it is a preview. Never cached (`private, no-store`), `X-Robots-Tag: noindex`. Related documents are still only the published ones.',
      parameters: [
        parameterRef('PreviewCollection'),
        parameterRef('PreviewDocumentId'),
        parameterRef('PreviewToken'),
        script,
      ],
      cached: false,
      ok: {
        description: 'The draft, as its public route would show it once published.',
        headers: {
          'Cache-Control': cachedHeaders['Cache-Control'],
          'X-Preview-Status': {
            description: 'The version’s status: draft or published.',
            schema: { enum: ['draft', 'published'] },
          },
          'X-Preview-Expires-At': {
            description: 'When the token stops working.',
            schema: { type: 'string', format: 'date-time' },
          },
        },
        content: {
          'application/json': {
            schema: { oneOf: [schemaRef('ArticleDetail'), schemaRef('GlossaryTermDetail')] },
            example: examples.article,
          },
        },
      },
      more: {
        '401': {
          description:
            'No token, or a malformed, forged or expired one (`preview_token_missing`, `preview_token_malformed`, `preview_token_forged`, `preview_token_expired`).',
          content: { 'application/json': { schema: schemaRef('Error') } },
        },
        '403': {
          description: 'The token is for another document (`preview_token_other_document`).',
          content: { 'application/json': { schema: schemaRef('Error') } },
        },
        '404': {
          description: 'The document no longer exists.',
          content: { 'application/json': { schema: schemaRef('Error') } },
        },
      },
    }),
    '/v1/wechat/articles/{id}': get({
      operationId: 'previewWeChatArticle',
      tag: 'wechat',
      summary: 'The WeChat draft/add article object of an article (staff)',
      description:
        'Editors, reviewers and admins; the newest version, drafts included. Never cached (`private, no-store`).',
      parameters: [script, parameterRef('ArticleId')],
      security: [{ payloadJwt: [] }, { adminSession: [] }],
      cached: false,
      ok: json('The article fits every WeChat limit.', 'WeChatPreview', examples.weChatPreview, {
        'Cache-Control': cachedHeaders['Cache-Control'],
      }),
      more: {
        '401': responseRef('Unauthorized'),
        '403': responseRef('Forbidden'),
        '404': {
          description: 'No article with this id that the user may read.',
          content: { 'application/json': { schema: schemaRef('Error') } },
        },
        '422': json(
          'Over one or more WeChat limits: `errors` names each.',
          'WeChatPreview',
          {
            ...examples.weChatPreview,
            limits: { ...examples.weChatPreview.limits, ok: false },
            errors: [
              {
                message: 'title has 40 characters; WeChat allows 32',
                field: 'title',
                limit: 32,
                actual: 40,
                overflow: 8,
              },
            ],
          },
          { 'Cache-Control': cachedHeaders['Cache-Control'] },
        ),
      },
    }),
    '/sitemap.xml': get({
      operationId: 'getSitemap',
      tag: 'feeds',
      summary: 'Every published page of the website in each script, with hreflang alternates',
      description: `Past SITEMAP_MAX_URLS (50,000) URLs, a sitemap index whose parts are \`?page=1\`, \`?page=2\`… ${LENIENT}`,
      parameters: [parameterRef('SitemapPage')],
      ok: textBody(
        'The sitemap, or the sitemap index of its parts when it is too large for one file.',
        'application/xml',
        feeds.sitemap,
      ),
      more: {
        '404': {
          description: 'No such part of the sitemap.',
          content: { 'application/json': { schema: schemaRef('Error') } },
        },
      },
    }),
  }

  for (const [name, path] of Object.entries(BRAND_PATHS))
    paths[path] = get({
      operationId: name === 'logo' ? 'getBrandLogo' : 'getBrandImage',
      tag: 'brand',
      summary:
        name === 'logo'
          ? 'The built-in publisher logo (512 × 512) JSON-LD names unless SITE_LOGO_URL is set'
          : 'The built-in default article image (1200 × 675) JSON-LD names unless SITE_IMAGE_URL is set',
      description: 'Query parameters are not read.',
      parameters: [],
      ok: {
        description: 'A PNG image (`Cache-Control: public, max-age=86400`).',
        headers: { 'Cache-Control': cachedHeaders['Cache-Control'] },
        content: { 'image/png': {} },
      },
    })

  for (const format of FEED_FORMATS) {
    paths[`/feeds/${format.file}`] = get({
      operationId: `getFeed${format.id}`,
      tag: 'feeds',
      summary: `${format.name} of the 50 newest published articles, full HTML`,
      description: LENIENT,
      parameters: [script],
      ok: feedBody(format, `The ${format.name} feed.`),
    })
    paths[`/feeds/topics/{slug}/${format.file}`] = get({
      operationId: `getTopicFeed${format.id}`,
      tag: 'feeds',
      summary: `${format.name} of the 50 newest published articles of a topic`,
      description: LENIENT,
      parameters: [script, slug],
      ok: feedBody(format, `The topic's ${format.name} feed.`),
      more: notFound,
    })
  }
  return paths
}
