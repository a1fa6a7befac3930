/**
 * A signed column: the headline ends with its writer's name in brackets, "防範破壞國安 學校責無旁貸
 * (黃均瑜)", and a short line near the top gives the writer's office and name, "港區全國人大代表、
 * 教聯會會長黃均瑜" (i-17). That line is the byline, not a paragraph: the name in the headline is the
 * evidence. Without the bracketed name, such a line is left alone.
 */
const SIGNATURE = /[（(]([\p{Script=Han}·]{2,4})[)）]$/u
const SENTENCE = /[。！？!?；;，,]/
const MAX_BYLINE_CHARS = 40
/** The byline stands right under the headline: only the first lines are looked at. */
const TOP_LINES = 4

export interface SignedByline {
  author: string | null
  text: string
}

export function signedByline(text: string, title: string | null): SignedByline {
  const name = title ? SIGNATURE.exec(title.replace(/\s+$/, ''))?.[1] : undefined
  if (!title || !name) return { author: null, text }
  const lines = text.split('\n')
  let seen = 0
  for (let i = 0; i < lines.length && seen < TOP_LINES; i++) {
    const line = (lines[i] ?? '').trim()
    if (!line) continue
    seen++
    if (line === title.trim()) continue
    if (line.length <= MAX_BYLINE_CHARS && line.endsWith(name) && !SENTENCE.test(line)) {
      return { author: name, text: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n') }
    }
  }
  return { author: null, text }
}
