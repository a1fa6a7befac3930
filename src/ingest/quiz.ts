import type { QuizItem } from './contract.js'
import type { StructureBlock } from './structure.js'

/**
 * Quiz items (题库, 知识竞赛, 选择题 / 判断题 / 填空题) in the structure blocks.
 *
 * An item is a stem (numbered or not) followed by lettered options and/or a stated answer:
 * - options `A.` `A、` `Ａ．` `A)` `(A)`, one per line or several on one line (also glued to the stem);
 * - the answer as `答案：B`, `【答案】B`, `正确答案：ABD`, `参考答案：对`, `答：B`, or glued to the stem as
 *   `（B）` / `（√）` / `（对）`; an explanation as `解析：…` / `【解析】…`;
 * - or no answer by the item, and a key at the end (`参考答案` then `1-5 BACDA`, `1.B 2.A`).
 *
 * Every string returned is text as written (a substring of one block), so it is also a substring
 * of the cleaned text: the stem loses only its item number and a glued answer at its end.
 */
export interface QuizMatch extends QuizItem {
  /** Block range [start, end) the item covers. */
  start: number
  end: number
  /**
   * The answer of the item's Q&A entry: the chosen option as written ("B.4月15日") when a single
   * option is the answer and it is written out, else the stated answer ("ABD", "对", the fill-in);
   * followed by the explanation when answer and explanation are written together (one line, or
   * two adjacent paragraphs joined by "\n\n", as the cleaned text joins them).
   */
  qaAnswer: string
}

export interface QuizResult {
  /** Items with a stated answer (by the item or in an answer key). */
  items: QuizMatch[]
  /** Items recognised by stem and options that state no answer anywhere. */
  unanswered: number
  /** Blocks covered by any item or by the answer key. */
  taken: Set<number>
  /**
   * The text stops among the options of its last item: that item has no answer and fewer options
   * than every item before it (a preview cut after "A…" "B…" of an A–D question, b-08).
   */
  cutInOptions: boolean
}

const LETTER = '[A-HＡ-Ｈ]'
const OPTION_SEPARATOR = '[.．、)）:：]'
// An item number: 1. 1、 1） (1) 第1题 1题.
const ITEM_NUMBER =
  /^(?:第?\s*(\d{1,3})\s*(?:[题題][.．、:：]?|[.．、)）:：])|[（(]\s*(\d{1,3})\s*[）)]|(\d{1,3})[ \u3000]+(?=[\p{Script=Han}《“(（]))\s*/u
const OPTION_START = new RegExp(`^[（(]?(${LETTER})\\s*(?:[）)]|${OPTION_SEPARATOR})\\s*(?=\\S)`)
const OPTION_ANYWHERE = new RegExp(`[（(]?(${LETTER})\\s*(?:[）)]|${OPTION_SEPARATOR})`, 'g')
const BLANK = /[（(][\s\u3000]*[）)]|_{2,}|＿{2,}/
const JUDGEMENT = '√|×|✓|✔|✗|✘|对|錯|错|對|正确|正確|错误|錯誤'
const ANSWER_VALUE = `(?:${LETTER}(?:\\s*[、,，]?\\s*${LETTER}){0,7}|${JUDGEMENT})`
const GLUED_ANSWER = new RegExp(`[（(][\\s\\u3000]*(${ANSWER_VALUE})[\\s\\u3000]*[）)]`, 'g')
const ANSWER_LINE =
  /^(?:【\s*(?:正确|正確|参考|參考|标准|標準)?答案\s*】|(?:正确|正確|参考|參考|标准|標準)?答案\s*[:：]|答\s*[:：])\s*/
// "解析：正确答案C。…" / "解析：答案选A。…": the answer stated inside the explanation.
const EMBEDDED_ANSWER = new RegExp(
  `^(?:正确|正確|参考|參考|标准|標準)?答案\\s*(?:[:：]|[选選是为為])?\\s*(${ANSWER_VALUE})(?![\\p{Script=Han}A-Za-z])`,
  'u',
)
// An item number is not a decimal (1.5), though it may be followed by a year (3.2024年).
const NOT_DECIMAL = '(?:(?!\\d)|(?=\\d{4}年))'
const NEXT_ITEM_NUMBER = `\\d{1,3}\\s*[.、．]${NOT_DECIMAL}`
// Where a run-on line (a sharing site's extraction) holds the next part of an item: the next
// item's number after a sentence end or an answer letter, an answer label, an explanation label.
// (?<=\S) comes first: the negative lookbehinds, tried at every space of a long run, read back
// over it each time (8,000 spaces after 答案 took 3 minutes); and no lookahead opens with \s*
// (【?\s* read the rest of the run again for every shorter run the boundary tried).
const PIECE_BOUNDARY = new RegExp(
  [
    // The next item's number: after a sentence end, an answer letter or a section head's colon
    // (单选题:1、…, h-14); or after a space, where the run-on text kept the line break as one
    // (…拟定 2、以下…, h-14). "3.2024年…" is item 3 about a year, not a decimal (b-01, b-03).
    `(?<=[。？?！!」”"）)\\]】；;:：]|[A-HＡ-Ｈ√×])[\\s\\u3000]*(?=${NEXT_ITEM_NUMBER})`,
    `(?<=\\S)[ \\u3000]+(?=${NEXT_ITEM_NUMBER})`,
    `(?<=\\S)(?<!(?:解析|解釋|解释)\\s*[:：]?\\s*|【\\s*|正确|正確|参考|參考|标准|標準)[\\s\\u3000]*(?=【\\s*(?:正确|正確|参考|參考|标准|標準)?答案\\s*[:：】]|(?:正确|正確|参考|參考|标准|標準)?答案\\s*[:：】])`,
    `(?<=\\S)(?<!【\\s*|答案|试题|試題)[\\s\\u3000]*(?=【\\s*(?:答案|试题|試題)?(?:解析|详解|詳解)\\s*[:：】]|(?:答案|试题|試題)?(?:解析|详解|詳解)\\s*[:：】])`,
  ].join('|'),
)
// Only a paragraph with an item number, an answer or an explanation label can hold pieces.
const MAY_HOLD_PIECES = /\d\s*[.、．]|答案|解析|解釋|解释|详解|詳解/
// The label alone: the spaces before it are found by inlineAnswerAt (a leading [\s\u3000]* was
// tried again after every space of a long run: quadratic).
const INLINE_ANSWER =
  /(?:【\s*(?:正确|正確|参考|參考|标准|標準)?答案\s*】|(?:正确|正確|参考|參考|标准|標準)?答案\s*[:：])/

/** Where an answer stated inside a stem starts, with the spaces before its label; -1 when none. */
function inlineAnswerAt(text: string): number {
  const label = INLINE_ANSWER.exec(text)
  if (!label) return -1
  let start = label.index
  while (start > 0 && /[\s\u3000]/.test(text.charAt(start - 1))) start--
  return start
}
// What an answer key looks like: "1-5 BACDA", "1.B 2.A"; not a fill-in answer.
// The answer's label alone on its line, the value on the next: "答案" / "B. 错误" (r-02, a homework
// site's page setting each field under its label).
const ANSWER_LABEL_ALONE = /^[【[]?(?:正确|正確|参考|參考|标准|標準)?答案[】\]]?\s*[:：]?$/
const KEY_LIKE = /^\d{1,3}\s*(?:[-—–~～至]\s*\d{1,3}|[.．、:：)）]\s*[A-HＡ-Ｈ√×对错對錯])/
const ANSWER_VALUE_ONLY = new RegExp(`^(${ANSWER_VALUE})(?![\\p{Script=Han}A-Za-z])`, 'u')
const EXPLANATION_LABEL =
  /(?:【\s*(?:答案|试题|試題)?(?:解析|解释|解釋|分析|详解|詳解)\s*】|(?:答案|试题|試題)?(?:解析|详解|詳解)\s*[:：])\s*/
const EXPLANATION_LINE = new RegExp(`^${EXPLANATION_LABEL.source}`)
const JUDGEMENT_ONLY = new RegExp(`^(?:${JUDGEMENT})$`)
const LETTERS_ONLY = new RegExp(`^${LETTER}+$`)
const JUDGE_SECTION = /判断|判斷|是非|对错|對錯/
const QUIZ_SECTION =
  /选择题|選擇題|单选|單選|多选|多選|判断题|判斷題|填空题|填空題|不定项|不定項|试题|試題|题库|題庫|测试题|測試題|竞赛题|競賽題/
const KEY_HEADING =
  /^[【[]?(?:参考答案|參考答案|标准答案|標準答案|答案|正确答案|正確答案)(?:及解析)?[】\]]?\s*[:：]?\s*/
const KEY_RANGE = new RegExp(
  `(\\d{1,3})\\s*[-—–~～至]\\s*(\\d{1,3})\\s*[:：.、]?\\s*((?:${LETTER}|√|×|✓|✗|对|错|對|錯){2,})`,
  'g',
)
const KEY_SINGLE = new RegExp(
  `(\\d{1,3})\\s*[.．、:：)）]\\s*(${LETTER}{1,8}|${JUDGEMENT})(?![\\p{Script=Han}])`,
  'gu',
)

interface Option {
  label: string
  text: string
  /** The option as written, label included ("B.4月15日"). */
  written: string
}

/**
 * Whether the characters before `index` end a Latin word or number, so that an "A" there is part of
 * it. A lone lower-case letter after a bracket or Han is not a word: PDF extraction turns the
 * ideographic full stop after a blank into "o" ("主题是()oA.总体…", b-03).
 */
function isWordBefore(line: string, index: number): boolean {
  const before = line.charAt(index - 1)
  if (!/[A-Za-z0-9]/.test(before)) return false
  return !/[a-z]/.test(before) || /[A-Za-z0-9]/.test(line.charAt(index - 2))
}

/** Options written on one line, in letter order from A; `prefix` is what comes before A. */
function splitOptions(line: string): { prefix: string; options: Option[] } | null {
  const marks: { letter: number; index: number; length: number; label: string }[] = []
  for (const match of line.matchAll(OPTION_ANYWHERE)) {
    const label = match[1]
    const letter = (label.codePointAt(0) ?? 0) - (label >= 'Ａ' ? 0xff21 : 0x41)
    const expected = marks.length
    // A second A before any B: the first was a letter inside the stem, "应按所存储信息的(A)密级…
    // A、最高B、最低" (h-14); the options start at the later one.
    const restart = letter === 0 && expected === 1
    if (letter !== expected && !restart) continue
    const index = match.index
    // A label opens the line or follows a space or the end of the previous option's text;
    // "A" must not be the middle of a word (ABC, DNA.).
    if (letter === 0 && index > 0 && isWordBefore(line, index)) continue
    if (restart) marks.pop()
    marks.push({ letter, index, length: match[0].length, label })
  }
  if (marks.length < 2) return null
  const options: Option[] = marks.map((mark, k) => {
    const next = marks[k + 1]
    const written = line.slice(mark.index, next ? next.index : line.length).trim()
    const text = line.slice(mark.index + mark.length, next ? next.index : line.length).trim()
    return { label: mark.label, text, written }
  })
  if (options.some((option) => option.text.length === 0)) return null
  return { prefix: line.slice(0, marks[0]?.index ?? 0).trim(), options }
}

function optionLine(line: string): Option | null {
  const match = OPTION_START.exec(line)
  if (!match) return null
  return { label: match[1], text: line.slice(match[0].length).trim(), written: line }
}

// A label with no separator, the letter glued to the option's text: "A所有活动" (b-08, a magazine
// quiz extracted from Word). Only Han may follow, so "A股" reads as an option only in a run A, B, ….
const BARE_OPTION = new RegExp(`^(${LETTER})(?=\\p{Script=Han})`, 'u')

/**
 * The option on a line with a bare label, when it is the `expected` letter; an "A" counts only
 * when the next line goes on with a bare "B", as a lettered run does.
 */
function bareOptionLine(line: string, next: string | undefined, expected: number): Option | null {
  const match = BARE_OPTION.exec(line)
  if (!match || letterIndex(match[1]) !== expected) return null
  if (expected === 0) {
    const following = BARE_OPTION.exec(next ?? '')
    if (!following || letterIndex(following[1]) !== 1) return null
  }
  return { label: match[1], text: line.slice(match[0].length).trim(), written: line }
}

function letterIndex(label: string): number {
  return (label.codePointAt(0) ?? 0) - (label >= 'Ａ' ? 0xff21 : 0x41)
}

interface StatedAnswer {
  value: string
  /** Explanation written on the same line after the answer. */
  explanation: string | null
  /** The answer through the end of the line, as written. */
  rest: string
}

/** `答案：B`, `【答案】B 解析：…`, `正确答案：对`, or a fill-in answer when `freeText` is allowed. */
function answerLine(line: string, freeText: boolean): StatedAnswer | null {
  const label = ANSWER_LINE.exec(line)
  if (!label) return null
  const rest = line.slice(label[0].length).trim()
  if (rest.length === 0) return null
  const explanationAt = rest.search(EXPLANATION_LABEL)
  const head = (explanationAt > 0 ? rest.slice(0, explanationAt) : rest).trim()
  const explanation =
    explanationAt > 0 ? rest.slice(explanationAt).replace(EXPLANATION_LINE, '').trim() : null
  const value = ANSWER_VALUE_ONLY.exec(head)
  if (value) {
    // "答案：C。根据…所以选C。": what follows the value is the explanation, unlabelled.
    const after = head.slice(value[0].length).replace(/^[\s。．.，,；;]+/, '')
    return { value: value[1], explanation: explanation || after || null, rest }
  }
  // "答：" is also the Q&A label: only a letter or judgement counts there; fill-ins need 答案.
  if (!freeText || /^答\s*[:：]/.test(line)) return null
  const fill = head.replace(/[。．.；;]$/, '')
  if (KEY_LIKE.test(fill)) return null
  return fill.length > 0 && fill.length <= 60
    ? { value: fill, explanation: explanation || null, rest }
    : null
}

interface Stem {
  number: number | null
  /** `答案：…` written on the stem's line, from the label on. */
  inlineAnswer: string | null
  /** The stem as written, without its number and a glued answer at the end. */
  text: string
  options: Option[]
  glued: string | null
  blank: boolean
}

function readStem(line: string): Stem {
  const numbered = ITEM_NUMBER.exec(line)
  const number = numbered ? Number(numbered[1] ?? numbered[2] ?? numbered[3]) : null
  let rest = numbered ? line.slice(numbered[0].length) : line
  let inlineAnswer: string | null = null
  const inline = inlineAnswerAt(rest)
  if (inline >= 4) {
    inlineAnswer = rest.slice(inline)
    rest = rest.slice(0, inline).trim()
  }
  let options: Option[] = []
  const split = splitOptions(rest)
  if (split && split.prefix.length > 0) {
    rest = split.prefix
    options = split.options
  }
  let glued: string | null = null
  const answers = [...rest.matchAll(GLUED_ANSWER)]
  const last = answers.at(-1)
  if (last) {
    glued = last[1]
    const after = rest.slice(last.index + last[0].length).trim()
    // The answer in the blank at the end: the stem is what comes before it.
    if (/^[。.？?！!]?$/.test(after) && last.index >= 4) rest = rest.slice(0, last.index).trim()
  }
  return { number, inlineAnswer, text: rest.trim(), options, glued, blank: BLANK.test(rest) }
}

function looksLikeStem(stem: Stem, line: string, judgeSection: boolean): boolean {
  if (stem.text.length < 4 || OPTION_START.test(line) || ANSWER_LINE.test(line)) return false
  if (EXPLANATION_LINE.test(line)) return false
  return (
    stem.blank ||
    stem.glued !== null ||
    stem.number !== null ||
    judgeSection ||
    /[？?:：]$/.test(stem.text)
  )
}

function blockText(block: StructureBlock | undefined): string | null {
  return block ? block.text : null
}

/** The Q&A answer: see {@link QuizMatch.qaAnswer}. */
function qaAnswerOf(
  answer: string,
  options: Option[],
  explanation: { text: string; block: number } | null,
  answerBlock: { index: number; rest: string } | null,
  blocks: StructureBlock[],
  adjacent: (a: number, b: number) => boolean,
): string {
  if (answerBlock && explanation && explanation.block === answerBlock.index) return answerBlock.rest
  const chosen =
    answer.length === 1 ? options.find((option) => option.label === answer)?.written : undefined
  const stated = chosen ?? answer
  if (
    answerBlock &&
    explanation &&
    explanation.block === answerBlock.index + 1 &&
    adjacent(answerBlock.index, explanation.block)
  ) {
    const next = blockText(blocks[explanation.block])
    if (next && !chosen) return `${answerBlock.rest}\n\n${next}`
  }
  return stated
}

/** Answers given in a key at the end: `参考答案` then `1-5 BACDA` / `1.B 2.A …`, by item number. */
function readAnswerKey(
  blocks: StructureBlock[],
  from: number,
): { answers: { number: number; value: string }[]; blocks: number[] } {
  const answers: { number: number; value: string }[] = []
  const used: number[] = []
  for (let i = from; i < blocks.length; i++) {
    const text = blocks[i]?.text ?? ''
    const rest = i === from ? text.replace(KEY_HEADING, '') : text
    const found: { at: number; number: number; value: string }[] = []
    const ranges: [number, number][] = []
    for (const match of rest.matchAll(KEY_RANGE)) {
      const first = Number(match[1])
      const last = Number(match[2])
      const values = [...match[3]]
      if (last - first + 1 !== values.length) continue
      values.forEach((value, k) => found.push({ at: match.index + k, number: first + k, value }))
      ranges.push([match.index, match.index + match[0].length])
    }
    for (const match of rest.matchAll(KEY_SINGLE)) {
      if (ranges.some(([a, b]) => match.index >= a && match.index < b)) continue
      found.push({ at: match.index, number: Number(match[1]), value: match[2] })
    }
    if (found.length === 0) {
      if (i === from) continue
      break
    }
    found.sort((a, b) => a.at - b.at)
    answers.push(...found.map(({ number, value }) => ({ number, value })))
    used.push(i)
  }
  return { answers, blocks: used }
}

const ITEM_NUMBER_ANYWHERE = new RegExp(`(\\d{1,3})\\s*[.、．]${NOT_DECIMAL}`, 'g')
const OPTION_MARK = new RegExp(`${LETTER}\\s*${OPTION_SEPARATOR}`, 'g')

/**
 * A run-on piece cut where the next item's number follows the last option of the one before with
 * nothing between: "…D.维护国家安全是公民必须履行的基本义务2.对右图理解正确的是()A.…" (b-10, a
 * worksheet preview with no answers, so no answer label marks the boundary). A number counts only
 * as the next in sequence after an item whose options (A and B at least) were read since its start.
 */
function splitAtNextItem(piece: string): string[] {
  const first = ITEM_NUMBER.exec(piece)
  if (!first) return [piece]
  let expected = Number(first[1] ?? first[2] ?? first[3]) + 1
  // Where the option labels stand, counted between two cuts with two cursors that only move on.
  const optionAt = [...piece.matchAll(OPTION_MARK)].map((mark) => mark.index)
  let fromOption = 0
  let toOption = 0
  const parts: string[] = []
  let start = 0
  for (const match of piece.matchAll(ITEM_NUMBER_ANYWHERE)) {
    while (toOption < optionAt.length && (optionAt[toOption] ?? 0) < match.index) toOption++
    if (match.index <= start || Number(match[1]) !== expected) continue
    if (toOption - fromOption < 2) continue
    parts.push(piece.slice(start, match.index))
    start = match.index
    fromOption = toOption
    expected++
  }
  parts.push(piece.slice(start))
  return parts
}

/**
 * Quiz items in document order; see the module comment for the shapes read. A run-on paragraph
 * (a whole quiz on one line, as sharing sites extract it) is read in pieces cut at item numbers,
 * answer and explanation labels; each piece is a substring of its paragraph, and an item's block
 * range is that of the paragraphs its pieces come from.
 */
export function findQuizItems(blocks: StructureBlock[]): QuizResult {
  const pieces: StructureBlock[] = []
  const owner: number[] = []
  blocks.forEach((block, index) => {
    const parts = MAY_HOLD_PIECES.test(block.text)
      ? block.text.split(PIECE_BOUNDARY).flatMap(splitAtNextItem)
      : [block.text]
    const trimmed = parts.map((part) => part.trim()).filter((part) => part.length > 0)
    if (trimmed.length <= 1) {
      pieces.push(block)
      owner.push(index)
      return
    }
    for (const text of trimmed) {
      pieces.push({ type: 'paragraph', text })
      owner.push(index)
    }
  })
  const found = findInPieces(pieces, (a, b) => owner[b] === (owner[a] ?? -2) + 1)
  const taken = new Set<number>()
  for (const piece of found.taken) taken.add(owner[piece] ?? 0)
  return {
    items: found.items.map((item) => ({
      ...item,
      start: owner[item.start] ?? 0,
      end: (owner[item.end - 1] ?? 0) + 1,
    })),
    unanswered: found.unanswered,
    taken,
    cutInOptions: found.cutInOptions,
  }
}

function findInPieces(
  blocks: StructureBlock[],
  adjacent: (a: number, b: number) => boolean,
): QuizResult {
  const items: (QuizMatch & { number: number | null })[] = []
  const pending: { item: QuizMatch & { number: number | null }; options: Option[] }[] = []
  const taken = new Set<number>()
  /** Options of every item read, and of the last one, which may end the text. */
  let fewestOptions = Infinity
  let last: { end: number; options: number; answered: boolean } | null = null
  let judgeSection = false
  let quizSection = false
  let unanswered = 0
  // "参考答案" (alone, or with the key on the same line) after items that state no answer answers
  // them by number. A quiz in parts has a key after each part (第1期 … 答案 …, 第2期 …, b-08): the
  // items of the part before the key take its answers, and reading goes on after it.
  const applyKey = (key: ReturnType<typeof readAnswerKey>, at: number) => {
    let cursor = 0
    for (const { number, value } of key.answers) {
      const found = pending.findIndex((entry, k) => k >= cursor && entry.item.number === number)
      if (found === -1) continue
      const { item, options } = pending[found]
      item.answer = value
      item.qaAnswer = qaAnswerOf(value, options, null, null, blocks, adjacent)
      items.push(item)
      pending.splice(found, 1)
      cursor = found
    }
    taken.add(at)
    for (const index of key.blocks) taken.add(index)
    unanswered += pending.length
    pending.length = 0
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    const line = block.text
    if (pending.length > 0 && KEY_HEADING.test(line)) {
      const key = readAnswerKey(blocks, i)
      if (key.answers.length > 0) {
        applyKey(key, i)
        // The key, not an item, ends this part.
        if (last) fewestOptions = Math.min(fewestOptions, last.options)
        last = null
        i = Math.max(i, key.blocks.at(-1) ?? i)
        continue
      }
    }
    if (block.type === 'heading' || QUIZ_SECTION.test(line)) {
      const stemLike = block.type === 'heading' && ITEM_NUMBER.test(line)
      if (!stemLike && line.length <= 30) {
        judgeSection = JUDGE_SECTION.test(line)
        quizSection = QUIZ_SECTION.test(line) || judgeSection
        if (!ITEM_NUMBER.test(line)) continue
      }
    }
    const stem = readStem(line)
    if (!looksLikeStem(stem, line, judgeSection)) continue
    let j = i + 1
    const options = [...stem.options]
    // Options one per line, or several per line, in letter order.
    for (; j < blocks.length && options.length < 8; j++) {
      const next = blocks[j]?.text ?? ''
      const several = splitOptions(next)
      if (
        several &&
        several.prefix.length === 0 &&
        letterIndex(several.options[0].label) === options.length
      ) {
        options.push(...several.options)
        continue
      }
      const single = optionLine(next) ?? bareOptionLine(next, blocks[j + 1]?.text, options.length)
      if (single && letterIndex(single.label) === options.length) {
        options.push(single)
        continue
      }
      break
    }
    let answer = stem.glued
    let answerBlock: { index: number; rest: string } | null = null
    let explanation: { text: string; block: number } | null = null
    const freeText = stem.blank && options.length < 2
    const inline = stem.inlineAnswer ? answerLine(stem.inlineAnswer, freeText) : null
    const stated = inline ?? (j < blocks.length ? answerLine(blocks[j].text, freeText) : null)
    if (stated) {
      answer = stated.value
      const index = inline ? i : j
      answerBlock = { index, rest: stated.rest }
      if (stated.explanation) explanation = { text: stated.explanation, block: index }
      if (!inline) j++
    }
    const labelAlone = !stated && j + 1 < blocks.length && ANSWER_LABEL_ALONE.test(blocks[j].text)
    const valueBelow = labelAlone ? ANSWER_VALUE_ONLY.exec(blocks[j + 1].text.trim()) : null
    if (valueBelow) {
      answer = valueBelow[1]
      answerBlock = { index: j + 1, rest: blocks[j + 1].text.trim() }
      j += 2
    }
    if (!explanation && j < blocks.length && EXPLANATION_LINE.test(blocks[j].text)) {
      const text = blocks[j].text.replace(EXPLANATION_LINE, '').trim()
      if (text.length > 0) {
        explanation = { text, block: j }
        const embedded = answer === null ? EMBEDDED_ANSWER.exec(text) : null
        if (embedded) {
          answer = embedded[1]
          answerBlock = { index: j, rest: text }
        }
        j++
      }
    }
    const judge = answer !== null && JUDGEMENT_ONLY.test(answer)
    const letters = answer !== null && !judge && LETTERS_ONLY.test(answer.replace(/[\s、,，]/g, ''))
    // Without options, a stated answer makes an item only where a quiz stem is evident; a letter
    // answer needs its options.
    const isItem =
      options.length >= 2 ||
      (answer !== null &&
        !letters &&
        (stem.blank || stem.number !== null || quizSection || stem.glued !== null))
    if (!isItem) continue
    const item = {
      stem: stem.text,
      options: options.map(({ label, text }) => ({ label, text })),
      answer: answer ?? '',
      explanation: explanation?.text ?? null,
      start: i,
      end: j,
      qaAnswer: answer
        ? qaAnswerOf(answer, options, explanation, answerBlock, blocks, adjacent)
        : '',
      number: stem.number,
    }
    for (let k = i; k < j; k++) taken.add(k)
    if (last) fewestOptions = Math.min(fewestOptions, last.options)
    last = { end: j, options: options.length, answered: answer !== null }
    if (answer) items.push(item)
    else pending.push({ item, options })
    i = j - 1
  }
  items.sort((a, b) => a.start - b.start)
  return {
    items: items.map(({ number: _number, ...item }) => item),
    unanswered: unanswered + pending.length,
    taken,
    cutInOptions:
      last !== null &&
      last.end === blocks.length &&
      !last.answered &&
      last.options >= 1 &&
      last.options < fewestOptions,
  }
}
