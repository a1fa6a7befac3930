import * as chrono from 'chrono-node'
import { isPlaceName } from './lexicon.js'
import { findSplitDate } from './split-date.js'

export type OutletType =
  'wechat-account' | 'news-agency' | 'website' | 'magazine' | 'document-sharing-site'

export interface Attribution {
  outlet: string | null
  outletType: OutletType | null
  originalOutlet: string | null
  agency: string | null
  dateline: string | null
  publishedAt: string | null
  author: string | null
  editor: string | null
  interviewer: string | null
  interviewee: string | null
}

export interface AttributionResult {
  attribution: Attribution
  /** The text without metadata-only lines (byline fields, datelines, reporter credits, the stated date). */
  body: string
}

export interface InterviewParties {
  interviewerLabel?: string | null
  intervieweeLabel?: string | null
}

// ---------------------------------------------------------------------------------------------
// Dates: read by chrono-node (zh-Hans, zh-Hant, and the casual parser for 2019/05/10, 2024.05.20).

const REFERENCE_DATE = new Date(2000, 0, 1)
const FULL_WIDTH_DATE_CHARACTER = /[\uFF10-\uFF19\uFF1A\uFF0D\uFF0E\uFF0F]/g
const HAS_DATE_DIGITS = /\d{1,4}\s*[-/.年月]\s*\d{1,2}/

interface DateMatch {
  index: number
  /** The date as written, e.g. "2019-09-26 22:18:32", "2024年5月20日", "4月26日". */
  text: string
  hasYear: boolean
}

/** The first date in `text` that states at least a month and a day, as written. */
export function readDate(written: string): DateMatch | null {
  // Full-width digits and separators (07：33：45, ２０２４－１０－０９) read as ASCII, one character
  // for one so indexes stay: the same date, in the form the Sources date field takes (a
  // full-width time stopped the import at write:sources).
  const text = written.replace(FULL_WIDTH_DATE_CHARACTER, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )
  if (!HAS_DATE_DIGITS.test(text)) return null
  let best: DateMatch | null = null
  for (const parse of [chrono.zh.hans.parse, chrono.zh.hant.parse, chrono.parse]) {
    for (const result of parse(text, REFERENCE_DATE)) {
      if (!/\d/.test(result.text)) continue
      if (!result.start.isCertain('month') || !result.start.isCertain('day')) continue
      const candidate = {
        index: result.index,
        text: result.text.trim(),
        hasYear: result.start.isCertain('year'),
      }
      if (
        !best ||
        candidate.index < best.index ||
        (candidate.index === best.index && candidate.text.length > best.text.length)
      )
        best = candidate
      break
    }
  }
  return best
}

// ---------------------------------------------------------------------------------------------
// Labelled fields: 来源：X  责任编辑：Y  发布时间：… on one line; each value ends at the next label.

type FieldKind =
  'source' | 'author' | 'editor' | 'credit' | 'publish-time' | 'update-time' | 'other'

/** Known labels, Simplified and Traditional. Longer spellings first where one contains another. */
const LABELS: ReadonlyArray<readonly [FieldKind, string]> = [
  [
    'source',
    '(?:信息|稿件|内容|內容|文章|新[闻聞]|本文|图片|圖片)?(?:来源|來源)(?:于|於)?|稿源|出[处處]|[转轉][载載]自|[转轉]自',
  ],
  ['editor', '[责責]任[编編][辑輯]|值班[编編][辑輯]|[责責][编編]|[编編][审審]|[编編][辑輯]'],
  [
    'credit',
    '[审審][核稿校]|[终終初复復][审審]|校[对對]|[发發][布佈](?:者|人)|供稿|[摄攝]影|通[讯訊][员員]|[录錄]入|排版',
  ],
  ['author', '作者|撰稿人?|撰文|文'],
  [
    'publish-time',
    '(?:[发發][布佈稿表文]|[颁頒][发發]|印[发發]|公[布佈]|成文|上[传傳]|[刊登][发發登])(?:[时時][间間]|日期)|[时時][间間]|日期',
  ],
  ['update-time', '最[后後]更新(?:[时時][间間])?|更新(?:[时時][间間]|日期)'],
  [
    'other',
    '(?:[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀]|[访訪][问問])(?:次[数數]|量|[数數])|人[气氣]|字[号號体體]|被引量|上[传傳]用[户戶]|分享到|[栏欄]目|所属[栏欄]目|分[类類]|[关關][键鍵]字|[关關][键鍵][词詞]|[责責]任[单單]位|[发發][布佈][机機][构構]|[归歸][类類]',
  ],
]

const LABEL_ALTERNATION = LABELS.map(([, pattern]) => pattern).join('|')
// A label is followed by a colon ("来源 :" has a space before it); at the start of a word also by a
// slash, a bar or a closing bracket: 文/张三, 来源丨国家保密局, 【來源】《澳門法政雜誌》, 作者】李洪江.
const LABEL_AT = new RegExp(
  `(${LABEL_ALTERNATION})\\s*[:：]|(?<!\\p{Script=Han})(${LABEL_ALTERNATION})\\s*[/|｜丨】\\]]`,
  'gu',
)
const LABEL_KIND = LABELS.map(([kind, pattern]) => [kind, new RegExp(`^(?:${pattern})$`)] as const)
// Counters without a colon: "浏览次数 2429次", "阅读 1234".
const COUNTER =
  /(?:[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀]|[访訪][问問])(?:次[数數]|量|[数數])?\s*\d+\s*次?/gu
const LABEL_DELIMITER = /[:：/|｜丨】\]]/
// An unknown label after a gap, inside a line that has known ones: "新闻归类:国际时政".
const OTHER_LABEL = /(?<=[\s|｜【】[\]])[\p{Script=Han}]{2,6}\s*[:：]/gu
// Separators between the fields of one line.
const SEPARATOR = /\s{2,}|[\t\u3000|｜丨【】[\]•]+|\s+(?=[【[])/u

export const PLACEHOLDER =
  /^(?:本站|本网|本網|本报|本報|本台|本刊|本社|本院|原创|原創|网络|網絡|互联网|互聯網|网上|網上|未知|佚名|不详|不詳|转载|轉載|综合|綜合|整理|网友|網友|管理员|管理員|admin(?:istrator)?|编辑部|編輯部|小编|小編|编辑|編輯|记者|記者|\s|[:：,，、/])+$/iu
const NAME_LIKE = /^[\p{Script=Han}·A-Za-z][\p{Script=Han}·A-Za-z\s、，,/]{0,29}$/u
// An outlet has a name in characters (or Latin words): "sp20241201" in a 来源 field is a code.
const OUTLET_LIKE = /^(?=[^\d]*\p{Script=Han}|[A-Za-z][A-Za-z .&-]+$)[^。！？!?；;]{1,40}$/u

// A token of Latin letters and digits with at least one of each, no Han: a code, not a name.
const SCRAPE_CODE = /^(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])[A-Za-z\d_-]{4,40}$/
// A book cited after a 出处 field: "中国民主法制出版社《…汇编上册》第1309页(916字)" (h-22, a law text
// from a book-excerpt site): a title in 《》 and a page or length count.
const CITATION = /《[^》]{1,60}》.{0,20}(?:第\s*\d+\s*[页頁]|[（(]\s*\d+\s*字\s*[)）])/u

interface Field {
  kind: FieldKind
  /** The label as written: 责任编辑, 编辑, 时间 … */
  label: string
  value: string
}

interface ParsedLine {
  fields: Field[]
  /** Dates standing alone in the line (not behind a label). */
  dates: string[]
  /** Where the first text that is neither a field, a date nor short chrome starts. */
  contentStart: number | null
  /** Where the last field ends. */
  fieldsEnd: number
}

interface Label {
  start: number
  end: number
  kind: FieldKind
  label: string
}

interface Leftover {
  start: number
  text: string
  /** Text that failed as a field value: content, however short. */
  content: boolean
}

function labelKind(label: string): FieldKind {
  for (const [kind, pattern] of LABEL_KIND) if (pattern.test(label)) return kind
  return 'other'
}

/** Strips punctuation left at either end of a value, and brackets that are not closed or opened in it. */
export function cleanValue(value: string): string {
  let cleaned = trimEdgePunctuation(value)
  for (const [open, close] of BRACKET_PAIRS) {
    const opens = cleaned.split(open).length - 1
    const closes = cleaned.split(close).length - 1
    if (opens > closes) cleaned = cleaned.split(open).join('')
    else if (closes > opens) cleaned = cleaned.split(close).join('')
    if (opens !== closes) cleaned = trimEdgePunctuation(cleaned)
  }
  // A value wrapped whole in brackets: （新华网） → 新华网 (《…》 and quotes name a title and stay).
  const wrapped = /^[（(【[]([^（()）【】[\]]+)[）)】\]]$/u.exec(cleaned)
  return (wrapped?.[1] ?? cleaned).trim()
}

const EDGE_CHARACTER = /^[\s:：,，、。;；|｜/\\·•\-—]$/u

/**
 * The value without punctuation and spaces at either end, read from each end (a regex
 * /[…]+$/ was tried again after every character of a long run inside the value: quadratic).
 */
function trimEdgePunctuation(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && EDGE_CHARACTER.test(value.charAt(start))) start++
  while (end > start && EDGE_CHARACTER.test(value.charAt(end - 1))) end--
  return value.slice(start, end)
}
const BRACKET_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['[', ']'],
  ['《', '》'],
  ['“', '”'],
  ['「', '」'],
]

function isChromeToken(segment: string): boolean {
  const text = segment.replace(/[[\]【】()（）\s]/g, '')
  if (text === '') return true
  if (/^(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?$/i.test(text)) return true
  if (/^\d+\s*次?$/.test(text)) return true
  // A button or widget word: short, no sentence punctuation.
  return text.length <= 6 && !/[。，；！？,;!?]/.test(text)
}

/** Splits a value at a gap and returns the value and what follows it. */
function splitAtSeparator(text: string): [string, string | null] {
  const gap = SEPARATOR.exec(text)
  return gap ? [text.slice(0, gap.index), text.slice(gap.index)] : [text, null]
}

function validValue(kind: FieldKind, value: string): boolean {
  if (value === '') return true
  if (kind === 'source') return OUTLET_LIKE.test(value)
  if (kind === 'author' || kind === 'editor' || kind === 'credit') return NAME_LIKE.test(value)
  return value.length <= 40 && !/[。！？；!?;]/u.test(value)
}

function overlaps(a: { start: number; end: number }, start: number, end: number): boolean {
  return start < Math.max(a.end, a.start + 1) && a.start < end
}

/** The labels of a line: known ones, counters ("浏览次数 2429次") and unknown ones after a gap. */
function findLabels(line: string): Label[] {
  const labels: Label[] = []
  for (const match of line.matchAll(LABEL_AT)) {
    const label = match[1] ?? match[2] ?? ''
    labels.push({
      start: match.index,
      end: match.index + match[0].length,
      kind: labelKind(label),
      label,
    })
  }
  if (!labels.some((label) => label.kind !== 'other')) return []
  for (const label of labels) {
    if (label.kind === 'other' || label.kind === 'editor' || label.kind === 'author') continue
    // 海报来源:, 图片来源:, 首发时间: — a word of one or two characters before a source or time label.
    const prefix = /(?:^|[\s:：|｜【】[\]])([\p{Script=Han}]{1,2})$/u.exec(
      line.slice(0, label.start),
    )
    if (prefix?.[1]) label.start -= prefix[1].length
  }
  for (const match of line.matchAll(COUNTER)) {
    if (labels.some((label) => overlaps(label, match.index, match.index + match[0].length)))
      continue
    labels.push({ start: match.index, end: match.index, kind: 'other', label: match[0] })
  }
  for (const match of line.matchAll(OTHER_LABEL)) {
    const end = match.index + match[0].length
    // Right after a label it is that label's value: 作者】李洪江:澳門城市大學…
    if (labels.some((label) => label.end === match.index)) continue
    const known = labels.find((label) => overlaps(label, match.index, end))
    // "新闻归类:" — the unknown label starts before the known 归类: the label is the whole word.
    if (known) known.start = Math.min(known.start, match.index)
    else labels.push({ start: match.index, end, kind: 'other', label: match[0] })
  }
  return labels.sort((a, b) => a.start - b.start)
}

/** Reads one line as byline fields, or returns null when it is not a byline line. */
function parseFieldLine(line: string): ParsedLine | null {
  // Every known label is followed by a colon, a slash, a bar or a closing bracket.
  if (line.length > 240 || !LABEL_DELIMITER.test(line)) return null
  const labels = findLabels(line)
  const first = labels[0]
  if (!first) return null
  // A known label starts the line or one of its segments; a label inside a sentence is prose.
  const before = line.slice(0, first.start)
  if (before.trim() && !/[\s【[(（|｜]$/u.test(before)) return null

  const fields: Field[] = []
  const leftovers: Leftover[] = []
  let fieldsEnd = 0
  if (before.trim()) leftovers.push({ start: 0, text: before, content: false })
  labels.forEach((label, i) => {
    const next = labels[i + 1]?.start ?? line.length
    let raw = line.slice(label.end, next)
    let rawStart = label.end
    const lead = /^\s*/.exec(raw)?.[0].length ?? 0
    if (lead < 4) {
      raw = raw.slice(lead)
      rawStart += lead
    }
    if (label.kind === 'publish-time' || label.kind === 'update-time') {
      const date = readDate(raw)
      if (date && raw.slice(0, date.index).trim() === '') {
        fields.push({ kind: label.kind, label: label.label, value: date.text })
        const after = date.index + date.text.length
        fieldsEnd = rawStart + after
        if (raw.slice(after).trim())
          leftovers.push({ start: rawStart + after, text: raw.slice(after), content: false })
      } else if (raw.trim() === '') {
        fields.push({ kind: label.kind, label: label.label, value: '' })
        fieldsEnd = next
      } else {
        // 时间：上午9点 — not a publication date; the text is the line's own.
        leftovers.push({ start: label.start, text: line.slice(label.start, next), content: true })
      }
      return
    }
    // 文/图：张三 — the writer took the photos too.
    if (label.kind === 'author') raw = raw.replace(/^[图圖]\s*[:：/／]?\s*/u, '')
    let [value, rest] = splitAtSeparator(raw)
    // A date glued to a value ("国家安全部微信公众号2024-07-24 09:58") ends it.
    const date = label.kind === 'other' ? null : readDate(value)
    if (date && date.index > 0) {
      rest = value.slice(date.index) + (rest ?? '')
      value = value.slice(0, date.index)
    }
    let cleaned = cleanValue(value)
    const titled = /^\s*(《[^》]{1,30}》)/u.exec(value)
    const named = /^\s*([\p{Script=Han}·]{2,4})[:：,，(（]/u.exec(value)
    const issue = titled ? /^\s*《[^》]*》\s*(?:\d|第|[（(])/u.test(value) : false
    if ((issue || !validValue(label.kind, cleaned)) && label.kind === 'source' && titled?.[1]) {
      // 【來源】《澳門法政雜誌》2023年第2期……: the value is the title, not the issue.
      rest = value.slice(value.indexOf(titled[1]) + titled[1].length) + (rest ?? '')
      value = titled[1]
      cleaned = titled[1]
    } else if (!validValue(label.kind, cleaned) && label.kind === 'author' && named?.[1]) {
      // 作者】李洪江:澳門城市大學法學院副教授……: the value is the name before the colon.
      rest = value.slice(value.indexOf(named[1]) + named[1].length) + (rest ?? '')
      value = named[1]
      cleaned = named[1]
    } else if (!validValue(label.kind, cleaned) && /\s/.test(value.trim())) {
      // "来源：新华社 新华社北京4月26日电……": the value is the first word.
      const word = value.trim().split(/\s+/)[0] ?? ''
      rest = value.slice(value.indexOf(word) + word.length) + (rest ?? '')
      value = word
      cleaned = cleanValue(word)
    }
    // "来源: sp20241201" (h-09, a scraper's copy): a code where the outlet's name would be. The field
    // names no outlet, and the line is metadata all the same.
    if (label.kind === 'source' && SCRAPE_CODE.test(cleaned)) {
      fields.push({ kind: label.kind, label: label.label, value: '' })
      fieldsEnd = rawStart + raw.length - (rest?.length ?? 0)
      if (rest !== null && rest.trim())
        leftovers.push({ start: rawStart + raw.length - rest.length, text: rest, content: false })
      return
    }
    if (!validValue(label.kind, cleaned)) {
      leftovers.push({ start: label.start, text: line.slice(label.start, next), content: true })
      return
    }
    fields.push({ kind: label.kind, label: label.label, value: cleaned })
    fieldsEnd = rawStart + raw.length - (rest?.length ?? 0)
    if (rest !== null && rest.trim())
      leftovers.push({ start: rawStart + raw.length - rest.length, text: rest, content: false })
  })
  if (!fields.some((field) => field.kind !== 'other')) return null

  const parsed: ParsedLine = { fields, dates: [], contentStart: null, fieldsEnd }
  for (const leftover of leftovers) {
    if (leftover.content) {
      parsed.contentStart ??= leftover.start
      continue
    }
    let offset = 0
    for (const segment of leftover.text.split(SEPARATOR)) {
      const at = leftover.text.indexOf(segment, offset)
      offset = at + segment.length
      const text = segment.trim()
      if (!text) continue
      const date = readDate(text)
      if (date && date.index === 0 && isChromeToken(text.slice(date.text.length))) {
        parsed.dates.push(date.text)
        continue
      }
      if (isChromeToken(text)) continue
      if (CITATION.test(text) && fields.some((field) => field.kind === 'source')) continue
      parsed.contentStart ??= leftover.start + at
    }
  }
  return parsed
}

interface BareDate {
  date: string
  line: number
  /** 2017年03月16日 求是网 刘跃进: an outlet and a writer named beside the date, without labels. */
  outlet: string | null
  author: string | null
  /** WeChat's meta line "[原创] 作者 公众号 2024-03-31": the account. */
  account: string | null
  /** The date was a prefix of a paragraph (see gluedDate): the line keeps its text. */
  glued?: boolean
}

const OUTLET_SUFFIX =
  /(?:网|網|[报報]|社|台|刊|[杂雜][志誌]|[频頻]道|客户端|客戶端|新[闻聞]|融媒|融媒体|融媒體|公[众眾][号號])$/u
const UI_WORD =
  /^(?:打印|关闭|關閉|分享|收藏|评论|評論|点赞|點贊|字体|字體|字号|字號|返回|顶部|頂部|[大中小])$/u
const PERSON_NAME = /^[\p{Script=Han}·]{2,4}$/u
const SOURCE_NAME = /^\p{Script=Han}{4,16}$/u
/** The verb of a forum's or portal's post header: "大英融媒 发表于 2024-12-23 10:42:37". */
const POSTED = /^(?:发表于|發表於|发布于|發佈於|發布於|发布|發布|發佈|发表|發表)$/u

const POSTED_FROM = /\s(?:发表于|發表於)\s*(\p{Script=Han}{2,4})$/u

const YEARLESS_STAMP =
  /^(1[0-2]|0?[1-9])-(3[01]|[12]\d|0?[1-9])\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/

/** A line that is only a date (and chrome): "2015-12-27 21:20:47", "【 2024年5月20日 星期一 】". */
function bareDate(line: string, index: number): BareDate | null {
  const whole = line.trim()
  if (whole.length > 60) return null
  // WeChat closes its meta line with where the account posted from, the verb glued to a place:
  // "基层干部 2022-06-13 17:00 发表于浙江" (l-07). It marks the line as WeChat's and is no text.
  const postedFrom = POSTED_FROM.exec(whole)
  const fromPlace = postedFrom !== null && isPlaceName(postedFrom[1] ?? '')
  const text = fromPlace ? whole.slice(0, postedFrom.index).trimEnd() : whole
  // A month and day with the clock time, alone: "04-15 12:46" (s-06), a portal's stamp for this
  // year's posts. The time is the evidence it is a stamp, not half of a date split over lines.
  const stamp = YEARLESS_STAMP.exec(text)
  if (stamp) {
    const day = `${stamp[1].padStart(2, '0')}-${stamp[2].padStart(2, '0')}`
    return { date: day, line: index, outlet: null, author: null, account: null }
  }
  const date = readDate(text)
  if (!date) return null
  // A line that is only a month and day (11 月 5 日, under a headline) is the date, without a
  // year; beside other words a yearless date is more likely an event's (4月15日 国家安全教育日).
  // "04/27" alone is left to findSplitDate: it may be the second half of "2021" / "04/27" (h-06).
  if (!date.hasYear) {
    return date.index === 0 && date.text.length === text.length && /[月]/.test(text)
      ? { date: date.text, line: index, outlet: null, author: null, account: null }
      : null
  }
  const rest = text.slice(0, date.index) + ' ' + text.slice(date.index + date.text.length)
  const words = rest.split(/[\s|｜【】[\]•·]+/u).filter(Boolean)
  // An account alone before the date is WeChat's too when the line says where it posted from.
  const wechatMeta =
    date.index + date.text.length === text.length &&
    (words.length === 2 || (fromPlace && words.length === 1))
  if (
    wechatMeta &&
    !/[，。,;；:：!！?？]/.test(rest) &&
    !words.some((word) => OUTLET_SUFFIX.test(word) || word.length > 20)
  )
    return {
      date: date.text,
      line: index,
      outlet: null,
      author: words.length === 2 ? nonPlaceholder(words[0]) : null,
      account: nonPlaceholder(words.at(-1)),
    }
  // Beside the date: widget words, a posting verb (大英融媒 发表于 …), or the outlet's name, which
  // may be longer than a widget word (北京青年报客户端 2023-04-21 10:37, i-02).
  const besideDate = (token: string) =>
    isChromeToken(token) || POSTED.test(token) || (OUTLET_SUFFIX.test(token) && token.length <= 16)
  if (!rest.split(SEPARATOR).every(isChromeToken) && !words.every(besideDate)) return null
  if (/[，。,]/.test(rest)) return null
  const at = words.findIndex((word) => OUTLET_SUFFIX.test(word) && !PLACEHOLDER.test(word))
  const writer = at === -1 ? undefined : words[at + 1]
  // A portal's date line names its source after the date without a label: "2023-04-13 18:33:49
  // 齐鲁壹点" (j-04). One word of four or more characters there is the outlet (a person's name is
  // shorter, a widget word is a button).
  const named = words.length === 1 && text.startsWith(date.text) ? words[0] : undefined
  const unlabelled =
    at === -1 &&
    named !== undefined &&
    SOURCE_NAME.test(named) &&
    !UI_WORD.test(named) &&
    !POSTED.test(named) &&
    !PLACEHOLDER.test(named)
      ? named
      : null
  return {
    date: date.text,
    line: index,
    outlet: at === -1 ? unlabelled : (words[at] ?? null),
    author:
      writer &&
      PERSON_NAME.test(writer) &&
      !UI_WORD.test(writer) &&
      !POSTED.test(writer) &&
      !OUTLET_SUFFIX.test(writer)
        ? writer
        : null,
    account: null,
  }
}

/**
 * A dated paragraph: a full date (with its year) at the start of a line, at most after one short
 * label word of a template (date, Posted, 發布), then a paragraph of prose, as a page's date badge
 * glued to the lead reads when extracted: "date 2025-09-08 中央保密委员会办公室…今（8）日发布…".
 */
const DATE_LABEL_WORD = /^(?:[A-Za-z]{2,10}|\p{Script=Han}{2})?\s*[:：]?\s*$/u
const PROSE_AFTER = /^\s+\S[^\n]{19,}[。！？!?；;，,]/u

function gluedDate(line: string, index: number): BareDate | null {
  const date = readDate(line.slice(0, 40))
  if (!date || !date.hasYear || date.index > 12) return null
  if (!DATE_LABEL_WORD.test(line.slice(0, date.index))) return null
  const rest = line.slice(date.index + date.text.length)
  if (!PROSE_AFTER.test(rest)) return null
  return { date: date.text, line: index, outlet: null, author: null, account: null, glued: true }
}

// ---------------------------------------------------------------------------------------------
// Datelines and reporter credits.

const HAN = '\\p{Script=Han}'
const OPEN = '[（(【]'
const CLOSE = '[）)】]'
/** 新华社北京4月26日电, （中新社北京12月27日电）, 香港新聞網8月3日電, 本报北京4月26日讯. */
const DATELINE = new RegExp(
  `^\\s*(${OPEN}\\s*)?((?:[${HAN}]{1,12}?)(?:通[讯訊]社|[电電]视台|[电電]台|社|网|網|[报報]|台))\\s*((?:(?![网網社报報])[${HAN}]){2,8}?)?\\s*(\\d{1,2}月\\d{1,2}日)\\s*(?:[电電]|[讯訊])(?:\\s*${OPEN}([^）)】\\n]{1,60})${CLOSE})?\\s*(${CLOSE})?`,
  'u',
)
/**
 * A paper's resident reporter filing from a place, the credit in brackets opening the lead:
 * 【本報駐北京記者鐵怡廿五日電】, （本报驻京记者 张三 5日电）. The day alone (Arabic or Chinese
 * numerals) names no month, so it gives no date.
 */
const RESIDENT_CREDIT = new RegExp(
  `^\\s*${OPEN}\\s*([${HAN}]{1,12}?(?:通[讯訊]社|社|网|網|[报報]|台))\\s*[驻駐]([${HAN}]{1,6}?)\\s*(?:特派)?(?:记者|記者)\\s*([${HAN}·]{2,4}?)\\s*(?:\\d{1,2}|[初廿卅]?[一二三四五六七八九十]{1,3})日\\s*(?:[电電]|[讯訊])\\s*${CLOSE}`,
  'u',
)
/**
 * A news agency's dispatch with the day alone: (中央社台北30日電), （法新社巴黎5日电）, 美联社华盛顿3日电
 * (p-03). Agencies that date by the day of the month name no month, so it gives no date; the agency
 * (a name ending in 社) and the place are read as in DATELINE.
 */
const DAY_DATELINE = new RegExp(
  `^\\s*(?:${OPEN}\\s*)?([${HAN}]{1,10}?(?:通[讯訊]社|社))\\s*((?:(?![社报報])[${HAN}]){2,6}?)\\s*(?:\\d{1,2}|[初廿卅]?[一二三四五六七八九十]{1,3})日\\s*[电電]\\s*(?:${CLOSE})?`,
  'u',
)
/** 本报讯（记者 张三）, 宜都融媒訊(記者 關春玉), 央视网消息（记者 李四）. */
const NEWS_FLASH = new RegExp(
  `^\\s*(${OPEN}\\s*)?([${HAN}]{2,12}?)(?:[讯訊]|消息)\\s*${OPEN}([^）)】\\n]{1,60})${CLOSE}\\s*(${CLOSE})?`,
  'u',
)
/** The outlet's flash in brackets, its reporters after it up to a colon: 【香港商報訊】記者戴合聲、林駿強報道: (j-08). */
const BRACKETED_FLASH = new RegExp(
  `^\\s*[【[（(]\\s*([${HAN}]{2,12}?)(?:[讯訊]|消息)\\s*[】\\]）)]\\s*([^:：\\n。，,]{2,40}?)\\s*[:：]`,
  'u',
)
/**
 * An outlet's name with no 讯, then its credit in brackets, opening the lead: 儀隴融媒(通訊員 雷韻椿)
 * (l-03), 某某网（记者 张三）. The name must end as an outlet's does (融媒, 网, 报, 台) and the brackets
 * must credit a role, so a bracket after an ordinary subject (学校(一中)) is not read as one.
 */
const OUTLET_CREDIT = new RegExp(
  `^\\s*([${HAN}]{2,12}?)\\s*${OPEN}([^）)】\\n]{1,60})${CLOSE}`,
  'u',
)
/** An outlet's name alone in brackets near the top, as broadcasters' sites tag a report: 【有線新聞】 (j-09). */
const BRACKETED_OUTLET = /^[【[]\s*([\p{Script=Han}A-Za-z]{2,16})\s*[】\]]$/u
export const REPORTER_ROLE =
  /(?:特约|特約|见习|見習|实习|實習|首席|驻[\p{Script=Han}]{1,4}|駐[\p{Script=Han}]{1,4})?(?:记者|記者|评论员|評論員)/u
export const OTHER_ROLE =
  /通[讯訊][员員]|实习生|實習生|[摄攝]影|[编編][辑輯]|[责責]任[编編][辑輯]|[报報]道/u
const ROLES = new RegExp(`(${REPORTER_ROLE.source}|${OTHER_ROLE.source})`, 'gu')
/** A credit line alone: "新华社记者", "中国网特约评论员 张润", "（评论员 某某）", "本报记者 张三 李四". */
const CREDIT_LINE = new RegExp(
  `^\\s*[□■◆◇●○▲★☆]?\\s*${OPEN}?\\s*([${HAN}]{0,12}?)(${REPORTER_ROLE.source})\\s*((?:[${HAN}·]{2,8}[\\s、，,]*){0,4})\\s*${CLOSE}?\\s*$`,
  'u',
)
/** An author value that names a desk forwarding the text, not a writer: 办公室转发. */
const FORWARDED = /(?:[转轉][发發]|[转轉][载載])$/u
/** Who employs the credited reporter: an outlet ("新华社", "本报", "中国网"), or nobody named. */
const CREDIT_ORGANISATION =
  /(?:社|网|網|[报報]|台|刊|站|[杂雜]志|[杂雜]誌|中心|融媒|融媒体|融媒體|新[闻聞]|[频頻]道)$/u
// (Not a lone 文: names end with it, 陈大文, and a writer's 文 stands apart, "张三 文".)
const CREDIT_SUFFIX =
  /(?:文\s*[/、]\s*[图圖]|[图圖]\s*[/、]\s*文|[图圖]|[摄攝]|[报報]道|[发發]自[\p{Script=Han}]{1,6})$/u

/**
 * 作者：新华社记者 张三 → 张三; 作者：张三 stays as it is. A place before several names is where the
 * writers are, not a writer: "文| 北京 钟厚涛 薛思苎" (i-04) → 钟厚涛 薛思苎.
 */
function writerOf(value: string | null): string | null {
  if (!value) return value
  const tokens = value.trim().split(/\s+/)
  if (tokens.length >= 3 && isPlaceName(tokens[0] ?? '')) return tokens.slice(1).join(' ')
  if (!REPORTER_ROLE.test(value)) return value
  const names = reporterNames(value)
  return names.length > 0 ? names.join('、') : null
}

/** Names credited to reporters or commentators in "记者 张三 通讯员 李四" (reporters only). */
export function reporterNames(credit: string): string[] {
  const names: string[] = []
  const parts = credit.split(ROLES)
  for (let i = 1; i < parts.length; i += 2) {
    if (!REPORTER_ROLE.test(parts[i] ?? '')) continue
    for (const token of (parts[i + 1] ?? '').split(/[\s、，,:：]+/u)) {
      const name = token.replace(CREDIT_SUFFIX, '')
      if (/^[\p{Script=Han}·]{2,8}$/u.test(name) && !PLACEHOLDER.test(name)) names.push(name)
    }
  }
  return names
}

interface Dateline {
  /** 中評社北京4月15日電/據人民網報道: the outlet the agency reports from. */
  reportedFrom: string | null
  agency: string | null
  place: string | null
  /** 4月26日, or null when the credit names the day alone. */
  date: string | null
  authors: string[]
  /** The dateline covers the whole line. */
  whole: boolean
}

const REPORTED_FROM =
  /^[\s/／:：]*[据據](《?[\p{Script=Han}]{2,12}?》?)(?:[报報]道|消息|[电電]|微信公[众眾][号號])/u

function readDateline(line: string): Dateline | null {
  const match = DATELINE.exec(line)
  if (!match)
    return readUndatedDateline(RESIDENT_CREDIT, line) ?? readUndatedDateline(DAY_DATELINE, line)
  const agency = match[2] ?? ''
  const rest = line.slice(match[0].length)
  const reported = REPORTED_FROM.exec(rest)?.[1] ?? null
  return {
    reportedFrom: reported ? cleanValue(reported) : null,
    agency: PLACEHOLDER.test(agency) ? null : agency,
    place: match[3] ?? null,
    date: match[4] ?? '',
    authors: reporterNames(match[5] ?? ''),
    whole: line.slice(match[0].length).trim() === '',
  }
}

/**
 * A dateline without a date from `pattern`: group 1 the agency, 2 the place, and (a resident
 * reporter's credit) 3 the reporter. Shared by the credit and the day-only dateline.
 */
function readUndatedDateline(pattern: RegExp, line: string): Dateline | null {
  const match = pattern.exec(line)
  if (!match) return null
  const agency = match[1] ?? ''
  return {
    reportedFrom: null,
    agency: PLACEHOLDER.test(agency) ? null : agency,
    place: match[2] ?? null,
    date: null,
    authors: match[3] ? [match[3]] : [],
    whole: line.slice(match[0].length).trim() === '',
  }
}

function nonPlaceholder(value: string | null | undefined): string | null {
  if (!value) return null
  const cleaned = cleanValue(value)
  return cleaned && !PLACEHOLDER.test(cleaned) ? cleaned : null
}

// ---------------------------------------------------------------------------------------------

const Q_OPEN = '[“"「『]'
const Q_CLOSE = '[”"」』]'
const ACCOUNT = `[^”"」』\\n]{1,30}`
const WECHAT_NAME = '(?:微信)?公[众眾][号號]'
/** The WeChat account a text was first published on, as the text names it. */
const WECHAT_MENTIONS: readonly RegExp[] = [
  // 微信公众号“国家安全部”
  new RegExp(`微信公[众眾][号號]\\s*${Q_OPEN}(${ACCOUNT})${Q_CLOSE}`, 'u'),
  // “包头九原法院”公众号
  new RegExp(`${Q_OPEN}(${ACCOUNT})${Q_CLOSE}\\s*${WECHAT_NAME}`, 'u'),
  // 转载自五彩文昌微信公众号
  new RegExp(
    `(?:[转轉][载載]自|[转轉]自|来自|來自|源自)\\s*([\\p{Script=Han}A-Za-z0-9·]{2,20}?)\\s*${WECHAT_NAME}`,
    'u',
  ),
  // 平安广金微信推文：https://mp.weixin.qq.com/…
  // (Spaces before it, not line ends: /^\s*/m read every following blank line again at each.)
  /^[ \t\u3000]*([\p{Script=Han}A-Za-z0-9·]{2,20}?)[ \t\u3000]*微信(?:推文|公[众眾][号號])\s*[:：]/mu,
]
const WECHAT_SOURCE =
  /^(.{2,20}?)\s*(?:官方)?微信公[众眾][号號]$|^微信公[众眾][号號]\s*[:：]?\s*(.{2,20})$/u
const INTERVIEW_BY =
  /((?:《[^》\n]{1,20}》|[\p{Script=Han}]{2,10}?)(?:杂志|雜誌|日报|日報|晚报|晚報|报|報|电视台|電視台|通讯社|通訊社)?)\s*记者(?:专访|專訪|采访了|採訪了|采访|採訪)\s*(?:了)?([^，。,\n]{0,24}?)([\p{Script=Han}]{2,4})[。，,]/u
const SOURCE_AND_WRITER =
  /^([\p{Script=Han}（）()]{4,30}(?:院|局|委|会|會|部|厅|廳|办|辦|处|處|所|中心|网|網|[报報]|社|台|站|室|组|組|队|隊|馆|館|校|学|學|公司|政府|法院))\s+([\p{Script=Han}·]{2,4})$/u
/** What INTERVIEW_BY needs, found fast. */
const INTERVIEWED = /记者(?:专访|專訪|采访|採訪)/
/** 时间：/日期： alone is a byline only near the top; lower down it may be an event's time. */
const GENERIC_TIME = /^(?:[时時][间間]|日期)$/
/** An event's fields beside a 时间： line: it is the event's time, not the publication's. */
const EVENT_FIELD =
  /^[ \t\u3000]*(?:[地场場][点點址]|主[题題]|[对對]象|形式|参加人[员員]|參加人[員員]|主持人?|[报報]名方式)\s*[:：]/mu
/** Bare dates and generic time fields count only in the first lines. */
const TOP_LINES = 10

/**
 * A closing credit naming the paper a text was excerpted or reposted from: "王正贤摘自《陕西老年报》"
 * (i-11), "转载自《保密工作》" (s-09).
 */
const EXCERPT_CREDIT =
  /^(?:[\p{Script=Han}·]{2,4}\s*)?(?:摘自|摘编自|摘編自|选自|選自|摘录自|摘錄自|转载自|轉載自)\s*(《[^》\n]{1,20}》|[\p{Script=Han}]{2,12}?(?:[报報]|杂志|雜誌|刊|网|網))\s*$/u

interface Found {
  excerptedFrom: string | null
  fields: Field[]
  lineDates: string[]
  bare: BareDate | null
  dateline: Dateline | null
  flashOutlet: string | null
  credited: string[]
}

/** Facts stated in the text about who published, wrote, edited and was interviewed; absent facts are null. */
// A signature's date alone on the text's last line, 2022年3月14日 (or 2022-03-14), under the
// issuers' line: a notice or a letter is dated where it is signed (q-07), not on top.
const SIGNATURE_DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}-\d{1,2}-\d{1,2}$/
const ISSUER_LINE = /^[^。！？!?；;，,：:]{2,40}$/

/** The signature's date, when the text closes on its issuers' line and a date alone below it. */
function signatureDate(lines: string[]): string | null {
  const filled = lines.map((line) => line.trim()).filter((line) => line.length > 0)
  const last = filled.at(-1)
  const above = filled.at(-2)
  if (!last || !above || !SIGNATURE_DATE.test(last) || !ISSUER_LINE.test(above)) return null
  return last.replace(/\s+/g, '')
}

export function extractAttribution(
  text: string,
  parties: InterviewParties = {},
): AttributionResult {
  // The pipeline asks twice about the same text (for the body, then with the interview parties).
  if (lastRead?.text !== text) lastRead = { text, ...readAttribution(text) }
  const { attribution, body, interview } = lastRead
  return {
    attribution: {
      ...attribution,
      interviewer: interview?.[1]?.trim() || parties.interviewerLabel || null,
      interviewee: parties.intervieweeLabel ?? interview?.[3] ?? null,
    },
    body,
  }
}

interface AttributionRead {
  attribution: Attribution
  body: string
  interview: RegExpExecArray | null
}

let lastRead: (AttributionRead & { text: string }) | null = null

function readAttribution(text: string): AttributionRead {
  const lines = text.split('\n')
  const bodyLines: Array<string | null> = [...lines]
  const found: Found = {
    excerptedFrom: null,
    fields: [],
    lineDates: [],
    bare: null,
    dateline: null,
    flashOutlet: null,
    credited: [],
  }
  let nonEmpty = 0
  lines.forEach((line, index) => {
    const trimmed = line.trim()
    if (!trimmed) return
    nonEmpty++
    const top =
      nonEmpty <= TOP_LINES
        ? () => !EVENT_FIELD.test(lines.slice(Math.max(0, index - 2), index + 3).join('\n'))
        : () => false
    const replacement = readLine(trimmed, index, top, found)
    if (replacement !== undefined) bodyLines[index] = replacement
  })

  const { fields, bare, dateline } = found
  const first = (kind: FieldKind, accept: (field: Field) => boolean = () => true) =>
    fields.find((field) => field.kind === kind && accept(field) && nonPlaceholder(field.value))
      ?.value ?? null
  const firstDate = (kind: FieldKind) =>
    fields.find((field) => field.kind === kind && field.value)?.value ?? null

  const labelledDate = firstDate('publish-time') ?? found.lineDates[0] ?? null
  const statedDate =
    labelledDate ?? firstDate('update-time') ?? bare?.date ?? dateline?.date ?? null
  // Failing any whole date, one a layout broke over short lines at the top (2021 / 04/27 / 16:39).
  const split = statedDate ? null : findSplitDate(lines, TOP_LINES)
  for (const index of split?.lines ?? []) bodyLines[index] = null
  const publishedAt = statedDate ?? split?.date ?? signatureDate(lines)
  // WeChat's meta line (account, date, 发表于…) is metadata whichever date the page's own byline
  // gives (时间：… above a reposted article, l-07); another bare date goes when it is the date.
  if (
    bare &&
    !bare.glued &&
    (bare.account !== null ||
      (publishedAt === bare.date && !labelledDate && !firstDate('update-time')))
  )
    bodyLines[bare.line] = null

  const stated = first('source')
  // 来源：芜湖经开区人民检察院 常福星 — the unit and its writer.
  const sourceAndWriter = stated ? SOURCE_AND_WRITER.exec(stated) : null
  const source = sourceAndWriter?.[1] ?? stated
  const wechat =
    WECHAT_MENTIONS.map((pattern) => pattern.exec(text)?.[1]?.trim()).find(Boolean) ??
    bare?.account ??
    null
  const wechatSource = source ? WECHAT_SOURCE.exec(source) : null
  const account = wechat ?? wechatSource?.[1] ?? wechatSource?.[2] ?? null
  // "作者:办公室转发  信息来源:保密观" (b-27): a desk forwarding the text names where it came from.
  const forwardedFromSource = fields.some(
    (field) => field.kind === 'author' && FORWARDED.test(field.value),
  )
  const originalOutlet =
    account ??
    dateline?.reportedFrom ??
    (forwardedFromSource ? source : null) ??
    found.excerptedFrom ??
    null
  const agency = dateline?.agency ?? null
  const reporters = [...new Set([...(dateline?.authors ?? []), ...found.credited])]
  const interview = INTERVIEWED.test(text) ? INTERVIEW_BY.exec(text) : null

  const attribution: Attribution = {
    outlet: source ?? found.flashOutlet ?? bare?.outlet ?? null,
    outletType: account ? 'wechat-account' : agency ? 'news-agency' : null,
    originalOutlet,
    agency,
    dateline: dateline?.place ?? null,
    publishedAt,
    author:
      writerOf(first('author', (field) => !FORWARDED.test(field.value))) ??
      (reporters.length > 0 ? reporters.join('、') : null) ??
      sourceAndWriter?.[2] ??
      bare?.author ??
      null,
    // 责任编辑 is the editor; 编辑 / 编审 when no 责任编辑 is named. 审核, 校对, 发布者 are not editors.
    editor: first('editor', (field) => /^[责責]任/.test(field.label)) ?? first('editor'),
    interviewer: null,
    interviewee: null,
  }
  const body = bodyLines.filter((line): line is string => line !== null).join('\n')
  return { attribution, body, interview }
}

/**
 * Reads one line's byline facts into `found`; returns what the body keeps of the line
 * (null: nothing, a metadata-only line) or undefined to keep it as it is.
 */
function readLine(
  line: string,
  index: number,
  /** The line is near the top, and not beside an event's 地点：/主题： fields. */
  top: () => boolean,
  found: Found,
): string | null | undefined {
  const parsed = parseFieldLine(line)
  if (parsed) {
    // 时间：/日期： alone is a byline only near the top (and not beside 地点：).
    const onlyGenericTime = parsed.fields.every(
      (field) => field.kind === 'other' || GENERIC_TIME.test(field.label),
    )
    if (!onlyGenericTime || top()) {
      found.fields.push(...parsed.fields)
      found.lineDates.push(...parsed.dates)
      if (parsed.contentStart === null) return null
      // "最后更新: 2024-10-09 07:33:45微信公眾號…": the fields are a prefix glued to the text.
      // Other fields before text stay with it: "作者】李洪江:澳門城市大學…" is the author's note.
      const timeOnly = parsed.fields.every((field) => field.kind.endsWith('time'))
      if (timeOnly && parsed.contentStart >= parsed.fieldsEnd)
        return line.slice(parsed.contentStart)
      return undefined
    }
  }
  if (!found.bare && HAS_DATE_DIGITS.test(line) && top()) {
    const date = bareDate(line, index)
    if (date) {
      found.bare = date
      return undefined
    }
    const glued = gluedDate(line, index)
    if (glued) {
      found.bare = glued
      return line.slice(line.indexOf(glued.date) + glued.date.length).trim()
    }
  }
  if (!found.dateline) {
    const dateline = readDateline(line)
    if (dateline) {
      found.dateline = dateline
      return dateline.whole ? null : undefined
    }
  }
  const bracketed = NEWS_FLASH.exec(line) ? null : BRACKETED_FLASH.exec(line)
  const flash = bracketed ? null : NEWS_FLASH.exec(line)
  const flashNames = reporterNames((flash ? flash[3] : bracketed?.[2]) ?? '')
  if ((flash || bracketed) && flashNames.length > 0) {
    if (found.credited.length === 0) {
      found.flashOutlet = nonPlaceholder(flash ? flash[2] : bracketed?.[1])
      found.credited.push(...flashNames)
    }
    const length = (flash ?? bracketed)?.[0].length ?? 0
    return line.slice(length).trim() === '' ? null : undefined
  }
  const outletCredit = top() && !found.flashOutlet ? OUTLET_CREDIT.exec(line) : null
  if (
    outletCredit?.[1] &&
    OUTLET_SUFFIX.test(outletCredit[1]) &&
    !PLACEHOLDER.test(outletCredit[1]) &&
    new RegExp(ROLES.source, 'u').test(outletCredit[2] ?? '')
  ) {
    found.flashOutlet = outletCredit[1]
    if (found.credited.length === 0) found.credited.push(...reporterNames(outletCredit[2] ?? ''))
    return line.slice(outletCredit[0].length).trim() === '' ? null : undefined
  }
  const tag = line.length <= 20 && !found.flashOutlet ? BRACKETED_OUTLET.exec(line) : null
  if (tag?.[1] && OUTLET_SUFFIX.test(tag[1]) && !PLACEHOLDER.test(tag[1]) && top()) {
    found.flashOutlet = tag[1]
    return null
  }
  const excerpt = line.length <= 40 ? EXCERPT_CREDIT.exec(line) : null
  if (excerpt) {
    found.excerptedFrom ??= excerpt[1]?.replace(/^《|》$/g, '') ?? null
    return null
  }
  const credit = line.length <= 40 ? CREDIT_LINE.exec(line) : null
  if (!credit) return undefined
  const organisation = credit[1] ?? ''
  const names = credit[3]?.trim() ?? ''
  const byOrganisation = organisation === '' || CREDIT_ORGANISATION.test(organisation)
  if (!byOrganisation || (!organisation && !names && !/^[（(【]/.test(line))) return undefined
  if (found.credited.length === 0)
    found.credited.push(...reporterNames(`${credit[2] ?? ''} ${names}`))
  return null
}
