import { LRUCache } from 'lru-cache'
import { toSimplified, toTraditional } from '../text/normalize.js'

export type Script = 'hans' | 'hant-tw' | 'hant-hk'

export const SCRIPTS: readonly Script[] = ['hans', 'hant-tw', 'hant-hk']
export const DEFAULT_SCRIPT: Script = 'hans'

/** BCP 47 tag of each delivered script, for `inLanguage`, feed `language` and `Content-Language`. */
export const SCRIPT_LANGUAGE_TAGS: Record<Script, string> = {
  hans: 'zh-Hans',
  'hant-tw': 'zh-Hant-TW',
  'hant-hk': 'zh-Hant-HK',
}

/** Every spelling `?script=` accepts (matched case-insensitively, `_` read as `-`), and its script. */
export const SCRIPT_ALIASES: Record<string, Script> = {
  hans: 'hans',
  'zh-hans': 'hans',
  'zh-cn': 'hans',
  'hant-tw': 'hant-tw',
  'zh-hant-tw': 'hant-tw',
  'zh-tw': 'hant-tw',
  hant: 'hant-tw',
  'zh-hant': 'hant-tw',
  'hant-hk': 'hant-hk',
  'zh-hant-hk': 'hant-hk',
  'zh-hk': 'hant-hk',
}

export class InvalidScriptError extends Error {
  readonly parameter: string
  readonly value: unknown
  readonly allowed: readonly Script[] = SCRIPTS

  constructor(parameter: string, value: unknown) {
    super(
      `Invalid value ${JSON.stringify(value)} for parameter "${parameter}": expected one of ${SCRIPTS.join(', ')}`,
    )
    this.name = 'InvalidScriptError'
    this.parameter = parameter
    this.value = value
  }
}

/**
 * Reads a script choice from a query parameter or header value. Missing or empty → the default;
 * BCP 47 spellings (zh-Hant-TW, zh-TW, zh-Hans…) are accepted case-insensitively; anything else throws.
 */
export function parseScript(
  value: unknown,
  parameter = 'script',
  fallback: Script = DEFAULT_SCRIPT,
): Script {
  if (value === undefined || value === null || value === '') return fallback
  if (typeof value !== 'string') throw new InvalidScriptError(parameter, value)
  const script = SCRIPT_ALIASES[value.trim().toLowerCase().replace(/_/g, '-')]
  if (!script) throw new InvalidScriptError(parameter, value)
  return script
}

/**
 * Conversions already made, by script and text: every render converts every paragraph of every
 * item again (a feed of 50 articles spent 21% of its CPU in OpenCC, profiled at 1,000 articles),
 * and the same paragraphs come back at each render after a cache invalidation. The result of a
 * conversion depends on nothing but the text and the script, so the memo never goes stale. Bounded
 * by characters held (keys and results, about 2 bytes each: ~8 MB); short strings are converted
 * directly, their lookup would cost about what the conversion does.
 */
const MEMO_MIN_LENGTH = 16
const converted = new LRUCache<string, string>({
  maxSize: 4_000_000,
  sizeCalculation: (value, key) => value.length + key.length,
})

/**
 * Converts stored text (Simplified, Traditional or mixed) to the delivered script. Traditional output
 * pivots through Simplified so that a Taiwan-form source still comes out in Hong Kong forms and vice versa.
 */
export function convertForScript(text: string, script: Script): string {
  // Pure ASCII never changes: skip the converter (URLs, slugs, Lexical node types, numbers).
  // eslint-disable-next-line no-control-regex -- an ASCII range check
  if (!/[^\u0000-\u007f]/.test(text)) return text
  if (text.length < MEMO_MIN_LENGTH) return convertNow(text, script)
  const key = `${script}\u0000${text}`
  const known = converted.get(key)
  if (known !== undefined) return known
  const result = convertNow(text, script)
  converted.set(key, result)
  return result
}

function convertNow(text: string, script: Script): string {
  const simplified = toSimplified(text)
  switch (script) {
    case 'hans':
      return simplified
    case 'hant-tw':
      return toTraditional(simplified, 'tw')
    case 'hant-hk':
      return toTraditional(simplified, 'hk')
  }
}

/** Keys whose string values are identifiers, addresses or machine values, never prose. */
const DEFAULT_SKIPPED_KEYS = new Set([
  'id',
  '_id',
  'slug',
  'url',
  'href',
  'src',
  'srcset',
  'link',
  'email',
  'filename',
  'mimeType',
  'thumbnailURL',
  'blockType',
  'blockName',
  'relationTo',
  'type',
  'tag',
  'listType',
  'linkType',
  'format',
  'direction',
  'mode',
  'style',
  'locale',
  'language',
  'inLanguage',
  '_status',
  'status',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'publishedDate',
  'datePublished',
  'dateModified',
  'date',
  'etag',
  'hash',
  'token',
  'mediaId',
  'media_id',
  'thumbMediaId',
  'thumb_media_id',
])

const SKIPPED_KEY_PATTERN = /(?:Url|URL|Id|ID|Slug|At|Date)$/

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|tel:|\/|#|\.{1,2}\/)\S*$/i

export interface ConvertDeepFields {
  /** Extra keys never to convert (added to the defaults: ids, slugs, URLs, dates, machine enums). */
  skip?: Iterable<string>
  /** If given, only these keys are converted (at any depth); everything else is copied as is. */
  only?: Iterable<string>
}

/**
 * Returns a copy of a delivered object with every prose string converted to `script`: nested objects,
 * arrays and Lexical states included; ids, slugs, URLs, dates and values that look like URLs or dates
 * are left untouched so links and caching keys stay stable across scripts.
 */
export function convertDeep<T>(value: T, script: Script, fields: ConvertDeepFields = {}): T {
  const skip = new Set([...DEFAULT_SKIPPED_KEYS, ...(fields.skip ?? [])])
  const only = fields.only ? new Set(fields.only) : undefined
  const isSkipped = (key: string) => skip.has(key) || SKIPPED_KEY_PATTERN.test(key)

  // `active`: inside a key whose prose is converted (always, unless `only` narrows it down).
  const walk = (node: unknown, active: boolean): unknown => {
    if (typeof node === 'string')
      return active && !ISO_DATE.test(node) && !URL_LIKE.test(node)
        ? convertForScript(node, script)
        : node
    if (Array.isArray(node)) return node.map((item) => walk(item, active))
    if (!node || typeof node !== 'object' || Object.getPrototypeOf(node) !== Object.prototype)
      return node
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(node)) {
      out[key] = isSkipped(key) ? child : walk(child, active || (only?.has(key) ?? false))
    }
    return out
  }

  return walk(value, !only) as T
}
