/** Whether a cleaned text stops mid-sentence: a scrape or preview cut off before the article ends. */
import type { QualityFlag } from './types.js'

// A paragraph ends with one of these (a closing quote or bracket may follow the stop).
const COMPLETE_END = /[。！？!?；;…”"’'」』）)】》〉|.]$/
const ELLIPSIS = /(?:…{1,2}|\.{3,}|。{3,})$/
// Short closing lines (a signature, a date, a name) carry no sentence punctuation.
const CLOSING_LINE_MAX = 16

export function truncationFlag(text: string): QualityFlag | null {
  const paragraphs = text.split(/\n+/).filter((paragraph) => paragraph.trim())
  const last = paragraphs.at(-1)?.trim()
  if (!last) return null
  const cutCharacter = last.endsWith('\uFFFD')
  const ending = last.replace(/[\uFFFD\s]+$/, '')
  const cut =
    cutCharacter ||
    ELLIPSIS.test(ending) ||
    (!COMPLETE_END.test(ending) && [...ending].length > CLOSING_LINE_MAX)
  if (!cut) return null
  const tail = [...ending].slice(-12).join('')
  return {
    type: 'truncated-document',
    position: text.lastIndexOf(last),
    message: `The text stops mid-sentence ("…${tail}"): the capture was cut off; find the full text before publishing.`,
  }
}
