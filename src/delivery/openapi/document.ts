/**
 * The OpenAPI 3.1 document of the delivery API, served at GET /v1/openapi.json and the source of
 * the consumer types (`npm run generate:openapi-types`). Built from the settings so that its
 * server and its examples' URLs are this deployment's.
 */
import type { OpenAPIV3_1 } from 'openapi-types'
import { deliverySettings, type DeliverySettings } from '../settings.js'
import { headers, parameters, responses, securitySchemes } from './components.js'
import { buildPaths, type PathItem } from './paths.js'
import { schemas } from './schemas.js'

export const OPENAPI_PATH = '/v1/openapi.json'

export interface DeliveryApiDocument {
  openapi: '3.1.0'
  jsonSchemaDialect: string
  info: OpenAPIV3_1.InfoObject
  servers: OpenAPIV3_1.ServerObject[]
  tags: OpenAPIV3_1.TagObject[]
  paths: Record<string, PathItem>
  components: OpenAPIV3_1.ComponentsObject
}

const TAGS: OpenAPIV3_1.TagObject[] = [
  { name: 'articles', description: 'Published articles.' },
  { name: 'qa', description: 'Q&A sets and their entries.' },
  { name: 'glossary', description: 'The glossary of terms.' },
  { name: 'topics', description: 'Topics and their articles.' },
  { name: 'search', description: 'Full-text search.' },
  { name: 'wechat', description: 'WeChat cards and the draft/add preview.' },
  { name: 'feeds', description: 'RSS, Atom, JSON Feed and the sitemap.' },
  { name: 'brand', description: 'Built-in brand images.' },
  { name: 'meta', description: 'This document.' },
]

export function buildOpenApiDocument(
  settings: DeliverySettings = deliverySettings(),
): DeliveryApiDocument {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: `${settings.siteName} delivery API`,
      version: '1',
      description: [
        'Public, read-only delivery of published content: JSON under /v1, feeds, the sitemap and search.',
        'Every route takes `script` (Simplified or Traditional output); unknown or repeated query parameters and bad values are a 400 naming the parameter (feeds and the sitemap ignore unknown ones).',
        'Lists page with `limit` and an opaque `cursor` (the previous page’s `nextCursor`).',
        'Answers carry a weak ETag and Last-Modified (304 on If-None-Match / If-Modified-Since) and `Cache-Control: public, max-age=DELIVERY_MAX_AGE`; errors are `no-store`.',
        'Over PUBLIC_RATE_LIMIT_PER_MINUTE requests a minute from one address: 429 `rate_limited` with Retry-After.',
      ].join('\n\n'),
    },
    servers: [{ url: settings.apiUrl, description: 'This server (SERVER_URL).' }],
    tags: TAGS,
    paths: buildPaths(settings),
    components: { schemas, parameters, headers, responses, securitySchemes },
  }
}
