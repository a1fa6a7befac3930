export const PASSAGE_TARGET_LENGTH = 300
export const PASSAGE_MAX_LENGTH = 600

const SENTENCE_END = /(?<=[。！？；!?;])/u

/**
 * Cut plain text into passages of about 300–600 characters on paragraph boundaries, so a
 * hit deep in a long document can be shown with its own context. Paragraphs longer than
 * the maximum are cut after sentence ends, and a sentence longer than that is cut hard.
 */
export function splitIntoPassages(text: string): string[] {
  const paragraphs = text
    .split(/\n+/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .flatMap(splitLongParagraph)

  const passages: string[] = []
  let current = ''
  for (const paragraph of paragraphs) {
    if (current !== '' && current.length + 1 + paragraph.length > PASSAGE_MAX_LENGTH) {
      passages.push(current)
      current = ''
    }
    current = current === '' ? paragraph : `${current}\n${paragraph}`
    if (current.length >= PASSAGE_TARGET_LENGTH) {
      passages.push(current)
      current = ''
    }
  }
  if (current !== '') passages.push(current)
  return passages
}

function splitLongParagraph(paragraph: string): string[] {
  if (paragraph.length <= PASSAGE_MAX_LENGTH) return [paragraph]
  const pieces: string[] = []
  let current = ''
  for (const sentence of paragraph.split(SENTENCE_END).flatMap(hardSplit)) {
    if (current !== '' && current.length + sentence.length > PASSAGE_MAX_LENGTH) {
      pieces.push(current)
      current = ''
    }
    current += sentence
  }
  if (current !== '') pieces.push(current)
  return pieces
}

function hardSplit(sentence: string): string[] {
  const pieces: string[] = []
  for (let start = 0; start < sentence.length; start += PASSAGE_MAX_LENGTH) {
    pieces.push(sentence.slice(start, start + PASSAGE_MAX_LENGTH))
  }
  return pieces
}
