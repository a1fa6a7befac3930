import * as OpenCC from 'opencc-js'

export type TraditionalVariant = 'tw' | 'hk'

const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' })
const simplifiedToTraditional: Record<TraditionalVariant, (text: string) => string> = {
  // Plain character conversion only: the `twp` variant rewrites vocabulary, which is wrong for legal names.
  tw: OpenCC.Converter({ from: 'cn', to: 'tw' }),
  hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
}

export function toSimplified(text: string): string {
  return traditionalToSimplified(text)
}

export function toTraditional(text: string, variant: TraditionalVariant = 'tw'): string {
  return simplifiedToTraditional[variant](text)
}

/** NFKC (full-width → half-width), Traditional → Simplified, lower case: the form both queries and documents are compared in. */
export function normalizeForSearch(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase()
}

/** A script-, width- and case-insensitive key, e.g. for "the same glossary term" checks. */
export function foldKey(text: string): string {
  return normalizeForSearch(text).replace(/\s+/g, ' ').trim()
}
