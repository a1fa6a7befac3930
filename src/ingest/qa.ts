import type { HeadingBlock, StructureBlock } from './structure.js'

export interface QaPair {
  question: string
  answer: string
  /** Block range [start, end) the pair covers in the structure blocks. */
  start: number
  end: number
}

const QUESTION_LABEL = /^(?:问|問|Q|提问|提問)\s*\d{0,2}\s*[:：]\s*/i
const ANSWER_LABEL = /^(?:答|A|回答)\s*\d{0,2}\s*[:：]\s*/i
const QUESTION_WORDS =
  /什么|什麼|哪些|哪个|哪個|哪里|哪裡|如何|怎样|怎樣|怎么|怎麼|为什么|為什麼|为何|為何|是否|吗|嗎|何种|何種|有何|何谓|何謂|多少|几个|幾個/
const QUESTION_MARK = /[?？]$/
// A standalone line that asks only to answer itself ("那么，为什么这么说？") is rhetoric, not a new question.
const RHETORICAL = /^(?:那么|那麼|难道|難道|试问|試問|为什么这么说|為什麼這麼說|何以见得|何以見得)/
const DATELINE_ONLY = /^[（(][^（）()]{2,24}[电電][）)]$/
const DEEPEST_KEPT_LEVEL = 4

export function isQuestionText(text: string): boolean {
  return (QUESTION_MARK.test(text) || QUESTION_WORDS.test(text)) && !RHETORICAL.test(text)
}

function paragraphText(block: StructureBlock | undefined): string | null {
  return block?.type === 'paragraph' ? block.text : null
}

/** `问：/答：`, `问:/答:`, `Q:/A:` pairs; unlabelled paragraphs continue the answer. */
function labelledPairs(blocks: StructureBlock[], taken: Set<number>): QaPair[] {
  const pairs: QaPair[] = []
  for (let i = 0; i < blocks.length; i++) {
    if (taken.has(i) || taken.has(i + 1)) continue
    const question = paragraphText(blocks[i])
    if (question === null || !QUESTION_LABEL.test(question)) continue
    const answerStart = paragraphText(blocks[i + 1])
    if (answerStart === null || !ANSWER_LABEL.test(answerStart)) continue
    const answer = [answerStart.replace(ANSWER_LABEL, '')]
    let end = i + 2
    for (; end < blocks.length; end++) {
      const next = paragraphText(blocks[end])
      if (
        next === null ||
        taken.has(end) ||
        QUESTION_LABEL.test(next) ||
        ANSWER_LABEL.test(next) ||
        DATELINE_ONLY.test(next)
      )
        break
      answer.push(next)
    }
    pairs.push({
      question: question.replace(QUESTION_LABEL, ''),
      answer: answer.join('\n\n'),
      start: i,
      end,
    })
    i = end - 1
  }
  return pairs
}

/** Numbered headings that ask a question, answered by the paragraphs under them. */
function headingPairs(blocks: StructureBlock[], taken: Set<number>): QaPair[] {
  const pairs: QaPair[] = []
  let coveredUntil = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (
      i < coveredUntil ||
      block.type !== 'heading' ||
      !block.numbered ||
      taken.has(i) ||
      !isQuestionText(block.title)
    )
      continue
    const answer: string[] = []
    let end = i + 1
    for (; end < blocks.length; end++) {
      const next = blocks[end]
      if (taken.has(end)) break
      if (next.type === 'heading') {
        // "（3）什么是…" inside an answer stays part of it (the borderline case of seed 000).
        const nested = next.level >= DEEPEST_KEPT_LEVEL && next.level > block.level
        if (!nested) break
      } else if (QUESTION_LABEL.test(next.text)) break
      answer.push(next.text)
    }
    if (answer.length === 0) continue
    pairs.push({ question: block.title, answer: answer.join('\n\n'), start: i, end })
    coveredUntil = end
  }
  return pairs
}

/** Short standalone question lines followed by answer paragraphs, for documents with no labels or numbering. */
function plainQuestionPairs(blocks: StructureBlock[], taken: Set<number>): QaPair[] {
  const pairs: QaPair[] = []
  const isPlainQuestion = (block: StructureBlock | undefined) =>
    block?.type === 'paragraph' &&
    block.text.length <= 40 &&
    QUESTION_MARK.test(block.text) &&
    !/[。；]/.test(block.text) &&
    isQuestionText(block.text)
  for (let i = 0; i < blocks.length; i++) {
    if (taken.has(i) || !isPlainQuestion(blocks[i])) continue
    const answer: string[] = []
    let end = i + 1
    for (; end < blocks.length; end++) {
      const next = blocks[end]
      if (taken.has(end) || next.type === 'heading' || isPlainQuestion(next)) break
      answer.push(next.text)
    }
    if (answer.length === 0) continue
    pairs.push({
      question: blocks[i].text,
      answer: answer.join('\n\n'),
      start: i,
      end,
    })
    i = end - 1
  }
  return pairs
}

/** Every Q&A pair in the blocks, in document order; blocks in `exclude` (quiz items) are not read. */
export function findQaPairs(
  blocks: StructureBlock[],
  exclude: ReadonlySet<number> = new Set(),
): QaPair[] {
  const taken = new Set(exclude)
  const labelled = labelledPairs(blocks, taken)
  for (const pair of labelled) for (let i = pair.start; i < pair.end; i++) taken.add(i)
  const headed = headingPairs(blocks, taken)
  const pairs = [...labelled, ...headed]
  if (pairs.length === 0) pairs.push(...plainQuestionPairs(blocks, taken))
  return pairs.sort((a, b) => a.start - b.start)
}

export type { HeadingBlock }
