import { normalizeForSearch } from '../text/normalize.js'
import { SearchQueryError } from './errors.js'

export const MAX_QUERY_LENGTH = 200

export interface ParsedQuery {
  /** Unquoted words in query order, normalised, stripped of leading/trailing punctuation. */
  words: string[]
  /** Quoted phrases, normalised, whitespace collapsed: must occur exactly like this. */
  phrases: string[]
  /** Everything searchable in query order, joined without spaces between Han characters: the "whole query contiguous" form used for ranking. */
  contiguous: string
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u
const HAN_AT_END = /\p{Script=Han}$/u
const HAN_AT_START = /^\p{Script=Han}/u
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu
/** ASCII quotes (full-width ones are ASCII after NFKC) and Chinese curly quotes. */
const PHRASE = /"([^"]*)"|“([^”]*)”/g

/**
 * Validate and normalise a user query (NFKC, Traditional → Simplified, lower case).
 * Operator-looking characters (`.*`, `(`, `$where`, `+-`) carry no meaning: they are text,
 * and only the letters and digits around them are searched.
 */
export function parseQuery(input: unknown): ParsedQuery {
  const raw = typeof input === 'string' ? input.trim() : ''
  if (raw === '') throw new SearchQueryError('empty_query', 'The search query is empty.')
  if ([...raw].length > MAX_QUERY_LENGTH) {
    throw new SearchQueryError(
      'query_too_long',
      `The search query is longer than ${MAX_QUERY_LENGTH} characters.`,
    )
  }
  const text = normalizeForSearch(raw)
  const words: string[] = []
  const phrases: string[] = []
  const ordered: string[] = []

  const addWords = (chunk: string) => {
    for (const piece of chunk.split(/\s+/)) {
      const word = piece.replace(EDGE_PUNCTUATION, '')
      if (WORD_CHARACTER.test(word)) {
        words.push(word)
        ordered.push(word)
      }
    }
  }

  let last = 0
  for (const match of text.matchAll(PHRASE)) {
    addWords(text.slice(last, match.index))
    const phrase = (match[1] ?? match[2] ?? '').replace(/\s+/g, ' ').trim()
    if (WORD_CHARACTER.test(phrase)) {
      phrases.push(phrase)
      ordered.push(phrase)
    }
    last = match.index + match[0].length
  }
  addWords(text.slice(last))

  if (ordered.length === 0) {
    throw new SearchQueryError(
      'no_searchable_text',
      'The search query has no letters or digits to search for.',
    )
  }
  return { words, phrases, contiguous: joinContiguous(ordered) }
}

function joinContiguous(pieces: string[]): string {
  let joined = pieces[0] ?? ''
  for (const piece of pieces.slice(1)) {
    joined += HAN_AT_END.test(joined) && HAN_AT_START.test(piece) ? piece : ` ${piece}`
  }
  return joined
}
