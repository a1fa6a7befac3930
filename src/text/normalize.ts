import * as OpenCC from 'opencc-js'
import type { DictGroup, DictLike } from 'opencc-js'

export type TraditionalVariant = 'tw' | 'hk'

const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' })

/**
 * Simplified → Taiwan / Hong Kong Traditional, exactly as OpenCC's s2tw and s2hk (opencc-js
 * `Converter({ from: 'cn', to: 'tw' | 'hk' })`: normalise, segment by the phrase dictionary,
 * convert each segment to Traditional, then to the regional forms), but sharing what the two have
 * in common. Each opencc-js converter builds its own segmentation trie and Simplified→Traditional
 * trie from the same dictionaries: the two converters took 80 MB of heap (113 MB RSS) of a server
 * that had 380 MB with no data. Here they are built once, and only when Traditional output is
 * first asked for; tests/unit/text/traditional.test.ts compares the result with opencc-js's own
 * converters on the whole page corpus. Plain character conversion only: the `twp` variant
 * rewrites vocabulary, which is wrong for legal names.
 */
interface SharedTries {
  normalize: (text: string) => string
  segmenter: OpenCC.Trie
  toTraditional: OpenCC.Trie
  regional: Record<TraditionalVariant, OpenCC.Trie>
}

const isDictGroup = (value: DictLike | DictGroup): value is DictGroup =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string')

function trieOf(group: DictLike | DictGroup): OpenCC.Trie {
  const trie = new OpenCC.Trie()
  if (isDictGroup(group)) trie.loadDictGroup(group)
  else trie.loadDict(group)
  return trie
}

/** The config's dictionary groups; opencc-js's typings lack `normalizationChain`. */
function normalizationOf(config: object): DictGroup[] {
  const chain: unknown = Reflect.get(config, 'normalizationChain')
  if (!Array.isArray(chain)) return []
  return chain.filter((group): group is DictGroup => Array.isArray(group) && isDictGroup(group))
}

let shared: SharedTries | undefined

function sharedTries(): SharedTries {
  if (shared) return shared
  const { s2tw, s2hk } = OpenCC.Locale.configs
  if (!s2tw || !s2hk || s2tw.conversionChain.length !== 2 || s2hk.conversionChain.length !== 2)
    throw new Error('opencc-js: the s2tw / s2hk configurations changed shape')
  const normalization = normalizationOf(s2tw)
  const normalize = normalization.length
    ? OpenCC.ConverterFactory(...normalization)
    : (text: string) => text
  shared = {
    normalize,
    segmenter: trieOf(s2tw.segmentation),
    toTraditional: trieOf(s2tw.conversionChain[0]),
    regional: { tw: trieOf(s2tw.conversionChain[1]), hk: trieOf(s2hk.conversionChain[1]) },
  }
  return shared
}

export function toSimplified(text: string): string {
  return traditionalToSimplified(text)
}

export function toTraditional(text: string, variant: TraditionalVariant = 'tw'): string {
  const { normalize, segmenter, toTraditional: traditional, regional } = sharedTries()
  const region = regional[variant]
  return segmenter
    .segment(normalize(text))
    .map((segment: string) => region.convert(traditional.convert(segment)))
    .join('')
}

/** NFKC (full-width → half-width), Traditional → Simplified, lower case: the form both queries and documents are compared in. */
export function normalizeForSearch(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase()
}

/** A script-, width- and case-insensitive key, e.g. for "the same glossary term" checks. */
export function foldKey(text: string): string {
  return normalizeForSearch(text).replace(/\s+/g, ' ').trim()
}
