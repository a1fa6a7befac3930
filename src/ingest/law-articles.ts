/**
 * Law texts (法律、条例、规定): 第一章 总则 / 第一节 … / 第一条 …. A document is read as a law text
 * when at least three paragraphs open with an article number (第X条) in increasing order, so a
 * commentary citing "第十四条规定" once is not. Chapters become level-1 headings, sections (节)
 * level 2, and each article a heading of its own (level 2, or 3 under sections) followed by the
 * article's text as a paragraph — the cleaned text keeps the article as written.
 */
import type { StructureBlock } from './structure.js'

const NUMERAL = '[一二三四五六七八九十百千零〇两兩]{1,6}'
const CHAPTER = new RegExp(`^第\\s*(${NUMERAL})\\s*章(?:[\\s\\u3000]*(.*))?$`)
const SECTION = new RegExp(`^第\\s*(${NUMERAL})\\s*[节節](?:[\\s\\u3000]*(.*))?$`)
const ARTICLE = new RegExp(`^第\\s*(${NUMERAL})\\s*[条條](?:[\\s\\u3000]*(.*))?$`)
const MAX_HEADING_REST = 24
const MIN_ARTICLES = 3
/** Share of consecutive article numbers that must increase (an excerpt may skip articles). */
const MIN_INCREASING = 0.8

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** 一 → 1, 十四 → 14, 二十八 → 28, 一百零三 → 103. */
export function chineseNumber(text: string): number {
  let total = 0
  let digit = 0
  for (const char of text) {
    const unit = UNITS[char]
    if (unit) {
      total += (digit || 1) * unit
      digit = 0
    } else digit = DIGITS[char] ?? 0
  }
  return total + digit
}

export interface LawHeading {
  kind: 'chapter' | 'section' | 'article'
  number: number
  /** The heading as written: "第一章 总则", "第一条". */
  heading: string
  /** What follows an article number on its line (the article's first paragraph), or ''. */
  rest: string
}

/** The 章/节/条 line a paragraph opens with, or null. */
export function lawHeading(paragraph: string): LawHeading | null {
  if (!paragraph.startsWith('第')) return null
  const chapterMatch = CHAPTER.exec(paragraph)
  const chapter = chapterMatch ?? SECTION.exec(paragraph)
  if (chapter) {
    const rest = chapter[2] ?? ''
    // "第一章 总则" is a heading; a sentence starting with 第一章 is not.
    if (rest.length > MAX_HEADING_REST || /[。；;，,：:]/.test(rest)) return null
    return {
      kind: chapterMatch ? 'chapter' : 'section',
      number: chineseNumber(chapter[1] ?? ''),
      heading: paragraph,
      rest: '',
    }
  }
  const article = ARTICLE.exec(paragraph)
  if (!article) return null
  const rest = (article[2] ?? '').trim()
  const heading = paragraph.slice(0, paragraph.length - (article[2] ?? '').length).trim()
  return { kind: 'article', number: chineseNumber(article[1] ?? ''), heading, rest }
}

// A law text run onto one line (a PDF-to-text copy: "…思想基础。 第五条 …的原则。 第六条 …",
// h-21): an article number after a sentence end and a space opens the next article.
const GLUED_ARTICLE = new RegExp(
  `(?<=[。；;])[\\s\\u3000]+(?=第\\s*${NUMERAL}\\s*[条條][\\s\\u3000])`,
  'g',
)

// The same without spaces, as a document-sharing preview runs a law on (i-13: "…制定本法。第二条国家
// 秘密是…"): an article number right after a sentence end. Only when the numbers it cuts at
// increase, so prose that opens a sentence with "第二条规定" now and then is left whole.
const TIGHT_ARTICLE = new RegExp(`(?<=[。；;])(?=第${NUMERAL}[条條])`, 'g')
// A chapter heading run on between two articles or after the law's name: "…秘密法第一章总则第一条为…",
// "…的事项。第二章国家秘密的范围和密级第八条…". The chapter's title is short and unpunctuated.
const RUN_ON_CHAPTER = new RegExp(
  `(?=第${NUMERAL}章[^。；;，,：:第]{1,16}第${NUMERAL}[条條])|(?<=^第${NUMERAL}章[^。；;，,：:第]{1,16})(?=第${NUMERAL}[条條])`,
  'g',
)

function increasingArticles(pieces: string[]): boolean {
  const numbers = pieces
    .map((piece) => lawHeading(piece.trim()))
    .filter((heading) => heading?.kind === 'article')
    .map((heading) => heading?.number ?? 0)
  if (numbers.length < MIN_ARTICLES) return false
  let increasing = 0
  for (let i = 1; i < numbers.length; i++)
    if ((numbers[i] ?? 0) > (numbers[i - 1] ?? 0)) increasing++
  return increasing / (numbers.length - 1) >= MIN_INCREASING
}

/**
 * The line cut before each article it runs on into, when it holds at least MIN_ARTICLES of them;
 * a commentary citing "第十四条 规定" once or twice stays one paragraph.
 */
export function splitRunOnArticles(line: string): string[] {
  if (!line.includes('第')) return [line]
  const cuts = line.match(GLUED_ARTICLE)?.length ?? 0
  if (cuts >= MIN_ARTICLES) return line.split(GLUED_ARTICLE)
  if ((line.match(TIGHT_ARTICLE)?.length ?? 0) < MIN_ARTICLES) return [line]
  const pieces = line
    .split(TIGHT_ARTICLE)
    .flatMap((piece) => piece.split(RUN_ON_CHAPTER))
    .flatMap((piece) => piece.split(RUN_ON_CHAPTER))
  return increasingArticles(pieces) ? pieces : [line]
}

/** Whether the paragraphs are a law text (or an excerpt of one): see the module comment. */
export function isLawText(paragraphs: string[]): boolean {
  const numbers: number[] = []
  for (const paragraph of paragraphs) {
    const heading = lawHeading(paragraph)
    if (heading?.kind === 'article') numbers.push(heading.number)
  }
  if (numbers.length < MIN_ARTICLES) return false
  let increasing = 0
  for (let i = 1; i < numbers.length; i++)
    if ((numbers[i] ?? 0) > (numbers[i - 1] ?? 0)) increasing++
  return increasing / (numbers.length - 1) >= MIN_INCREASING
}

/**
 * The blocks of a law text's paragraph: a chapter or section heading, or an article heading
 * followed by its text; any other paragraph stays a paragraph. A table of contents (chapter
 * lines with nothing between them) stays paragraphs, so the chapters are listed once.
 */
export function lawBlocks(paragraphs: string[], hasSections: boolean): StructureBlock[] {
  const blocks: StructureBlock[] = []
  paragraphs.forEach((paragraph, index) => {
    const heading = lawHeading(paragraph)
    if (!heading) {
      blocks.push({ type: 'paragraph', text: paragraph })
      return
    }
    if (heading.kind !== 'article') {
      const next = paragraphs[index + 1]
      const nextHeading = next === undefined ? null : lawHeading(next)
      const listed = nextHeading !== null && nextHeading.kind === heading.kind
      if (listed) {
        blocks.push({ type: 'paragraph', text: paragraph })
        return
      }
      blocks.push({
        type: 'heading',
        text: heading.heading,
        title: heading.heading,
        level: heading.kind === 'chapter' ? 1 : 2,
        numbered: true,
      })
      return
    }
    blocks.push({
      type: 'heading',
      text: heading.heading,
      title: heading.heading,
      level: hasSections ? 3 : 2,
      numbered: true,
    })
    if (heading.rest) blocks.push({ type: 'paragraph', text: heading.rest })
  })
  return blocks
}

/** Whether any paragraph is a 节 heading (articles then sit one level deeper). */
export function hasLawSections(paragraphs: string[]): boolean {
  return paragraphs.some((paragraph) => lawHeading(paragraph)?.kind === 'section')
}

/** Article headings, and the blocks they cover (each article heading and the paragraphs under it). */
export function lawCoverage(blocks: StructureBlock[]): { articles: number; covered: number } {
  let articles = 0
  let covered = 0
  let inLaw = false
  for (const block of blocks) {
    if (block.type === 'heading') {
      const heading = lawHeading(block.text)
      inLaw = heading !== null
      if (heading?.kind === 'article') articles++
    }
    if (inLaw) covered++
  }
  return { articles, covered }
}
