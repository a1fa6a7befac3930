import type { RequestHandler } from 'express'
import type { FlattenedField, Payload } from 'payload'
import { acceptedLanguage } from '../i18n/message.js'

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])
const WHOLE_NUMBERS: Record<string, number> = { limit: 0, page: 1, depth: 0 }
/** Operators whose value is compared with the field's values (so must be of the field's type). */
const VALUE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

/** What kind of value a where path compares with: the field's type, or an id. */
export type ValueKind = 'date' | 'number' | 'id' | 'point' | 'other'

/** The kind of value a field path of a collection holds (undefined: not a field Payload knows). */
export type FieldKinds = (path: string) => ValueKind | undefined

type Problem = { en: string; zh: string }

function valueProblem(kind: ValueKind, operator: string, value: string): Problem | null {
  if (GEO_OPERATORS.has(operator))
    return kind === 'point'
      ? null
      : { en: `${operator} applies to point fields only`, zh: `${operator} 只适用于坐标字段` }
  if (!VALUE_OPERATORS.has(operator)) return null
  const values = LIST_OPERATORS.has(operator) ? value.split(',') : [value]
  const bad = (check: (v: string) => boolean) => values.some((v) => v !== '' && !check(v))
  if (kind === 'date' && bad((v) => !Number.isNaN(Date.parse(v))))
    return { en: 'a date (ISO 8601)', zh: '应为日期（ISO 8601）' }
  if (kind === 'number' && bad((v) => Number.isFinite(Number(v))))
    return { en: 'a number', zh: '应为数字' }
  if (kind === 'id' && bad((v) => /^\d{1,15}$/.test(v)))
    return { en: 'an id (a whole number)', zh: '应为 id（整数）' }
  return null
}

/** `where[a][b]` → ['where', 'a', 'b']; null when the brackets are not well formed. */
function segmentsOf(key: string): string[] | null {
  const match = /^([^[\]]*)((?:\[[^[\]]*\])*)$/.exec(key)
  if (!match) return null
  return [
    match[1] ?? '',
    ...[...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? ''),
  ]
}

/** Why a query parameter of Payload's REST API is malformed, or null when it is fine. */
export function problemOf(key: string, value: string, kinds?: FieldKinds): Problem | null {
  const segments = segmentsOf(key)
  if (!segments) return { en: 'malformed brackets', zh: '方括号格式错误' }
  if (segments.some((s) => FORBIDDEN.has(s))) return { en: 'reserved name', zh: '保留名称' }
  const [name, ...rest] = segments
  if (name === 'where') {
    if (rest.length === 0)
      return {
        en: 'give conditions as where[field][operator]',
        zh: '条件应写作 where[字段][运算符]',
      }
    let i = 0
    while ((rest[i] === 'and' || rest[i] === 'or') && /^\d+$/.test(rest[i + 1] ?? '')) i += 2
    const operator = rest[i + 1]
    const extra = rest.slice(i + 2)
    if (operator && OPERATORS.has(operator) && extra.length > 0 && !/^\d+$/.test(extra[0] ?? ''))
      return { en: `the value of ${operator} is a plain value`, zh: `${operator} 的值应为普通值` }
    const field = rest[i]
    const kind = field !== undefined && kinds ? kinds(field) : undefined
    if (operator && kind) {
      const problem = valueProblem(kind, operator, value)
      if (problem) return problem
    }
  }
  if (name !== undefined && name in WHOLE_NUMBERS && rest.length === 0) {
    const min = WHOLE_NUMBERS[name] ?? 0
    if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value)))
      return { en: `a whole number of at least ${min}`, zh: `应为不小于 ${min} 的整数` }
  }
  return null
}

const kindOf = (field: FlattenedField, numericIds: boolean): ValueKind => {
  if (field.type === 'date') return 'date'
  if (field.type === 'number') return 'number'
  if (field.type === 'point') return 'point'
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    typeof field.relationTo === 'string' &&
    numericIds
  )
    return 'id'
  return 'other'
}

/**
 * The kinds of the where paths of a collection (`publishedAt`, `corrections.date`,
 * `retraction.at`, `version.publishedAt` on /versions): through groups, tabs and arrays; a path
 * into a related collection or a block is left to Payload.
 */
export function fieldKindsOf(
  payload: Payload,
  slug: string,
  versions: boolean,
): FieldKinds | undefined {
  const collection = Object.values(payload.collections).find(
    (candidate) => candidate.config.slug === slug,
  )
  if (!collection) return undefined
  const numericIds = payload.db.defaultIDType === 'number'
  return (path) => {
    const segments = path.replace(/__/g, '.').split('.')
    if (versions && segments[0] === 'version') segments.shift()
    if (segments.length === 1 && segments[0] === 'id') return numericIds ? 'id' : 'other'
    let fields: FlattenedField[] = collection.config.flattenedFields
    for (const [index, segment] of segments.entries()) {
      const field = fields.find((candidate) => candidate.name === segment)
      if (!field) return undefined
      const last = index === segments.length - 1
      if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
        if (last) return 'other'
        fields = field.flattenedFields
        continue
      }
      // A locale segment (`title.zh-Hans`) after a localized field compares that field.
      const localeOnly = index === segments.length - 2 && field.localized
      return last || localeOnly ? kindOf(field, numericIds) : undefined
    }
    return undefined
  }
}

/**
 * `/api/articles/abc` where ids are numbers: Payload hands `NaN` to SQLite, a 500. Not when the
 * segment is one of the collection's own routes (versions, count, login, a custom endpoint).
 */
function isMalformedId(payload: Payload, slug: string, segment: string): boolean {
  // Compared undecoded: a named route has no escapes, and a number has nothing to decode.
  if (payload.db.defaultIDType !== 'number' || /^\d{1,15}$/.test(segment)) return false
  const collection = Object.values(payload.collections).find(
    (candidate) => candidate.config.slug === slug,
  )
  if (!collection) return false
  const endpoints = collection.config.endpoints || []
  const byId = endpoints.some((endpoint) => endpoint.path.startsWith('/:id'))
  const named = endpoints.some((endpoint) => endpoint.path.split('/')[1] === segment)
  return byId && !named
}

/**
 * Payload's REST API answers several malformed queries with a 500 or silently misreads them
 * (`where=abc`, an object where an operator wants a value, `limit=abc`, `depth=-1`, `__proto__`,
 * a date filter on `abc`, an id that is no number, `near` on a text field, a page number past
 * 2^53). They are refused here with a 400 naming the parameter, in English or Chinese.
 */
export function checkApiQuery(payload?: Payload): RequestHandler {
  return (req, res, next) => {
    const [, slug, sub] = req.path.split('/')
    if (payload && slug && sub && isMalformedId(payload, slug, sub)) {
      const message =
        acceptedLanguage(req) === 'zh'
          ? `找不到 id 为 ${sub} 的文档：id 应为整数。`
          : `No document with id ${sub}: ids are whole numbers.`
      res.status(404).json({ errors: [{ code: 'not_found', message }] })
      return
    }
    const search = req.originalUrl.indexOf('?')
    if (search < 0) return next()
    const kinds = payload && slug ? fieldKindsOf(payload, slug, sub === 'versions') : undefined
    for (const [key, value] of new URLSearchParams(req.originalUrl.slice(search + 1))) {
      const problem = problemOf(key, value, kinds)
      if (!problem) continue
      const message =
        acceptedLanguage(req) === 'zh'
          ? `查询参数 ${key} 无效：${problem.zh}。`
          : `Invalid query parameter ${key}: ${problem.en}.`
      res.status(400).json({ errors: [{ code: 'invalid_parameter', parameter: key, message }] })
      return
    }
    next()
  }
}
