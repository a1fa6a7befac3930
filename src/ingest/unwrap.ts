/**
 * Hard-wrapped text (a PDF or Word document extracted line by line, as sharing sites serve it)
 * breaks sentences, quiz stems and options at a fixed width. A document is hard-wrapped when many
 * of its lines stop at nearly the same width without punctuation; such a line is joined to the
 * next unless that one opens a new item (a number, a label, an option letter).
 */
const MIN_WRAPPED_LINES = 4
// Lines within this share of the common width count as stopped by the wrap.
const WIDTH_TOLERANCE = 0.2
const ENDS_CLAUSE = /[。！？!?；;：:…”」』）)】》]$/
const OPENS_ITEM =
  /^(?:[（(]?\d{1,3}[)）.．、\s]|[（(]?[一二三四五六七八九十]{1,3}[)）、．.]|第[一二三四五六七八九十百零\d]+[章节条條]|[A-DＡ-Ｄ]\s*[.．、)）]|(?:问|問|答|Q|A|答案|解析|正确答案)\s*[:：]|[【[（(]?答案)/

// Lettered options on one line: "A.一 B .二 C .三" (the labels' own dots are its only punctuation).
const OPTIONS_LINE = /^[A-DＡ-Ｄ]\s*[.．、)）].*\s[B-DＢ-Ｄ]\s*[.．、)）]/

// In UTF-16 units: the text is Han and punctuation of the Basic Multilingual Plane, and counting
// code points allocated an array per line.
function width(line: string): number {
  return line.trim().length
}

// A sharing site serves a document as numbered chunks, one per page ("1、…", "2、的街道办…"): the
// number is the site's, and a chunk starts wherever the page broke, mid-sentence.
const CHUNK = /^(\d{1,2})、/
const CHUNK_MIN_CHARS = 100

function joinPageChunks(lines: string[]): string[] {
  const chunks = lines
    .map((line, index) => ({ index, match: CHUNK.exec(line.trim()), length: width(line) }))
    .filter((entry) => entry.match)
  const consecutive =
    chunks.length >= 2 &&
    chunks.every(
      // (The last page may be short.)
      (entry, i) =>
        Number(entry.match?.[1]) === i + 1 &&
        (entry.length >= CHUNK_MIN_CHARS || i === chunks.length - 1),
    )
  // A page break falls wherever the page ended, so some chunk continues the sentence before it;
  // items that each open after a full stop are the text's own numbered items (01、…？…。 j-07).
  const continues = chunks.slice(1).some((entry) => {
    const previous = lines[entry.index - 1]?.trim()
    return previous !== undefined && previous !== '' && !ENDS_CLAUSE.test(previous)
  })
  if (!consecutive || !continues) return lines
  const out: string[] = []
  const starts = new Set(chunks.map((entry) => entry.index))
  lines.forEach((line, index) => {
    if (!starts.has(index)) return out.push(line)
    const rest = line.trim().replace(CHUNK, '')
    const previous = out.at(-1)
    if (previous !== undefined && previous.trim() && !ENDS_CLAUSE.test(previous.trim()))
      out[out.length - 1] = previous.trimEnd() + rest
    else out.push(rest)
  })
  return out
}

/** The text with wrapped lines joined, and how many joins were made. */
export function unwrapLines(input: string): { text: string; joined: number } {
  const lines = joinPageChunks(input.split('\n'))
  const text = lines.join('\n')
  const widths = lines.map(width).filter((w) => w >= 15)
  if (widths.length < MIN_WRAPPED_LINES) return { text, joined: 0 }
  // The wrap width: the most common width among the unpunctuated line ends.
  const counts = new Map<number, number>()
  for (const line of lines) {
    const w = width(line)
    if (w >= 15 && !ENDS_CLAUSE.test(line.trim())) counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  const [wrapWidth] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0]
  const near = (w: number) => Math.abs(w - wrapWidth) <= wrapWidth * WIDTH_TOLERANCE
  const wrapped = lines.filter((line) => near(width(line)) && !ENDS_CLAUSE.test(line.trim()))
  if (wrapped.length < MIN_WRAPPED_LINES) return { text, joined: 0 }
  const out: string[] = []
  let joined = 0
  for (const line of lines) {
    const previous = out.at(-1)
    const trimmed = line.trim()
    // The first line is the headline or the file name, never a wrapped sentence's start.
    if (
      out.length > 1 &&
      previous !== undefined &&
      trimmed &&
      near(width(previous)) &&
      // Wrapped prose has clause punctuation before the break; a headline has none. A line of
      // options ("A.确保… B .便利… C .既确保…", b-06) may have none but is no headline either.
      (/[，,、；;：:]/.test(previous) || OPTIONS_LINE.test(previous.trim())) &&
      !ENDS_CLAUSE.test(previous.trim()) &&
      !OPENS_ITEM.test(trimmed)
    ) {
      out[out.length - 1] = previous.trimEnd() + trimmed
      joined++
    } else out.push(line)
  }
  return { text: out.join('\n'), joined }
}
