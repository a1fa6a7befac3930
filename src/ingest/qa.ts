import type { HeadingBlock, StructureBlock } from './structure.js'

export interface QaPair {
  question: string
  answer: string
  /** Block range [start, end) the pair covers in the structure blocks. */
  start: number
  end: number
}

// 记者：… answered by 答：… is a press Q&A's question (an interview answers with a name).
const QUESTION_LABEL = /^(?:问|問|Q|提问|提問|记者|記者)\s*\d{0,2}\s*[:：︰]\s*/i
const ANSWER_LABEL = /^(?:答|A|回答)\s*\d{0,2}\s*[:：︰]\s*/i
// The answer label after the question on the same line: 问：…？答：…
const INLINE_ANSWER_LABEL = /(?<=[?？。!！])[\s\u3000]*(?:答|A|回答)\s*\d{0,2}\s*[:：︰]\s*/i
const QUESTION_WORDS =
  /什么|什麼|哪些|哪个|哪個|哪里|哪裡|如何|怎样|怎樣|怎么|怎麼|为什么|為什麼|为何|為何|是否|吗|嗎|何种|何種|有何|何谓|何謂|多少|几个|幾個/
// A heading asks a question without "？" when it opens or ends like one: 什么是… / 如何… / …包括哪些.
const QUESTION_OPENING =
  /^(?:什么是|什麼是|何为|何為|何谓|何謂|如何|怎样|怎樣|怎么|怎麼|为什么|為什麼|为何|為何|哪些)/
const QUESTION_ENDING =
  /(?:哪些|什么|什麼|多少|几种|幾種|几类|幾類|吗|嗎|呢|有何[\p{Script=Han}]{0,4}|怎么办|怎麼辦|是什么|是什麼)$/u
const QUESTION_INSIDE = /(?:包括|包含|有|是|属于|屬於|应当|應當|需要)(?:哪些|哪几|哪幾|什么|什麼)/
const QUESTION_MARK = /[?？]$/
// A standalone line that asks only to answer itself ("那么，为什么这么说？") is rhetoric, not a new question.
const RHETORICAL = /^(?:那么|那麼|难道|難道|试问|試問|为什么这么说|為什麼這麼說|何以见得|何以見得)/
const DATELINE_ONLY = /^[（(][^（）()]{2,24}[电電][）)]$/
// Item numbering and list markers before a label or question: 1、 2. （3） 一、 ★ ●.
const ITEM_NUMBER =
  /^(?:(?:[★☆●○◆◇■□▲△▶►◎※•·✦❖]+|-(?=\s))\s*)?(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．)）]\s*|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)]\s*)?/
// The next item's number left at the end of an answer: "…的义务。2、"
const TRAILING_ITEM_NUMBER = /(?<=[。！!？?；;”」])[\s\u3000]*\d{1,3}\s*[、.．]$/
// A related-link headline: a date or time with the line (2024-04-15, 04-15, 2024年4月15日).
const DATED =
  /\d{4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|(?:^|\s)\d{1,2}-\d{1,2}(?:\s|$)|\d{1,2}:\d{2}/
// Prose has a full stop or semicolon; headlines end with nothing or "!".
const SENTENCE_PUNCTUATION = /[。；;]/
const DEEPEST_KEPT_LEVEL = 4
const MAX_PLAIN_QUESTION_CHARS = 40
// A question on the first lines whose answer is every other paragraph is the headline, not a Q&A.
const HEADLINE_ZONE = 2
const HEADLINE_MIN_PARAGRAPHS = 3

export function isQuestionText(text: string): boolean {
  return (QUESTION_MARK.test(text) || QUESTION_WORDS.test(text)) && !RHETORICAL.test(text)
}

/** A question without a question mark: it opens, ends or turns like one (什么是… / 如何… / …包括哪些…). */
function asksWithoutMark(text: string): boolean {
  return (
    (QUESTION_OPENING.test(text) || QUESTION_ENDING.test(text) || QUESTION_INSIDE.test(text)) &&
    !RHETORICAL.test(text)
  )
}

/** The text after item numbering and list markers. */
function unnumbered(text: string): string {
  return text.replace(ITEM_NUMBER, '')
}

/** Blocks already read by questionLabelled (the stages ask about each block several times). */
const labelled = new WeakMap<StructureBlock, string | null>()

/** The label's content, or null when the block does not open with a 问/Q label (numbered or not). */
function questionLabelled(block: StructureBlock | undefined): string | null {
  if (!block) return null
  const cached = labelled.get(block)
  if (cached !== undefined) return cached
  const text = unnumbered(block.text)
  const label = QUESTION_LABEL.exec(text)
  const question = label ? text.slice(label[0].length).trim() : null
  labelled.set(block, question)
  return question
}

function answerLabelled(block: StructureBlock | undefined): string | null {
  if (!block) return null
  const label = ANSWER_LABEL.exec(block.text)
  return label ? block.text.slice(label[0].length).trim() : null
}

/** The answer paragraphs without a kept 答： prefix on the first or the next item's number on the last. */
function cleanAnswer(parts: string[]): string[] {
  const cleaned = [...parts]
  const first = cleaned[0]
  if (first !== undefined) {
    const label = ANSWER_LABEL.exec(first)
    if (label) cleaned[0] = first.slice(label[0].length).trim()
  }
  const last = cleaned.length - 1
  if (last >= 0) cleaned[last] = (cleaned[last] ?? '').replace(TRAILING_ITEM_NUMBER, '')
  return cleaned.filter((part) => part.length > 0)
}

/**
 * `问：/答：`, `问:/答:`, `Q:/A:` pairs, also numbered (1、问： / 2.Q: / 问1：), with question and
 * answer on one line (问：…？答：…) or a label alone on its line; unlabelled paragraphs continue the answer.
 */
function labelledPairs(blocks: StructureBlock[], taken: Set<number>): QaPair[] {
  const pairs: QaPair[] = []
  for (let i = 0; i < blocks.length; i++) {
    if (taken.has(i)) continue
    const labelled = questionLabelled(blocks[i])
    if (labelled === null) continue
    let question = labelled
    let next = i + 1
    const answer: string[] = []
    if (question.length === 0) {
      // "问：" alone: the question is the next paragraph.
      const following = blocks[next]
      if (!following || taken.has(next) || questionLabelled(following) !== null) continue
      if (answerLabelled(following) !== null) continue
      question = following.type === 'heading' ? following.title : following.text
      next++
    } else {
      const inline = INLINE_ANSWER_LABEL.exec(question)
      if (inline) {
        answer.push(question.slice(inline.index + inline[0].length).trim())
        question = question.slice(0, inline.index).trim()
      }
    }
    if (answer.length === 0) {
      const following = blocks[next]
      if (!following || taken.has(next) || following.type !== 'paragraph') continue
      // An asked question (？) followed by an unlabelled or mislabelled paragraph (容： for 答：)
      // that is no new question: that paragraph is the answer, as written.
      // (The text's last paragraph is the answer too when a cut scrape stopped it mid-sentence.)
      const unlabelledAnswer =
        QUESTION_MARK.test(question) &&
        questionLabelled(following) === null &&
        (SENTENCE_PUNCTUATION.test(following.text) || next === blocks.length - 1)
      const answerStart = answerLabelled(following) ?? (unlabelledAnswer ? following.text : null)
      if (answerStart === null) continue
      // "答：" alone: the answer is what follows.
      if (answerStart.length > 0) answer.push(answerStart)
      next++
    }
    let end = next
    for (; end < blocks.length; end++) {
      const block = blocks[end]
      if (
        block?.type !== 'paragraph' ||
        taken.has(end) ||
        questionLabelled(block) !== null ||
        answerLabelled(block) !== null ||
        DATELINE_ONLY.test(block.text)
      )
        break
      answer.push(block.text)
    }
    const parts = cleanAnswer(answer)
    if (question.length === 0 || parts.length === 0) continue
    pairs.push({ question, answer: parts.join('\n\n'), start: i, end })
    i = end - 1
  }
  return pairs
}

const NUMBERED_PARAGRAPH = /^\d{1,2}\s*[.．、]\s*(\S.*)$/
const MAX_NUMBERED_QUESTION_CHARS = 50

/**
 * A numbered question: a numbered heading that asks (also without "？"), or a numbered paragraph
 * ending in "？" that structure kept as a paragraph for its comma ("1. 在网络世界，我是否…？").
 */
function numberedQuestion(block: StructureBlock): { question: string; level: number } | null {
  if (block.type === 'heading') {
    if (!block.numbered || !isQuestionText(block.title) || DATED.test(block.title)) return null
    return { question: block.title, level: block.level }
  }
  const numbered = NUMBERED_PARAGRAPH.exec(block.text)
  const rest = numbered?.[1]
  if (
    !rest ||
    rest.length > MAX_NUMBERED_QUESTION_CHARS ||
    !QUESTION_MARK.test(rest) ||
    /[。；;]/.test(rest) ||
    !isQuestionText(rest) ||
    DATED.test(rest)
  )
    return null
  return { question: rest, level: 2 }
}

/** Numbered questions (headings, or paragraphs ending in "？"), answered by the paragraphs under them. */
function headingPairs(blocks: StructureBlock[], taken: Set<number>): QaPair[] {
  const pairs: QaPair[] = []
  let coveredUntil = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    const asked = i < coveredUntil || taken.has(i) ? null : numberedQuestion(block)
    if (!asked) continue
    const answer: string[] = []
    let end = i + 1
    for (; end < blocks.length; end++) {
      const next = blocks[end]
      if (taken.has(end)) break
      if (next.type === 'heading') {
        // "（3）什么是…" inside an answer stays part of it (the borderline case of seed 000).
        const nested = next.level >= DEEPEST_KEPT_LEVEL && next.level > asked.level
        if (!nested) break
      } else if (questionLabelled(next) !== null || numberedQuestion(next)) break
      answer.push(next.text)
    }
    const parts = cleanAnswer(answer)
    if (parts.length === 0) continue
    const question = questionLabelled({ ...block, text: asked.question }) || asked.question
    pairs.push({ question, answer: parts.join('\n\n'), start: i, end })
    coveredUntil = end
  }
  return pairs
}

/** A standalone question line: short, no sentence inside, with "？" or worded as a question. */
function plainQuestion(block: StructureBlock | undefined): string | null {
  if (!block) return null
  const text = unnumbered(block.type === 'heading' ? block.title : block.text)
  if (block.type === 'heading' && block.numbered) return null
  // Length in words and characters, not punctuation: a long question has commas and quotes.
  const length = text.replace(/[\p{P}\s]/gu, '').length
  if (length < 4 || length > MAX_PLAIN_QUESTION_CHARS) return null
  if (/[。；;]/.test(text) || DATED.test(text)) return null
  if (QUESTION_MARK.test(text)) return isQuestionText(text) ? text : null
  // Without "？" the line must read as a heading: no comma, no colon.
  return !/[，,：:]/.test(text) && asksWithoutMark(text) ? text : null
}

const POINT_NUMBER = /^(\d{1,2})\s*[.．、](?!\d)/

/**
 * An answer given as numbered points, 1. 2. 3. in order from 1 (遇到纵火袭击怎么办? / 1.不要惊慌失措 /
 * 2.不要盲目呼喊…, s-03): short lines, but counted off as the answer's points, which a list of
 * related links is not.
 */
function numberedPoints(parts: string[]): boolean {
  return parts.length >= 2 && countsOff(parts)
}

/** The parts are points numbered 1, 2, 3… in order (none is trivially so). */
function countsOff(parts: string[]): boolean {
  return parts.every((part, k) => Number(POINT_NUMBER.exec(part.trim())?.[1]) === k + 1)
}

/**
 * Short standalone question lines followed by answer paragraphs, for documents with no labels or
 * numbering (also ★-marked, or worded as questions without "？"). The answer must start with
 * prose (short headlines after a question line are a list of related links), and, when structure
 * found no title, a question on the first lines answered by the whole rest of the body is the headline.
 */
function plainQuestionPairs(
  blocks: StructureBlock[],
  taken: Set<number>,
  titled: boolean,
  /** Other questions of the text are labelled or numbered: an answer cut before its stop still is one. */
  inQaText = false,
): QaPair[] {
  const pairs: QaPair[] = []
  for (let i = 0; i < blocks.length; i++) {
    if (taken.has(i)) continue
    const question = plainQuestion(blocks[i])
    if (question === null) continue
    const answer: string[] = []
    let end = i + 1
    for (; end < blocks.length; end++) {
      const next = blocks[end]
      // A short numbered line the structure took for a heading is the answer's next point when it
      // goes on counting them off from 1 (1.不要触动 / 2.迅速撤离 …).
      const nextPoint =
        Number(POINT_NUMBER.exec(next.text.trim())?.[1]) === answer.length + 1 && countsOff(answer)
      if (taken.has(end) || (next.type === 'heading' && !nextPoint) || plainQuestion(next) !== null)
        break
      answer.push(next.text)
    }
    const parts = cleanAnswer(answer)
    // The answer starts right after the question: a headline there means a list of links.
    const first = parts[0]
    // (A first line that introduces a list below it, "…规定了以下几个方面:", is prose too.)
    const prose =
      first !== undefined &&
      (SENTENCE_PUNCTUATION.test(first) ||
        (parts.length > 1 && /[：:]$/.test(first)) ||
        (inQaText && /[，,]/.test(first)) ||
        first.length > 2 * MAX_PLAIN_QUESTION_CHARS ||
        numberedPoints(parts))
    if (!prose) continue
    pairs.push({ question, answer: parts.join('\n\n'), start: i, end })
    i = end - 1
  }
  const only = pairs.length === 1 ? pairs[0] : undefined
  if (
    only &&
    !titled &&
    only.start < HEADLINE_ZONE &&
    only.end === blocks.length &&
    only.end - only.start - 1 >= HEADLINE_MIN_PARAGRAPHS
  )
    return []
  return pairs
}

/** Every Q&A pair in the blocks, in document order; blocks in `exclude` (quiz items) are not read. */
export function findQaPairs(
  blocks: StructureBlock[],
  exclude: ReadonlySet<number> = new Set(),
  options: { titled?: boolean } = {},
): QaPair[] {
  const taken = new Set(exclude)
  const labelled = labelledPairs(blocks, taken)
  for (const pair of labelled) for (let i = pair.start; i < pair.end; i++) taken.add(i)
  const headed = headingPairs(blocks, taken)
  const pairs = [...labelled, ...headed]
  // Plain question lines count alone only in a text with no other Q&A; in a Q&A text (some
  // questions numbered or labelled, others not) they are its questions too.
  for (const pair of headed) for (let i = pair.start; i < pair.end; i++) taken.add(i)
  const titled = options.titled ?? false
  const strict = plainQuestionPairs(blocks, taken, titled)
  const inQaText = pairs.length + strict.length >= 2
  pairs.push(...(inQaText ? plainQuestionPairs(blocks, taken, titled, true) : strict))
  return pairs.sort((a, b) => a.start - b.start)
}

export type { HeadingBlock }
