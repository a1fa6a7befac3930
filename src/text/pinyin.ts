import { customPinyin, pinyin } from 'pinyin-pro'

export const MAX_SLUG_LENGTH = 96

/**
 * Words pinyin-pro's dictionary reads wrongly, mostly 还 (huán, "give back") read as hái ("still")
 * in the vocabulary of loans and fraud warnings: 还款 is huán kuǎn. Word entries only, so 还是 and
 * 还有 keep hái. Registered once for the process (pinyin-pro keeps one custom dictionary).
 */
const WORD_READINGS: Record<string, string> = {
  还款: 'huán kuǎn',
  还钱: 'huán qián',
  还贷: 'huán dài',
  还债: 'huán zhài',
  还清: 'huán qīng',
  还本: 'huán běn',
  还息: 'huán xī',
  还账: 'huán zhàng',
  還款: 'huán kuǎn',
  還錢: 'huán qián',
  還貸: 'huán dài',
  還債: 'huán zhài',
  還清: 'huán qīng',
  還本: 'huán běn',
  還息: 'huán xī',
  還賬: 'huán zhàng',
}
customPinyin(WORD_READINGS)

/** Punctuation and symbols (、，《》…), which pinyin-pro passes through as tokens of their own or glued to Latin text. */
const NOT_SYLLABLE = /[^\p{L}\p{N}\s]+/gu

function syllables(text: string, toneType: 'none' | 'num' | 'symbol'): string[] {
  // pinyin-pro resolves polyphones from word context (银行 → yin hang, 长期 → chang qi).
  return pinyin(text, {
    toneType,
    type: 'array',
    nonZh: 'consecutive',
    v: toneType !== 'symbol',
  })
    .map((token) => token.replace(NOT_SYLLABLE, ' ').trim())
    .filter(Boolean)
}

/** URL slug from the pinyin of a Chinese title: 国家安全教育日 → guo-jia-an-quan-jiao-yu-ri. */
export function slugify(text: string): string {
  const slug = syllables(text.normalize('NFKC'), 'none')
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG_LENGTH) return slug
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '')
}

/** Pinyin with tone marks for display: 间谍 → jiàn dié. */
export function pinyinWithTones(text: string): string {
  return syllables(text, 'symbol').join(' ').replace(/\s+/g, ' ').trim()
}

/** Sort key: toneless syllables, then tone digits, so 间谍 sorts under J and polyphones follow their word reading. */
export function pinyinSortKey(text: string): string {
  const numbered = syllables(text.normalize('NFKC'), 'num').map((s) => s.toLowerCase())
  const letters = numbered.map((s) => s.replace(/[0-9]/g, '')).join(' ')
  const tones = numbered.map((s) => s.match(/[0-9]/)?.[0] ?? '0').join('')
  return `${letters}|${tones}`
}

/** The A–Z section letter for a glossary term ('#' when it does not start with a letter or Han character). */
export function pinyinInitial(text: string): string {
  const first = pinyinSortKey(text).charAt(0).toUpperCase()
  return /[A-Z]/.test(first) ? first : '#'
}
