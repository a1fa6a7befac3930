import { polyphonic } from 'pinyin-pro'

const HAN = /\p{Script=Han}/u
// One or more toned syllables in parentheses glued after Han characters: 職責(zé), 處(chǔ)置.
const ANNOTATION = /\(([a-zü\u00e0-\u01dc]+(?: [a-zü\u00e0-\u01dc]+)*)\)/g

function readings(char: string): string[] {
  return polyphonic(char, { type: 'array' })[0] ?? []
}

/** Whether `syllables` read the Han characters just before `end` in `text`. */
function isReadingOfPreceding(text: string, end: number, syllables: string[]): boolean {
  const chars = [...text.slice(Math.max(0, end - syllables.length * 2), end)].slice(
    -syllables.length,
  )
  if (chars.length !== syllables.length) return false
  return chars.every((char, i) => HAN.test(char) && readings(char).includes(syllables[i]))
}

export interface PinyinStripResult {
  text: string
  stripped: number
}

/**
 * Remove pinyin annotations glued after characters (`職責(zé)` → `職責`) when the pinyin is a
 * reading of the preceding character(s); `(GIS)`, `（1）`, `海(水)域`, `(2024-2035年)` stay.
 */
export function stripPinyinAnnotations(text: string): PinyinStripResult {
  let stripped = 0
  const result = text.replace(ANNOTATION, (match: string, pinyin: string, offset: number) => {
    const syllables = pinyin.split(' ')
    if (!isReadingOfPreceding(text, offset, syllables)) return match
    stripped++
    return ''
  })
  return { text: result, stripped }
}
