import { decodeCursor } from './cursor.js'
import { SearchQueryError } from './errors.js'
import { parseQuery } from './query.js'
import { MAX_PAGE_SIZE } from './search-index.js'
import type { SearchDocumentType, SearchOptions, SearchScript } from './types.js'

export const SEARCH_TYPES: readonly SearchDocumentType[] = ['article', 'qa', 'term']
export const SEARCH_SCRIPTS: readonly SearchScript[] = ['hans', 'hant-tw', 'hant-hk']
const TOPIC_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/

/** A request parameter the client must fix; the route answers 400 naming it. */
export class SearchParamError extends Error {
  constructor(
    readonly parameter: string,
    readonly code: string,
    message: string,
    readonly messageZh: string,
  ) {
    super(message)
    this.name = 'SearchParamError'
  }
}

export interface SearchParams {
  q: string
  options: Omit<SearchOptions, 'includeDrafts'>
}

const QUERY_MESSAGES_ZH: Record<string, string> = {
  empty_query: '搜索词为空。',
  query_too_long: '搜索词超过200个字符。',
  no_searchable_text: '搜索词中没有可搜索的文字或数字。',
  invalid_cursor: 'cursor 不是本搜索返回的游标。',
}

/** Validate the query string of GET /v1/search (values as Express parses them). */
export function parseSearchParams(query: Record<string, unknown>): SearchParams {
  const q = single(query, 'q') ?? ''
  rethrowAs('q', () => parseQuery(q))
  const options: SearchParams['options'] = {}

  const type = single(query, 'type')
  if (type !== undefined) {
    if (!(SEARCH_TYPES as string[]).includes(type)) throw oneOf('type', type, SEARCH_TYPES)
    options.type = type as SearchDocumentType
  }
  const script = single(query, 'script')
  if (script !== undefined) {
    if (!(SEARCH_SCRIPTS as string[]).includes(script))
      throw oneOf('script', script, SEARCH_SCRIPTS)
    options.script = script as SearchScript
  }
  const topic = single(query, 'topic')
  if (topic !== undefined) {
    if (!TOPIC_SLUG.test(topic)) {
      throw new SearchParamError(
        'topic',
        'invalid_topic',
        'topic must be a topic slug (lower-case letters, digits and hyphens).',
        'topic 必须是专题的网址别名（小写字母、数字和连字符）。',
      )
    }
    options.topic = topic
  }
  const limit = single(query, 'limit')
  if (limit !== undefined) {
    const value = /^\d{1,3}$/.test(limit) ? Number(limit) : NaN
    if (!(value >= 1 && value <= MAX_PAGE_SIZE)) {
      throw new SearchParamError(
        'limit',
        'invalid_limit',
        `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.`,
        `limit 必须是 1 到 ${MAX_PAGE_SIZE} 之间的整数。`,
      )
    }
    options.limit = value
  }
  const cursor = single(query, 'cursor')
  if (cursor !== undefined && cursor !== '') {
    rethrowAs('cursor', () => decodeCursor(cursor))
    options.cursor = cursor
  }
  return { q, options }
}

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    throw new SearchParamError(
      name,
      'repeated_parameter',
      `${name} must be given once, as plain text.`,
      `${name} 只能出现一次，且为纯文本。`,
    )
  }
  return value
}

function oneOf(parameter: string, value: string, allowed: readonly string[]): SearchParamError {
  const list = allowed.join(', ')
  return new SearchParamError(
    parameter,
    `invalid_${parameter}`,
    `${parameter} "${value.slice(0, 40)}" is not one of: ${list}.`,
    `${parameter} 的取值必须是：${list}。`,
  )
}

function rethrowAs(parameter: string, check: () => unknown): void {
  try {
    check()
  } catch (error) {
    if (error instanceof SearchQueryError) {
      throw new SearchParamError(
        parameter,
        error.code,
        error.message,
        QUERY_MESSAGES_ZH[error.code] ?? error.message,
      )
    }
    throw error
  }
}
