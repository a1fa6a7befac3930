import type { RequestHandler } from 'express'
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
export function problemOf(key: string, value: string): { en: string; zh: string } | null {
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
  }
  if (name !== undefined && name in WHOLE_NUMBERS && rest.length === 0) {
    const min = WHOLE_NUMBERS[name] ?? 0
    if (!/^\d+$/.test(value) || Number(value) < min)
      return { en: `a whole number of at least ${min}`, zh: `应为不小于 ${min} 的整数` }
  }
  return null
}

/**
 * Payload's REST API answers several malformed queries with a 500 or silently misreads them
 * (`where=abc`, an object where an operator wants a value, `limit=abc`, `depth=-1`, `__proto__`).
 * They are refused here with a 400 naming the parameter, in English or Chinese.
 */
export function checkApiQuery(): RequestHandler {
  return (req, res, next) => {
    const search = req.originalUrl.indexOf('?')
    if (search < 0) return next()
    for (const [key, value] of new URLSearchParams(req.originalUrl.slice(search + 1))) {
      const problem = problemOf(key, value)
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
