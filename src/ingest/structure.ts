import { FIELD_LABEL } from './field-label.js'
import { SINGLE_NUMBERED } from './numbering.js'
import { DATELINE_PREFIX } from './chrome.js'
import { toSimplified } from '../text/normalize.js'
import {
  hasLawSections,
  isLawText,
  lawBlocks,
  lawHeading,
  splitRunOnArticles,
} from './law-articles.js'

/** Paragraph blocks of a cleaned text: title, subtitle, lead and numbered or plain headings with levels. */

export interface HeadingBlock {
  type: 'heading'
  /** The heading as it appears in the text (numbering kept). */
  text: string
  /** The heading without its numbering, e.g. 什么是国家安全. */
  title: string
  level: number
  numbered: boolean
}

export interface ParagraphBlock {
  type: 'paragraph'
  text: string
}

export type StructureBlock = HeadingBlock | ParagraphBlock

export interface DocumentStructure {
  title: string | null
  subtitle: string | null
  lead: string | null
  /** Body blocks after title and subtitle, in document order. */
  blocks: StructureBlock[]
  /** The cleaned text: one paragraph per line group, paragraphs separated by a blank line. */
  text: string
}

const SENTENCE_END = /[。；;！!]$/
const INNER_SENTENCE = /[。；;]/
const MAX_HEADING_CHARS = 40
const MAX_TITLE_CHARS = 60
const CHINESE_NUMBERED = /^([一二三四五六七八九十百零]{1,3})[、．.]\s*(.+)$/
const DECIMAL_NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s*([^\d\s.].*)$/
const PAREN_NUMBERED = /^[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[）)]\s*(\S.*)$/
const ITEM_NUMBER_BEFORE_HAN = /^\d{1,2}\s*[.．、]\s*(?=\p{Script=Han})/u
const SUBTITLE = /^[—–－]{1,2}\s*\S/
// Short lines made of phrases separated by a space, no punctuation: 恐怖主義之禍 全球安全毒瘤.
const PLAIN_SUBHEADING =
  /^[\p{Script=Han}A-Za-z0-9《》“”"]{2,16}(?:[ \u3000][\p{Script=Han}A-Za-z0-9《》“”"]{2,16}){1,2}$/u
// A section name standing alone on its line, unnumbered: 名词术语解释, 【名词解释】, 附：术语.
const NAMED_SECTION =
  /^[【[]?(?:附[：:]?\s*)?(?:名词术语解释|名詞術語解釋|名词术语|名詞術語|名词解释|名詞解釋|术语解释|術語解釋|术语|術語|相关术语|相關術語|词汇表|詞彙表)[】\]]?[：:]?$/
const GLUED_TITLE =
  /^([^一二三四五六七八九十\s，。、；：:,]{2,40}?)([一二三四五六七八九十]{1,3}、\S.*)$/
// The same glued to its first numbered item, "第四单元维护国家利益1.2020年5月25日…" (b-10, a
// worksheet's preview on one line): item 1, which may open with a year but is not a decimal. A
// Chinese numeral in the title is an ordinal after 第; elsewhere ("知识点一人人都是…") it is a
// sub-item glued on too, and the line is no title with its first item.
// A lesson's decimal number may open the title: "9.2维护国家安全1.建设一支…" (i-09, a worksheet).
const GLUED_TITLE_FIRST_ITEM =
  /^((?:\d{1,2}(?:\.\d{1,2}){1,2}\s*)?(?:第[一二三四五六七八九十]{1,3}|[^\d\s，。、；：:,.．？?！!一二三四五六七八九十]){4,40}?)(1\s*[.、．](?:(?!\d)|(?=\d{4}年))\S.*)$/

/**
 * The question opening a numbered item that goes on with its answer, or null: a short first
 * sentence ending in "？" with no stop inside, followed by a sentence of its own (or a list's lead).
 */
function askedFirst(rest: string): string | null {
  const mark = rest.search(/[？?]/)
  if (mark < 4 || mark > MAX_HEADING_CHARS) return null
  const after = rest.slice(mark + 1).trim()
  // (An answer may open with the line that introduces its list: "…应当履行下列义务:".)
  if (after.length < 8 || !/[。；;！!]|[：:]$/.test(after)) return null
  const question = rest.slice(0, mark + 1)
  return INNER_SENTENCE.test(question) ? null : question
}

function isHeadingLike(rest: string): boolean {
  return rest.length <= MAX_HEADING_CHARS && !SENTENCE_END.test(rest) && !INNER_SENTENCE.test(rest)
}

// The next Q&A item glued to the end of the previous answer (lines joined by a scrape): "…的义务。2、问：…".
const GLUED_QA_ITEM =
  /(?<=[。！!？?；;”」）)])[\s\u3000]*(?=(?:\d{1,3}\s*[、.．]\s*)?(?:问|問)\s*\d{0,2}\s*[:：]|\d{1,3}\s*[、.．]\s*Q\s*[:：])/

// The next question glued to the end of the previous answer after a space: "…(5)其他恐怖活动。 什么是
// 恐怖犯罪?" (o-02, a news app's explainer, its lines joined by a scrape). Chinese sets no space after a
// stop, so a space there marks a lost line break; the line's last sentence asking a short question
// is the next item's question. (A question glued with no space, "…。你知道吗?", is the sentence's.)
const GLUED_TRAILING_QUESTION = /(?<=[。！!；;])[ \t\u3000]+(?=[^。！!？?；;\s]{2,30}[？?]$)/

const HEADING_CLOSERS = new Set(['】', ']', '：', ':'])

/**
 * `text` without the characters of `set` at its end, read back from the end: /[…]+$/ tried again
 * after every character of a long run that does not end the text (quadratic).
 */
function trimEnd(text: string, set: ReadonlySet<string>): string {
  let end = text.length
  while (end > 0 && set.has(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

/**
 * Split text into trimmed, non-empty paragraphs (each line is one paragraph; a glued Q&A item
 * and each article of a law text run onto one line open their own).
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => (/[问問Q]/.test(line) ? line.split(GLUED_QA_ITEM) : [line]))
    .flatMap((line) => line.trimEnd().split(GLUED_TRAILING_QUESTION))
    .flatMap(splitRunOnArticles)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
}

function classify(paragraph: string, hasChineseNumbering: boolean): StructureBlock[] {
  const chinese = CHINESE_NUMBERED.exec(paragraph)
  if (chinese) {
    const rest = chinese[2]
    if (
      isHeadingLike(rest) ||
      rest.endsWith('：') ||
      rest.endsWith(':') ||
      rest.endsWith('?') ||
      rest.endsWith('？')
    ) {
      return [
        {
          type: 'heading',
          text: paragraph,
          title: rest.replace(/[：:]$/, ''),
          level: 1,
          numbered: true,
        },
      ]
    }
    // A long numbered item opens a section with its first sentence; the rest is its first paragraph.
    const stop = rest.search(/[。！!？?]/)
    if (stop > 0 && stop <= MAX_TITLE_CHARS) {
      const title = rest.slice(0, stop)
      const heading = paragraph.slice(0, paragraph.length - rest.length) + title
      return [
        { type: 'heading', text: heading, title, level: 1, numbered: true },
        { type: 'paragraph', text: rest.slice(stop + 1).trim() || rest },
      ]
    }
    return [{ type: 'paragraph', text: paragraph }]
  }
  const decimal = DECIMAL_NUMBERED.exec(paragraph)
  if (decimal && isHeadingLike(decimal[2])) {
    const level = decimal[1].split('.').length
    return [{ type: 'heading', text: paragraph, title: decimal[2], level, numbered: true }]
  }
  const single = SINGLE_NUMBERED.exec(paragraph)
  if (single && isHeadingLike(single[2]) && !/[：:，,]/.test(single[2])) {
    return [{ type: 'heading', text: paragraph, title: single[2], level: 2, numbered: true }]
  }
  // A numbered question with its answer run on after it: "01、什么是国家安全?《…》规定:…" (j-07).
  const asked = single ? askedFirst(single[2]) : null
  if (single && asked) {
    const heading = paragraph.slice(0, paragraph.length - single[2].length) + asked
    return [
      { type: 'heading', text: heading, title: asked, level: 2, numbered: true },
      { type: 'paragraph', text: single[2].slice(asked.length).trim() },
    ]
  }
  const paren = PAREN_NUMBERED.exec(paragraph)
  if (paren && isHeadingLike(paren[1]) && !/[：:，,]/.test(paren[1])) {
    return [{ type: 'heading', text: paragraph, title: paren[1], level: 4, numbered: true }]
  }
  if (NAMED_SECTION.test(paragraph) || PART_LABEL.test(paragraph)) {
    // Level 1: it closes an open answer or interview turn instead of becoming part of it.
    return [
      {
        type: 'heading',
        text: paragraph,
        title: trimEnd(paragraph.replace(/^[【[]/, ''), HEADING_CLOSERS),
        level: 1,
        numbered: false,
      },
    ]
  }
  if (PLAIN_SUBHEADING.test(paragraph)) {
    return [
      {
        type: 'heading',
        text: paragraph,
        title: paragraph,
        level: hasChineseNumbering ? 2 : 1,
        numbered: false,
      },
    ]
  }
  return [{ type: 'paragraph', text: paragraph }]
}

const LABEL_START = /^(?:问|問|答|Q|A)\s*[:：]/i

function looksLikeTitle(paragraph: string): boolean {
  return (
    !LABEL_START.test(paragraph) &&
    !FIELD_LABEL.test(paragraph) &&
    !/^第[一二三四五六七八九十百零\d]+[章节條条编編]/.test(paragraph) &&
    paragraph.length <= MAX_TITLE_CHARS &&
    !INNER_SENTENCE.test(paragraph) &&
    !SENTENCE_END.test(paragraph)
  )
}

// An entry's section label above its definition: "概念定义" / "恐怖主义是指…" (l-09). A headline
// over a term's definition names the term (恐怖主义, 什么是恐怖主义); a short line that does not
// labels the section the definition opens, as a dictionary page does.
const DEFINITION_OPENING = /^[“"「]?(\p{Script=Han}{2,10}?)[”"」]?(?:是指|指的是|就是指|，?是一种)/u
const SECTION_LABEL_MAX = 6

// A part's name standing alone on its line: 引言, 前言, 摘要, 结语. It names a section of the text
// (a paper's or an explainer's first one, n-08), it is not what the text is called.
const PART_LABEL =
  /^[【[]?(?:引言|引言部分|前言|序言|导言|導言|导语|導語|概述|摘要|内容摘要|內容摘要|正文|结语|結語|结束语|結束語|小结|小結|总结|總結|附录|附錄|参考文献|參考文獻)[】\]]?[：:]?$/

/**
 * The first line is the first item of a numbered list ("1.文件处理不规范" with "2.…" further down,
 * a page of cases each under its numbered title, n-04), not the headline: an item number before a
 * headline with no next item is the compilation's (i-13), the headline is then the line's text.
 */
function opensNumberedList(first: string, rest: string[]): boolean {
  const item = ITEM_NUMBER_BEFORE_HAN.exec(first)
  if (!item) return false
  const number = Number(/\d+/.exec(item[0])?.[0])
  const next = new RegExp(`^${number + 1}\\s*[.．、]\\s*(?=\\p{Script=Han})`, 'u')
  return rest.some((paragraph) => next.test(paragraph))
}

function labelsDefinitionBelow(first: string, next: string | undefined): boolean {
  if (first.length > SECTION_LABEL_MAX || next === undefined) return false
  const term = DEFINITION_OPENING.exec(next)?.[1]
  return term !== undefined && !first.includes(term) && !term.includes(first)
}

export interface StructureOptions {
  /** The headline chosen by the chrome stage, and the line it was read from (taken out of the body wherever it stands). */
  title?: string | null
  titleLine?: string | null
  /** The chrome stage found no line that could be a headline: the first line is not one either. */
  noHeadline?: boolean
}

/** Title (incl. one glued to "一、" on the first line), subtitle (——…), lead and headed sections. */
export function detectStructure(text: string, options: StructureOptions = {}): DocumentStructure {
  const paragraphs = splitParagraphs(text)
  let title: string | null = null
  let subtitle: string | null = null
  let start = 0
  const chosen = options.titleLine ? paragraphs.indexOf(options.titleLine) : -1
  if (chosen > 0) {
    // Lines above the headline that survived cleaning (a dateline, a kicker) follow it in the body.
    const [headline] = paragraphs.splice(chosen, 1)
    paragraphs.unshift(headline)
  }
  const first = paragraphs[0]
  // (A headline line glued to its first item is split below, whoever chose it.)
  if (
    chosen >= 0 &&
    first !== undefined &&
    !GLUED_TITLE.test(first) &&
    !GLUED_TITLE_FIRST_ITEM.test(first)
  ) {
    title = options.title ?? first
    // The text shows the headline as read (without the page title's site name or 文章转载|).
    paragraphs[0] = title
    start = 1
  } else if (options.title && !options.titleLine) {
    // A headline read from a line that is not part of the text (原标题：…).
    title = options.title
  } else if (first !== undefined && !options.noHeadline) {
    const glued = GLUED_TITLE.exec(first) ?? GLUED_TITLE_FIRST_ITEM.exec(first)
    if (glued && !CHINESE_NUMBERED.test(first)) {
      title = glued[1]
      paragraphs.splice(0, 1, title, glued[2])
      start = 1
    } else if (
      looksLikeTitle(first) &&
      !PART_LABEL.test(first) &&
      !opensNumberedList(first, paragraphs.slice(1)) &&
      !labelsDefinitionBelow(first, paragraphs[1]) &&
      !CHINESE_NUMBERED.test(first) &&
      !DECIMAL_NUMBERED.test(first) &&
      !lawHeading(first)
    ) {
      // An item number before the headline is the compilation's ("5.中华人民共和国保守国家秘密法", i-13),
      // not the headline's; a date opening a headline ("4.15…") is digits after the dot and stays.
      title = first.replace(ITEM_NUMBER_BEFORE_HAN, '')
      // An agency's dateline before 题: is the story's, not the headline's (新華社北京4月15日電 題:…);
      // the headline shows without it, as when the chrome stage chose the line.
      const dateline = DATELINE_PREFIX.exec(toSimplified(title))
      if (dateline && title.length - dateline[0].length >= 4) {
        title = title.slice(dateline[0].length)
        paragraphs[0] = title
      }
      start = 1
    }
  }
  const second = paragraphs[start]
  if (title !== null && second !== undefined && SUBTITLE.test(second)) {
    subtitle = second
    start++
  }
  const body = paragraphs.slice(start)
  const hasChineseNumbering = body.some((paragraph) => CHINESE_NUMBERED.test(paragraph))
  // A law text: 章/节/条 are its sections (law-articles.ts), its other paragraphs stay paragraphs.
  const blocks = isLawText(paragraphs)
    ? lawBlocks(body, hasLawSections(body))
    : body.flatMap((paragraph, index) =>
        // The section label over a definition heads that section, as it does on the page.
        index === 0 && title === null && labelsDefinitionBelow(paragraph, body[1])
          ? [
              {
                type: 'heading' as const,
                text: paragraph,
                title: paragraph,
                level: 1,
                numbered: false,
              },
            ]
          : classify(paragraph, hasChineseNumbering),
      )
  const firstBlock = blocks[0]
  const lead = firstBlock?.type === 'paragraph' ? firstBlock.text : null
  return { title, subtitle, lead, blocks, text: paragraphs.join('\n\n') }
}
