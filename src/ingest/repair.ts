import iconv from 'iconv-lite'
import { polyphonic } from 'pinyin-pro'
import { charFrequency, plausibility } from './lexicon.js'
import { flagMessage } from './flag-messages.js'
import type { QualityFlag } from './types.js'

/**
 * GBK byte-shift repair. The damaged pages were Traditional text stored as GBK; one lead
 * byte was replaced by `?` and the following bytes were decoded one byte off until an
 * ASCII byte re-synchronised the decoder (`?!斗纯植乐髁x法》` = `。《反恐怖主義法》`).
 * The site also folded full-width punctuation to ASCII and had glued pinyin annotations
 * into the byte stream, so a run may carry a `yàn)` that lost its `(`.
 */

export interface RepairedRun {
  position: number
  original: string
  restored: string
}

/** A run left garbled; `anchor` is its start as written, to find it again after later stages move the text. */
export interface UnrepairedRunFlag extends QualityFlag {
  anchor: string
}

export interface RepairResult {
  text: string
  repaired: RepairedRun[]
  flags: UnrepairedRunFlag[]
}

const MAX_RUN_CHARS = 24
const MIN_GAIN = 1.2
const MIN_MARGIN = 0.15
// Every restored Han character must be at least this common (jieba frequency), or the reading is not trusted.
const MIN_CHAR_FREQUENCY = 200
const CLAUSE_PUNCTUATION = /^[。，、；：？！“”‘’《》（）]$/u
const CONTEXT_CHARS = 3
// A second `?` this close to a flagged one belongs to the same damaged run.
const FLAGGED_RUN_CHARS = 16
const ANCHOR_CHARS = 6
// A pinyin syllable that lost its opening parenthesis, e.g. `?yàn)E用`.
const ORPHAN_PINYIN = /^([a-zü\u00e0-\u01dc]{1,6})\)/
const GLUED_PINYIN = /^\(([a-zü\u00e0-\u01dc]{1,6})\)/
const HAN = /\p{Script=Han}/u

function gbkBytes(char: string, asTrailingSingleByte: boolean): number[] | null {
  const code = char.codePointAt(0) ?? 0
  if (code >= 0x21 && code <= 0x7e && !asTrailingSingleByte) {
    // Inside a run an ASCII sign was a full-width sign before the site folded it.
    return [...iconv.encode(String.fromCodePoint(code + 0xfee0), 'gbk')]
  }
  const bytes = iconv.encode(char, 'gbk')
  if (bytes.length === 1 && bytes[0] === 0x3f && char !== '?') return null
  return [...bytes]
}

function isSingleByte(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 || char === '€'
}

function decodeExactly(bytes: number[]): string | null {
  const buffer = Buffer.from(bytes)
  const text = iconv.decode(buffer, 'gbk')
  if (text.includes('\uFFFD')) return null
  if (!iconv.encode(text, 'gbk').equals(buffer)) return null
  return text
}

function readsAs(char: string, syllable: string): boolean {
  const readings = polyphonic(char, { type: 'array' })[0] ?? []
  return readings.includes(syllable)
}

/** The character `lead + ?` whose reading is `syllable` (the annotation that survived the damage) and that best follows `before`. */
function completeDanglingLead(lead: number, syllable: string, before: string): string | null {
  let best: { char: string; score: number } | null = null
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (trail === 0x7f) continue
    const char = decodeExactly([lead, trail])
    if (!char || !HAN.test(char) || !readsAs(char, syllable)) continue
    const score = plausibility(before.slice(-2) + char)
    if (!best || score > best.score) best = { char, score }
  }
  return best?.char ?? null
}

interface Candidate {
  restored: string
  end: number
  gain: number
}

const FIRST_CHAR_CHOICES = 16

const firstCharCache = new Map<number, string[]>()

/** Every character the lost lead byte can form with `trail`, most frequent first (punctuation always kept). */
function firstCharChoices(trail: number): string[] {
  const cached = firstCharCache.get(trail)
  if (cached) return cached
  const choices: { char: string; weight: number }[] = []
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    const char = decodeExactly([lead, trail])
    if (!char) continue
    const weight = HAN.test(char)
      ? plausibility(char)
      : CLAUSE_PUNCTUATION.test(char)
        ? 0
        : -Infinity
    if (weight > -Infinity) choices.push({ char, weight })
  }
  const ranked = choices
    .sort((a, b) => b.weight - a.weight)
    .slice(0, FIRST_CHAR_CHOICES)
    .map((choice) => choice.char)
  firstCharCache.set(trail, ranked)
  return ranked
}

function allCommon(text: string): boolean {
  return [...text].every((char) => !HAN.test(char) || charFrequency(char) >= MIN_CHAR_FREQUENCY)
}

function stripAnnotations(text: string): string {
  return text.replace(/\(?[a-zü\u00e0-\u01dc]{1,6}\)/g, '')
}

export function candidatesAt(text: string, start: number): Candidate[] {
  let cursor = start + 1
  const orphan = ORPHAN_PINYIN.exec(text.slice(cursor))
  if (orphan) cursor += orphan[0].length
  const lineEnd = text.indexOf('\n', cursor)
  const limit = Math.min(lineEnd === -1 ? text.length : lineEnd, cursor + MAX_RUN_CHARS)
  const left = stripAnnotations(text.slice(Math.max(0, start - 12), start)).slice(-CONTEXT_CHARS)
  const candidates: Candidate[] = []

  const consider = (firstChars: string[], rest: string, end: number) => {
    const right = stripAnnotations(text.slice(end, end + 12)).slice(0, CONTEXT_CHARS)
    const before = plausibility(left + stripAnnotations(text.slice(start, end)) + right)
    if (!allCommon(rest)) return
    for (const first of firstChars) {
      const restored = first + rest
      candidates.push({ restored, end, gain: plausibility(left + restored + right) - before })
    }
  }

  const runChars: string[] = []
  for (let index = cursor; index < limit; index++) {
    runChars.push(text[index])
    const next = text[index + 1] ?? ''
    const last = runChars[runChars.length - 1]
    const endsOnSingleByte = isSingleByte(last) && (runChars.length > 1 || orphan !== null)
    const afterRun = text.slice(index + 1)
    const lostParen = next === '?' ? ORPHAN_PINYIN.exec(afterRun.slice(1)) : null
    const keptAnnotation = next === '(' ? GLUED_PINYIN.exec(afterRun) : null
    const syllable = lostParen?.[1] ?? keptAnnotation?.[1]
    if (!endsOnSingleByte && !syllable) continue
    const bytes: number[] = []
    let encodable = true
    runChars.forEach((char, i) => {
      const encoded = gbkBytes(char, endsOnSingleByte && i === runChars.length - 1)
      if (!encoded) encodable = false
      else bytes.push(...encoded)
    })
    if (!encodable) break
    const [firstTrail, ...tail] = bytes
    if (firstTrail === undefined || firstTrail < 0x40) continue
    const firstChars = firstCharChoices(firstTrail)
    if (endsOnSingleByte) {
      const rest = decodeExactly(tail)
      if (rest !== null) consider(firstChars, rest, index + 1)
      continue
    }
    // The run ends on a lead byte whose trail was lost with the `(` of the next annotation.
    if (!syllable || tail.length === 0) continue
    const body = decodeExactly(tail.slice(0, -1))
    if (body === null) continue
    const char = completeDanglingLead(tail[tail.length - 1], syllable, body)
    if (!char) continue
    consider(firstChars, body + char, lostParen ? index + 2 + lostParen[0].length : index + 1)
  }
  return candidates
}

function looksDamaged(text: string, position: number): boolean {
  const after = text.slice(position + 1)
  if (ORPHAN_PINYIN.test(after)) return true
  if (/^[!;:,?<>[\]{}_]/.test(after)) return true
  const window = after.slice(0, 6)
  return HAN.test(window) && plausibility(window) < -13.5
}

function isCandidatePosition(text: string, position: number): boolean {
  const previous = text[position - 1] ?? ''
  const next = text[position + 1] ?? ''
  if (!next || /\s/.test(next)) return false
  return HAN.test(previous) || /[)%0-9\p{P}]/u.test(previous)
}

/** Restore byte-shifted GBK runs when one reading is clearly best; flag every other suspicious run. */
export function repairByteShiftedRuns(text: string): RepairResult {
  const repaired: RepairedRun[] = []
  const flags: UnrepairedRunFlag[] = []
  let output = ''
  let copiedUpTo = 0
  let skipUntil = 0
  for (
    let position = text.indexOf('?');
    position !== -1;
    position = text.indexOf('?', position + 1)
  ) {
    if (position < Math.max(copiedUpTo, skipUntil) || !isCandidatePosition(text, position)) continue
    const ranked = candidatesAt(text, position).sort((a, b) => b.gain - a.gain)
    const best = ranked[0]
    const runnerUp = ranked.find((candidate) => candidate.restored !== best?.restored)
    const confident =
      best && best.gain >= MIN_GAIN && (!runnerUp || best.gain - runnerUp.gain >= MIN_MARGIN)
    if (best && confident) {
      output += text.slice(copiedUpTo, position)
      repaired.push({
        position: output.length,
        original: text.slice(position, best.end),
        restored: best.restored,
      })
      output += best.restored
      copiedUpTo = best.end
      continue
    }
    if (!looksDamaged(text, position)) continue
    const lineEnd = text.indexOf('\n', position)
    const excerpt = text.slice(
      position,
      Math.min(position + 12, lineEnd === -1 ? text.length : lineEnd),
    )
    skipUntil = position + FLAGGED_RUN_CHARS
    flags.push({
      type: 'corrupted-text',
      position: output.length + (position - copiedUpTo),
      message: flagMessage('unrestored-run', { excerpt }),
      // Six characters find the run again; it stops at an ASCII quote as the old parse of the
      // quoted message did, so flag positions stay what they were.
      anchor: excerpt.slice(0, ANCHOR_CHARS).split('"')[0] ?? '',
    })
  }
  output += text.slice(copiedUpTo)
  return { text: output, repaired, flags }
}
