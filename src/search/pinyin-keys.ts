import { pinyinSortKey } from '../text/pinyin.js'

const TONE_DIGIT_AFTER_LETTER = /(?<=[a-z])[1-5]/g

/**
 * Key for a Latin query word that may be pinyin: tones (marks or digits) and spaces dropped,
 * ü written v. `jiàn dié`, `jian4 die2` and `JianDie` all give `jiandie`. Null when the
 * text is not plain Latin letters.
 */
export function pinyinQueryKey(text: string): string | null {
  const key = text
    .toLowerCase()
    .replace(/ü|u:/g, 'v')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(TONE_DIGIT_AFTER_LETTER, '')
    .replace(/[\s'’-]+/g, '')
  return /^[a-z]+$/.test(key) ? key : null
}

/** Keys under which a Han glossary term is found by pinyin (ü as v and as u, since users type both). */
export function glossaryPinyinKeys(term: string): string[] {
  if (!/\p{Script=Han}/u.test(term)) return []
  const letters = pinyinSortKey(term).split('|')[0] ?? ''
  const key = pinyinQueryKey(letters)
  if (key === null) return []
  return key.includes('v') ? [key, key.replace(/v/g, 'u')] : [key]
}
