import type { Request } from 'express'
import { cursorParser } from '../delivery/http/cursor.js'
import { badParameter, DeliveryError } from '../delivery/http/errors.js'
import {
  MAX_PAGE_SIZE,
  oneOf,
  pageSize,
  readQuery,
  slugParameter,
  type Parser,
} from '../delivery/http/params.js'
import { SearchQueryError } from './errors.js'
import { MAX_QUERY_LENGTH, parseQuery } from './query.js'
import { readRankCursor } from './rank.js'
import { SEARCH_TYPES, type SearchOptions } from './types.js'

/** `q`: text parseQuery accepts; its refusals are a 400 on `q` with their code. */
const queryText: Parser<string> = (value, name) => {
  try {
    parseQuery(value)
  } catch (error) {
    if (error instanceof SearchQueryError)
      throw badParameter(name, value, error.message, undefined, error.code)
    throw error
  }
  return value
}

const rankCursorParameter = cursorParser(readRankCursor)

/** `cursor`: a nextCursor of this search, checked here and passed on as given (the index reads it). */
const searchCursor: Parser<string> = (value, name) => {
  rankCursorParameter(value, name)
  return value
}

const SEARCH_QUERY = {
  q: queryText,
  type: oneOf(SEARCH_TYPES),
  topic: slugParameter,
  limit: pageSize,
  cursor: searchCursor,
}

export interface SearchParams {
  q: string
  options: Omit<SearchOptions, 'includeDrafts'>
}

/**
 * The query string of GET /v1/search, read by the /v1 edge like every other route: unknown,
 * repeated or bad parameters are a 400 naming the parameter, and `script` takes the /v1 aliases
 * (zh-TW, zh-Hant-HK…).
 */
export function readSearchParams(req: Request): SearchParams {
  const { q, ...options } = readQuery(req, SEARCH_QUERY)
  return { q: q ?? queryText('', 'q'), options }
}

type Details = DeliveryError['details']

/** Chinese messages of GET /v1/search's errors, by code: the admin's search box shows them to editors. */
const MESSAGES_ZH: Record<string, (details: Details) => string> = {
  empty_query: () => '搜索词为空。',
  query_too_long: () => `搜索词超过${MAX_QUERY_LENGTH}个字符。`,
  no_searchable_text: () => '搜索词中没有可搜索的文字或数字。',
  invalid_cursor: () => 'cursor 不是本搜索返回的游标。',
  invalid_type: ({ allowed = [] }) => `type 的取值必须是：${allowed.join(', ')}。`,
  invalid_script: ({ allowed = [] }) => `script 的取值必须是：${allowed.join(', ')}。`,
  invalid_topic: () => 'topic 必须是专题的网址别名（小写字母、数字和连字符）。',
  invalid_limit: () => `limit 必须是 1 到 ${MAX_PAGE_SIZE} 之间的整数。`,
  repeated_parameter: ({ parameter }) => `${parameter} 只能出现一次，且为纯文本。`,
  unknown_parameter: ({ parameter }) => `${parameter} 不是搜索接口的参数。`,
  search_unavailable: () => '搜索暂不可用：索引构建失败。',
  search_not_ready: () =>
    '搜索正在启动：索引尚在构建中，请几秒后重试（GET /ready/search 可查询是否就绪）。',
}

/** The same error (status, details) with its message in Chinese, when its code has one. */
export function inChinese(error: DeliveryError): DeliveryError {
  const message = error.details.code ? MESSAGES_ZH[error.details.code] : undefined
  return message ? new DeliveryError(error.status, message(error.details), error.details) : error
}
