/** Whether a cleaned text stops mid-sentence: a scrape or preview cut off before the article ends. */
import { flagMessage } from './flag-messages.js'
import type { QualityFlag } from './types.js'

// A paragraph ends with one of these (a closing quote or bracket may follow the stop).
// (A stop then an opening quote is a closing quote mistyped, "…对号入座呢?“" (i-03): the sentence ended.)
const COMPLETE_END = /[。！？!?；;…”"’'」』）)】》〉|.]$|[。！？!?；;…][“‘「『]$/
// Tested on the last characters only: anchored at the end, /\.{3,}$/ was quadratic on a long run of dots.
const ELLIPSIS = /(?:…|\.{3}|。{3})$/
// Short closing lines (a signature, a date, a name) carry no sentence punctuation.
const CLOSING_LINE_MAX = 16
// A quiz's answer line or a closing credit (图源：…, 来源：…, 审核：…) ends a text without a stop.
const CLOSING_FIELD =
  /^(?:[【[]?(?:正确|正確|参考|參考)?答案[】\]]?\s*[:：]?\s*[A-DＡ-Ｄ对對错錯√×]{1,4}$|\S{0,6}(?:来源|來源|图源|圖源|转自|轉自|编辑|編輯|审核|審核|作者|供稿|责编|責編|校对|校對)\S{0,2}\s*[:：丨|])/
const ASKED = /^(?:\d{1,3}\s*[、.．]\s*)?(?:问|問|Q)\s*\d{0,2}\s*[:：].*[？?]$/i
const IN_SENTENCE = /[，,、：:。；;]/
// A sentence broken off: at a clause mark, or on a function word that needs what follows (…都在).
const CLAUSE_BREAK = /[，,、：:]$|[的了和与與及在是对對把被将將从從向为為以都也就而或且并並]$/
// (A circled number opens an item too, ④国家: a multiple-choice item's statements ①–④, o-03.)
const LIST_ITEM =
  /^(?:[\u2460-\u2473]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}\s*[.．、\s]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零\d]+[条條章节])/

// A section's number alone on its line ("4", "四、"), which the chrome stage takes as pagination.
const SECTION_NUMBER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]?$/

/**
 * Whether the input's last line sits under a section number of its own ("4" / "用微信处理涉", l-07):
 * then it is that section's heading, and a text ending there stops before the section.
 */
export function endsUnderSectionNumber(input: string): boolean {
  const lines = input
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return lines.length >= 2 && SECTION_NUMBER.test(lines.at(-2) ?? '')
}

/**
 * Whether the input's last line is a bare section number that goes on from the text's own numbering
 * ("3.法律規範" above, "4" alone at the end, r-04): the next section begins there, and the capture
 * stops before its text. (A page number under a text, "2" with no "1." above, is not one.)
 */
export function endsOnNextSectionNumber(input: string): boolean {
  const lines = input
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const last = lines.at(-1) ?? ''
  if (!/^\d{1,2}\s*[、.．]?$/.test(last)) return false
  const number = Number(/\d+/.exec(last)?.[0])
  const previous = new RegExp(`^${number - 1}\\s*[、.．]\\s*\\S`)
  return number >= 2 && lines.slice(0, -1).some((line) => previous.test(line))
}

// A site's ellipsis on a line of its own where it stops showing the text: "第四条…范围。" / "……" (p-05, a
// law database showing a statute's first articles). The cleaning stages take the line out as the site's;
// it still says the text goes on, so it is read on the input before them.
const ELLIPSIS_LINE = /^(?:…{1,3}|\.{3,6}|。{3,6}|[…\s]{2,8})$/

/** Whether the input's last line is only an ellipsis: the site cut the text off there. */
export function endsOnEllipsisLine(input: string): boolean {
  const last = input
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1)
  return last !== undefined && ELLIPSIS_LINE.test(last)
}

export function truncationFlag(
  text: string,
  options: {
    /** The quiz reader saw the text stop among its last item's options (QuizResult.cutInOptions). */
    cutInQuizOptions?: boolean
    /** The input's last line is a numbered section's heading (endsUnderSectionNumber). */
    sectionHeadingLast?: boolean
    /** The input's last line is the next section's bare number (endsOnNextSectionNumber). */
    nextSectionNumberLast?: boolean
    /** The input's last line is only an ellipsis (endsOnEllipsisLine). */
    ellipsisLast?: boolean
    /** The site's footer follows the text (ChromeResult.footerBelowText): the page was captured to its end. */
    footerBelowText?: boolean
  } = {},
): QualityFlag | null {
  const paragraphs = text.split(/\n+/).filter((paragraph) => paragraph.trim())
  const last = paragraphs.at(-1)?.trim()
  if (!last) return null
  const cutCharacter = last.endsWith('\uFFFD')
  let end = last.length
  while (end > 0 && /[\uFFFD\s]/.test(last[end - 1] ?? '')) end--
  const ending = last.slice(0, end)
  // A closing line (国家安全部 / 2024年4月15日) has no clause punctuation and no list marker; it
  // cites no law (《…》规, j-05) and answers no labelled question just above it (问：…？).
  const previous = paragraphs.at(-2)?.trim() ?? ''
  const sentenceUnderway =
    [...ending].length > CLOSING_LINE_MAX ||
    IN_SENTENCE.test(ending) ||
    LIST_ITEM.test(ending) ||
    /[《〈]/.test(ending) ||
    ASKED.test(previous) ||
    // A short line under a numbered heading (1. 法律依据 / 国家秘密的确定首) is that section's text
    // begun, not a closing signature.
    (LIST_ITEM.test(previous) && !COMPLETE_END.test(previous) && !IN_SENTENCE.test(previous))
  const closing = CLOSING_FIELD.test(ending)
  // A short last line is no closing signature when it heads a numbered section (l-07).
  const headingWithoutSection = options.sectionHeadingLast === true && !COMPLETE_END.test(ending)
  // A capture that reached the site's footer was not cut off: a last sentence without its stop (a
  // dictionary's definition ending on its noun) is the page's own, unless it breaks off (CLAUSE_BREAK).
  const pageOwnEnding = options.footerBelowText === true && !CLAUSE_BREAK.test(ending)
  const cut =
    options.cutInQuizOptions === true ||
    options.ellipsisLast === true ||
    options.nextSectionNumberLast === true ||
    headingWithoutSection ||
    cutCharacter ||
    ELLIPSIS.test(ending.slice(-3)) ||
    (!COMPLETE_END.test(ending) && !closing && sentenceUnderway && !pageOwnEnding)
  if (!cut) return null
  const tail = [...ending].slice(-12).join('')
  return {
    type: 'truncated-document',
    position: text.lastIndexOf(last),
    message: flagMessage('stops-mid-sentence', { tail }),
  }
}

// The capture stops inside a tag: '…<span style="fo'. What the tag opened (a paragraph's text) is lost.
const OPEN_TAG_AT_END = /<[a-zA-Z/][^<>]*$/

/** HTML input whose capture stops inside a tag: the scrape was cut, whatever the text's last stop. */
export function cutInMarkupFlag(raw: string, text: string): QualityFlag | null {
  const tail = raw.slice(-2000).trimEnd()
  if (!OPEN_TAG_AT_END.test(tail)) return null
  return {
    type: 'truncated-document',
    position: text.length,
    message: flagMessage('cut-inside-tag'),
  }
}
