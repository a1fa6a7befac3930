/**
 * The reusable parameters, headers, responses and security schemes of the delivery API's OpenAPI
 * document, with the limits taken from the parsers that enforce them (src/delivery/http/params.ts,
 * src/search/params.ts) rather than repeated.
 */
import type { OpenAPIV3, OpenAPIV3_1 } from 'openapi-types'
import { ARTICLE_KINDS } from '../../fields/article-kinds.js'
import { PREVIEW_COLLECTIONS } from '../draft-preview/token.js'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../http/params.js'
import { DEFAULT_SCRIPT, SCRIPT_ALIASES, SCRIPTS } from '../script.js'
import { MAX_QUERY_LENGTH } from '../../search/query.js'
import { DEFAULT_PAGE_SIZE as SEARCH_PAGE_SIZE } from '../../search/search-index.js'
import { SEARCH_TYPES } from '../../search/types.js'
import { schemaRef } from './schema-builders.js'

/** The slug syntax the routes accept (anything else is a 400, or a 404 in a path). */
export const SLUG_PATTERN = '^[a-z0-9][a-z0-9-]{0,199}$'

const aliases = Object.entries(SCRIPT_ALIASES)
  .filter(([alias, script]) => alias !== script)
  .map(([alias, script]) => `\`${alias}\` → \`${script}\``)
  .join(', ')

/**
 * openapi-types declares 3.1's Parameter Object as 3.0's, so a parameter's schema is typed with
 * 3.0's Schema Object: the parameters here use nothing that differs between the two.
 */
function queryParameter(
  name: string,
  description: string,
  schema: OpenAPIV3.SchemaObject,
  examples?: OpenAPIV3.ParameterObject['examples'],
): OpenAPIV3_1.ParameterObject {
  return {
    name,
    in: 'query',
    required: false,
    description,
    schema,
    ...(examples ? { examples } : {}),
  }
}

const scriptExamples = Object.fromEntries(
  [...SCRIPTS, 'zh-Hant-TW', 'zh-HK'].map((value) => [value, { value }]),
)

export const parameters: Record<string, OpenAPIV3_1.ParameterObject> = {
  Script: queryParameter(
    'script',
    `Script of every text field, the HTML and JSON-LD: ${SCRIPTS.join(', ')}. Also accepted, case-insensitively and with \`_\` for \`-\`: ${aliases}.`,
    { type: 'string', default: DEFAULT_SCRIPT },
    scriptExamples,
  ),
  Limit: queryParameter('limit', `Page size, 1–${MAX_PAGE_SIZE}.`, {
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
  }),
  Cursor: queryParameter(
    'cursor',
    '`nextCursor` of the previous page (opaque; anything else is a 400 `invalid_cursor`).',
    { type: 'string', minLength: 1 },
  ),
  Topic: queryParameter(
    'topic',
    'Only items of this published topic (slug, see /v1/topics); an unknown one is a 400.',
    { type: 'string', pattern: SLUG_PATTERN },
  ),
  Kind: queryParameter('kind', 'Only articles of this kind.', {
    type: 'string',
    enum: [...ARTICLE_KINDS],
  }),
  Tag: queryParameter('tag', 'Only articles with this tag (trimmed).', {
    type: 'string',
    minLength: 1,
    maxLength: 100,
  }),
  SearchQuery: {
    name: 'q',
    in: 'query',
    required: true,
    description:
      'Words are ANDed; `"…"` or `“…”` is an exact phrase; pinyin (`jiandie`, `jiàn dié`) finds glossary terms.',
    schema: { type: 'string', minLength: 1, maxLength: MAX_QUERY_LENGTH },
  },
  SearchType: queryParameter('type', 'Only results of this type.', {
    type: 'string',
    enum: [...SEARCH_TYPES],
  }),
  SearchLimit: queryParameter('limit', `Page size, 1–${MAX_PAGE_SIZE}.`, {
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: SEARCH_PAGE_SIZE,
  }),
  Slug: {
    name: 'slug',
    in: 'path',
    required: true,
    description: 'The item’s slug.',
    schema: { type: 'string', pattern: SLUG_PATTERN },
  },
  ArticleId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The article’s database id.',
    schema: { type: 'string' },
  },
  SitemapPage: {
    name: 'page',
    in: 'query',
    required: false,
    description: 'A part of a sitemap too large for one file, as its sitemap index lists them.',
    schema: { type: 'integer', minimum: 1 },
  },
  PreviewCollection: {
    name: 'collection',
    in: 'path',
    required: true,
    description: 'What the draft is.',
    schema: { enum: [...PREVIEW_COLLECTIONS] },
  },
  PreviewDocumentId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The document’s database id.',
    schema: { type: 'string' },
  },
  PreviewToken: {
    name: 'token',
    in: 'query',
    required: true,
    description:
      'Signed for this one document by the admin’s Preview button (PREVIEW_URL), until it expires (PREVIEW_TOKEN_TTL_MINUTES).',
    schema: { type: 'string' },
  },
}

export const parameterRef = (name: keyof typeof parameters & string) => ({
  $ref: `#/components/parameters/${name}`,
})

export const headers: Record<string, OpenAPIV3_1.HeaderObject> = {
  ETag: {
    description: 'Weak validator; send it back as If-None-Match for a 304.',
    required: true,
    schema: { type: 'string' },
  },
  LastModified: {
    description: 'The newest change of what the answer shows; If-Modified-Since gives a 304.',
    schema: { type: 'string' },
  },
  CacheControl: {
    description: '`public, max-age=DELIVERY_MAX_AGE` (errors: `no-store`).',
    required: true,
    schema: { type: 'string' },
  },
  ContentLanguage: {
    description: 'BCP 47 tag of the delivered script.',
    schema: schemaRef('LanguageTag'),
  },
  RetryAfter: {
    description: 'Seconds to wait before trying again.',
    required: true,
    schema: { type: 'integer' },
  },
}

const headerRef = (name: keyof typeof headers & string) => ({
  $ref: `#/components/headers/${name}`,
})

/** The headers of a cached delivery answer (src/delivery/http/send.ts). */
export const cachedHeaders = {
  ETag: headerRef('ETag'),
  'Last-Modified': headerRef('LastModified'),
  'Cache-Control': headerRef('CacheControl'),
  'Content-Language': headerRef('ContentLanguage'),
}

function errorResponse(
  description: string,
  example: { message: string; [detail: string]: unknown },
  responseHeaders?: OpenAPIV3_1.ResponseObject['headers'],
): OpenAPIV3_1.ResponseObject {
  return {
    description,
    ...(responseHeaders ? { headers: responseHeaders } : {}),
    content: {
      'application/json': { schema: schemaRef('Error'), example: { errors: [example] } },
    },
  }
}

export const responses: Record<string, OpenAPIV3_1.ResponseObject> = {
  NotModified: {
    description: 'The client’s copy (If-None-Match / If-Modified-Since) is current; no body.',
    headers: { ETag: headerRef('ETag'), 'Cache-Control': headerRef('CacheControl') },
  },
  BadRequest: errorResponse(
    'An unknown or repeated query parameter, or a bad value: the error names the parameter.',
    {
      message: 'Invalid value "100" for query parameter "limit": a whole number from 1 to 50',
      parameter: 'limit',
      value: '100',
      code: 'invalid_limit',
    },
  ),
  NotFound: errorResponse('No published item has this slug.', {
    message: 'No published article with slug "no-such-article"',
    value: 'no-such-article',
    code: 'not_found',
  }),
  TooManyRequests: errorResponse(
    'Over PUBLIC_RATE_LIMIT_PER_MINUTE requests from this address in a minute.',
    {
      message:
        'Too many requests from this address: at most 1200 a minute (PUBLIC_RATE_LIMIT_PER_MINUTE). Try again in 12 s.',
      code: 'rate_limited',
      retryAfterSeconds: 12,
    },
    { 'Retry-After': headerRef('RetryAfter') },
  ),
  SearchNotReady: errorResponse(
    '`search_not_ready` until the first build of the index ends (GET /ready/search says when), `search_unavailable` when it cannot be built.',
    {
      message:
        'Search is starting: the index is being built. Try again in a few seconds (GET /ready/search says when it is ready).',
      code: 'search_not_ready',
    },
    { 'Retry-After': headerRef('RetryAfter') },
  ),
  Unauthorized: errorResponse('No signed-in user (JWT, admin session cookie or API key).', {
    message:
      'Log in (Authorization: JWT <token>, the admin session, or an API key) to preview WeChat articles',
  }),
  Forbidden: errorResponse('The user is not an editor, reviewer or admin.', {
    message: 'Previewing WeChat articles needs the editor, reviewer or admin role',
  }),
}

export const responseRef = (name: keyof typeof responses & string) => ({
  $ref: `#/components/responses/${name}`,
})

export const securitySchemes: Record<string, OpenAPIV3_1.SecuritySchemeObject> = {
  payloadJwt: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description:
      '`JWT <token>` from POST /api/users/login, or `users API-Key <key>` for a user with an API key.',
  },
  adminSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'payload-token',
    description: 'The admin’s session cookie.',
  },
}
