import iconv from 'iconv-lite'
import { ImportInputError } from './errors.js'
import { htmlToText } from './html.js'
import { plausibility } from './lexicon.js'

export { htmlToText }

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024

/** The size limit of one import: IMPORT_MAX_BYTES, or 5 MB. */
export function importMaxBytes(): number {
  const configured = Number(process.env.IMPORT_MAX_BYTES)
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES
}

export type SourceEncoding = 'utf-8' | 'gb18030' | 'big5'

export interface DecodedInput {
  text: string
  /** The input decoded and nothing else (line ends, HTML and all): what a Source keeps as its raw snapshot. */
  raw: string
  encoding: SourceEncoding
  html: boolean
}

export interface DecodeOptions {
  maxBytes?: number
}

const SAMPLE_CHARS = 3000
const MAX_REPLACEMENT_RATIO = 0.02

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`
}

function decodeUtf8Strictly(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

function replacementRatio(text: string): number {
  const count = text.split('\uFFFD').length - 1
  return text.length === 0 ? 1 : count / text.length
}

/** Legacy Chinese bytes: decode as GB18030 and as Big5, keep the reading that looks like Chinese. */
function decodeLegacyChinese(bytes: Buffer): { text: string; encoding: SourceEncoding } {
  const readings = (['gb18030', 'big5'] as const).map((encoding) => {
    const text = iconv.decode(bytes, encoding)
    const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, '')
    const score = replacementRatio(text) > MAX_REPLACEMENT_RATIO ? -Infinity : plausibility(sample)
    return { text, encoding, score }
  })
  const best = readings.sort((a, b) => b.score - a.score)[0]
  if (!best || best.score === -Infinity) {
    throw new ImportInputError(
      'undecodable',
      'The file is neither UTF-8 nor GBK/GB18030 nor Big5 text, so it cannot be read.',
    )
  }
  return { text: best.text, encoding: best.encoding }
}

const HTML_SIGNATURE =
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])|<\/(?:p|div|h[1-6]|article)>/i
/** Input bytes or string → UTF-8 text (UTF-8 with/without BOM, GBK/GB18030, Big5; HTML reduced to text). */
export function decodeInput(input: Buffer | string, options: DecodeOptions = {}): DecodedInput {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length
  if (size > maxBytes) {
    throw new ImportInputError(
      'too-large',
      `The file is ${describeSize(size)}, over the ${describeSize(maxBytes)} import limit.`,
    )
  }
  let text: string
  let encoding: SourceEncoding = 'utf-8'
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '')
  } else {
    if (input.includes(0)) {
      throw new ImportInputError(
        'binary',
        'The file contains NUL bytes: it is a binary file (e.g. PDF, Word or an image), not text.',
      )
    }
    const utf8 = decodeUtf8Strictly(input)
    if (utf8 !== null) text = utf8.replace(/^\uFEFF/, '')
    else ({ text, encoding } = decodeLegacyChinese(input))
  }
  if (text.includes('\u0000')) {
    throw new ImportInputError(
      'binary',
      'The text contains NUL characters: it is a binary file, not text.',
    )
  }
  const raw = text
  const html = HTML_SIGNATURE.test(text)
  if (html) text = htmlToText(text)
  text = text.replace(/\r\n?/g, '\n')
  if (text.trim() === '') {
    throw new ImportInputError('empty', 'The file is empty: it contains no text to import.')
  }
  return { text, raw, encoding, html }
}
