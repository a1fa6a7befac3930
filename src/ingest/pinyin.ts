import { polyphonic } from 'pinyin-pro'

const HAN = /\p{Script=Han}/u
// One or more toned syllables in parentheses glued after Han characters: 職責(zé), 處(chǔ)置.
// A space after it, before the next character, is the annotation's too (主義(yi) 法).
const ANNOTATION = /\(([a-zü\u00e0-\u01dc]+(?: [a-zü\u00e0-\u01dc]+)*)\)( (?=\p{Script=Han}))?/gu

function readings(char: string): string[] {
  return polyphonic(char, { type: 'array' })[0] ?? []
}

/** Whether `syllables` read the Han characters just before `end` in `text`. */
function isReadingOfPreceding(text: string, end: number, syllables: string[]): boolean {
  const chars = [...text.slice(Math.max(0, end - syllables.length * 2), end)].slice(
    -syllables.length,
  )
  if (chars.length !== syllables.length) return false
  // Annotations without tone marks (反恐怖主義(yi) 法) are compared without tones.
  const toneless = !syllables.some((syllable) => TONE_MARK.test(syllable))
  return chars.every((char, i) => {
    if (!HAN.test(char)) return false
    return (toneless ? tonelessReadings(char) : readings(char)).includes(syllables[i] ?? '')
  })
}

// A tone-marked vowel: the test that tells a toned annotation (zé) from a toneless one (yi).
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/
const toneless = new Map<string, string[]>()

/** A character's readings without tones, computed once per character (the samples repeat a few hundred). */
function tonelessReadings(char: string): string[] {
  let found = toneless.get(char)
  if (!found) {
    found = readings(char).map(withoutTones)
    toneless.set(char, found)
  }
  return found
}

function withoutTones(syllable: string): string {
  return syllable.normalize('NFD').replace(/\p{M}/gu, '').replace(/ü/g, 'v')
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
  const result = text.replace(
    ANNOTATION,
    (match: string, pinyin: string, space: string | undefined, offset: number) => {
      const syllables = pinyin.split(' ')
      if (!isReadingOfPreceding(text, offset, syllables)) return match
      stripped++
      // Only an annotation without tones is typeset with a space after it.
      const toned = syllables.some((syllable) => TONE_MARK.test(syllable))
      return space && toned ? space : ''
    },
  )
  return { text: result, stripped }
}
