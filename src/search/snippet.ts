import { toTraditional } from '../text/normalize.js'
import type { SearchScript } from './types.js'

export const SNIPPET_LENGTH = 160
const CONTEXT_BEFORE_HIT = 40

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** Simplified text in the requested script. */
export function inScript(simplified: string, script: SearchScript): string {
  if (script === 'hant-tw') return toTraditional(simplified, 'tw')
  if (script === 'hant-hk') return toTraditional(simplified, 'hk')
  return simplified
}

type Range = [start: number, end: number]

/**
 * An HTML snippet around the first hit: a window of the passage with every occurrence of
 * the needles wrapped in <mark>. `folded` is what needles are matched against; `display`
 * (same length) is what is shown. Each piece is converted to the script on its own so the
 * markup can never be altered by the conversion.
 */
export function buildSnippet(
  display: string,
  folded: string,
  needles: string[],
  script: SearchScript,
): string {
  const source = chinesePunctuation(display.length === folded.length ? display : folded)
  const firstHit = firstOccurrence(folded, needles)
  const start = firstHit <= CONTEXT_BEFORE_HIT ? 0 : firstHit - CONTEXT_BEFORE_HIT
  const end = Math.min(folded.length, start + SNIPPET_LENGTH)

  let html = start > 0 ? '…' : ''
  let cursor = start
  for (const [from, to] of hitRanges(folded, needles, start, end)) {
    html += renderText(source.slice(cursor, from), script)
    html += `<mark>${renderText(source.slice(from, to), script)}</mark>`
    cursor = to
  }
  html += renderText(source.slice(cursor, end), script)
  return end < folded.length ? `${html}…` : html
}

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
}
const HALF_WIDTH_NEXT_TO_HAN = /(?<=\p{Script=Han})[,:;!?()]|[,:;!?()](?=\p{Script=Han})/gu

/**
 * Indexed text went through NFKC, which turns Chinese full-width punctuation into ASCII.
 * Next to Chinese characters it is shown full-width again (one character for one, so hit
 * offsets stay valid).
 */
export function chinesePunctuation(text: string): string {
  return text.replace(HALF_WIDTH_NEXT_TO_HAN, (mark) => FULL_WIDTH[mark] ?? mark)
}

function renderText(text: string, script: SearchScript): string {
  return escapeHtml(inScript(text.replace(/\s+/g, ' '), script))
}

function firstOccurrence(text: string, needles: string[]): number {
  let first = -1
  for (const needle of needles) {
    const at = needle === '' ? -1 : text.indexOf(needle)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return Math.max(first, 0)
}

/** Non-overlapping hit ranges inside [start, end), longest needle first at a tie, clipped to the window. */
function hitRanges(text: string, needles: string[], start: number, end: number): Range[] {
  const ranges: Range[] = []
  for (const needle of needles) {
    if (needle === '') continue
    for (
      let at = text.indexOf(needle, start);
      at >= 0 && at < end;
      at = text.indexOf(needle, at + 1)
    ) {
      ranges.push([at, Math.min(at + needle.length, end)])
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Range[] = []
  for (const range of ranges) {
    const previous = merged[merged.length - 1]
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}
