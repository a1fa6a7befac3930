import type { Request } from 'express'
import { InvalidScriptError, parseScript, SCRIPTS, type Script } from '../script.js'
import { badParameter } from './errors.js'

export const MAX_PAGE_SIZE = 50
export const DEFAULT_PAGE_SIZE = 20

export type Parser<T> = (value: string, name: string) => T
export type QuerySpec = Record<string, Parser<unknown>>
export type Parsed<S extends QuerySpec> = { [K in keyof S]?: ReturnType<S[K]> } & { script: Script }

export interface QueryOptions {
  /**
   * Skip parameters the route does not know instead of a 400: for feed and sitemap URLs, which readers
   * and crawlers fetch with tracking parameters (utm_source=…) and cache-busters appended.
   */
  ignoreUnknown?: boolean
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Reads the query string strictly: unknown or repeated parameters and bad values are a 400 naming the
 * parameter, so that a typo never silently returns something else. `script` is accepted everywhere.
 */
export function readQuery<S extends QuerySpec>(
  req: Request,
  spec: S,
  options: QueryOptions = {},
): Parsed<S> {
  const out: Record<string, unknown> = {}
  for (const [name, raw] of Object.entries(req.query)) {
    // Own names only: `name in spec` also matched inherited ones such as __proto__ (a 500).
    const known = name === 'script' || Object.hasOwn(spec, name)
    // Unknown names are skipped where asked (feeds), but a prototype key is never a harmless extra.
    if (!known && options.ignoreUnknown && !PROTOTYPE_KEYS.has(name)) continue
    if (!known) {
      throw badParameter(
        name,
        raw,
        `unknown parameter; this route accepts ${['script', ...Object.keys(spec)].join(', ')}`,
        undefined,
        'unknown_parameter',
      )
    }
    if (typeof raw !== 'string')
      throw badParameter(
        name,
        raw,
        'give it once, as a plain value',
        undefined,
        'repeated_parameter',
      )
    out[name] = name === 'script' ? scriptParameter(raw) : spec[name]!(raw, name)
  }
  out.script ??= scriptParameter(undefined)
  return out as Parsed<S>
}

function scriptParameter(raw: string | undefined): Script {
  try {
    return parseScript(raw)
  } catch (error) {
    if (error instanceof InvalidScriptError)
      throw badParameter('script', raw, `expected one of ${SCRIPTS.join(', ')}`, SCRIPTS)
    throw error
  }
}

export const pageSize: Parser<number> = (value, name) => {
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_PAGE_SIZE)
    throw badParameter(name, value, `a whole number from 1 to ${MAX_PAGE_SIZE}`)
  return n
}

/** A page number of a paged file (the parts of a sitemap index): a whole number from 1. */
export const pageNumber: Parser<number> = (value, name) => {
  const n = Number(value)
  if (!/^\d{1,6}$/.test(value) || n < 1) throw badParameter(name, value, 'a whole number from 1')
  return n
}

export const slugParameter: Parser<string> = (value, name) => {
  if (!/^[a-z0-9][a-z0-9-]{0,199}$/.test(value))
    throw badParameter(name, value, 'a slug of lower-case letters, digits and hyphens')
  return value
}

export const textParameter: Parser<string> = (value, name) => {
  const trimmed = value.trim()
  if (!trimmed || trimmed.length > 100)
    throw badParameter(name, value, 'a non-empty text of at most 100 characters')
  return trimmed
}

export function oneOf<T extends string>(allowed: readonly T[]): Parser<T> {
  const isAllowed = (value: string): value is T => allowed.some((option) => option === value)
  return (value, name) => {
    if (!isAllowed(value))
      throw badParameter(name, value, `expected one of ${allowed.join(', ')}`, allowed)
    return value
  }
}

/** The canonical form of a query's raw string values, for cache keys: sorted by name. */
/** A query (already checked by readQuery: one plain value per name) in a canonical order. */
export function canonicalQuery(values: Record<string, unknown>): string {
  return Object.keys(values)
    .filter((key) => values[key] !== undefined)
    .sort()
    .map((key) => `${key}=${encodeURIComponent(String(values[key]))}`)
    .join('&')
}
