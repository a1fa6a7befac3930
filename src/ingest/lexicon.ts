import { createRequire } from 'node:module'
import { toSimplified } from '../text/normalize.js'

/** Word and character frequencies from jieba's dictionary (Simplified), loaded once on first use. */
interface Lexicon {
  words: Map<string, number>
  /** Words the dictionary tags as place names (ns): 北京, 香港. */
  places: Set<string>
  chars: Map<string, number>
  total: number
}

let cached: Lexicon | undefined

function loadLexicon(): Lexicon {
  if (cached) return cached
  const require = createRequire(import.meta.url)
  // Required lazily (it reads the whole dictionary); typed by the package's own dict.d.ts.
  const { dict }: typeof import('@node-rs/jieba/dict.js') = require('@node-rs/jieba/dict.js')
  const words = new Map<string, number>()
  const places = new Set<string>()
  const chars = new Map<string, number>()
  let total = 0
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const [word, freqText, tag] = line.split(' ')
    const freq = Number(freqText)
    if (!word || !Number.isFinite(freq)) continue
    words.set(word, freq)
    if (tag?.trim() === 'ns') places.add(word)
    total += freq
    for (const char of word) chars.set(char, (chars.get(char) ?? 0) + freq)
  }
  cached = { words, places, chars, total }
  return cached
}

const MAX_WORD_LENGTH = 4
const UNKNOWN_CHAR_PENALTY = 6
// Real text is mostly multi-character words; a character standing alone is a weaker reading.
const SINGLE_CHAR_PENALTY = 2
const CLAUSE_PUNCTUATION = /[。，、；：？！“”‘’《》（）,.;:!?()]/u

function isHan(char: string): boolean {
  return /\p{Script=Han}/u.test(char)
}

/**
 * Average log-probability per character of the best segmentation of `text` (after
 * Traditional → Simplified): higher means "reads more like ordinary Chinese". Rare
 * characters and characters outside any dictionary word pull it down.
 */
export function plausibility(text: string): number {
  const { words, chars, total } = loadLexicon()
  const simplified = [...toSimplified(text)]
  const n = simplified.length
  if (n === 0) return 0
  const logTotal = Math.log(total)
  const best = new Array<number>(n + 1).fill(-Infinity)
  best[0] = 0
  for (let end = 1; end <= n; end++) {
    for (let length = 1; length <= Math.min(MAX_WORD_LENGTH, end); length++) {
      const start = end - length
      // The array is filled, so `?? -Infinity` only satisfies noUncheckedIndexedAccess.
      const reached = best[start] ?? -Infinity
      if (reached === -Infinity) continue
      const piece = simplified.slice(start, end).join('')
      let score: number
      const freq = words.get(piece)
      if (freq) score = Math.log(freq) - logTotal - (length === 1 ? SINGLE_CHAR_PENALTY : 0)
      else if (length === 1) {
        const char = piece
        // Punctuation, digits and Latin letters are neutral; unknown Han characters are penalised.
        if (!isHan(char))
          score = CLAUSE_PUNCTUATION.test(char) ? -6 : /[\p{N}\s]/u.test(char) ? -9 : -14
        else score = Math.log((chars.get(char) ?? 0) + 1) - logTotal - UNKNOWN_CHAR_PENALTY
      } else continue
      best[end] = Math.max(best[end] ?? -Infinity, reached + score)
    }
  }
  return (best[n] ?? -Infinity) / n
}

/** Whether `word` (any script) is a dictionary word. */
export function isDictionaryWord(word: string): boolean {
  return loadLexicon().words.has(toSimplified(word))
}

/** How often a character occurs in jieba's dictionary words (0 when never; Traditional folded to Simplified). */
export function charFrequency(char: string): number {
  return loadLexicon().chars.get(toSimplified(char)) ?? 0
}

/** Whether `word` is a place name in jieba's dictionary (tagged ns; Traditional folded to Simplified). */
export function isPlaceName(word: string): boolean {
  return loadLexicon().places.has(toSimplified(word))
}
