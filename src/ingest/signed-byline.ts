import { isPlaceName } from './lexicon.js'

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
  /** The headline chrome chose, or null when that line was the writer's name (nameLine). */
  title: string | null
}

// A writer's name standing alone on a line: two or three Han characters (a middle dot for a
// transliterated name), as a journal or a column sets it under the headline or above its abstract.
const NAME_LINE = /^[\p{Script=Han}]{2,3}$|^[\p{Script=Han}]{1,4}·[\p{Script=Han}]{1,4}$/u
// Short part labels that stand alone as a name would: they are sections, not writers.
const PART_LABEL =
  /^(?:引言|前言|序言|摘要|概述|导语|導語|背景|案例|结语|結語|正文|附件|说明|說明|目录|目錄|注释|註釋|注意|小结|小結|简介|簡介|问题|問題|释义|釋義|答案|解析)$/
// A paper's abstract or keywords label opening the line below: 【摘要】, 摘要：, [关键词].
const ABSTRACT_LABEL = /^[【[]?\s*(?:摘\s*要|关键词|關鍵詞|内容提要|內容提要)\s*[】\]:：]/

/**
 * A name line at the top: right under the headline above a paragraph, or the page's first line
 * above a paper's abstract label (李遠 / 【摘要】…, q-09, the headline lost in the capture). It is
 * the byline, not a headline nor a paragraph.
 */
function nameLine(
  text: string,
  title: string | null,
): { author: string; index: number; wasTitle: boolean } | null {
  const lines = text.split('\n')
  const filled = lines
    .map((line, index) => ({ line: line.trim(), index }))
    .filter((entry) => entry.line.length > 0)
    .slice(0, TOP_LINES)
  for (let k = 0; k < filled.length; k++) {
    const entry = filled[k]
    const next = filled[k + 1]?.line
    if (!entry || next === undefined || !NAME_LINE.test(entry.line) || PART_LABEL.test(entry.line))
      continue
    // A place alone on a line (北京, a dateline's) names where, not who: jieba tags it ns.
    if (isPlaceName(entry.line)) continue
    const above = filled[k - 1]?.line
    const wasTitle = title !== null && entry.line === title.trim()
    const underHeadline =
      !wasTitle && title !== null && above === title.trim() && SENTENCE.test(next)
    const overAbstract = (k === 0 || wasTitle) && ABSTRACT_LABEL.test(next)
    if (underHeadline || overAbstract) return { author: entry.line, index: entry.index, wasTitle }
  }
  return null
}

export function signedByline(text: string, title: string | null): SignedByline {
  const name = title ? SIGNATURE.exec(title.replace(/\s+$/, ''))?.[1] : undefined
  if (!title || !name) {
    const alone = nameLine(text, title)
    if (!alone) return { author: null, text, title }
    const lines = text.split('\n')
    return {
      author: alone.author,
      text: [...lines.slice(0, alone.index), ...lines.slice(alone.index + 1)].join('\n'),
      title: alone.wasTitle ? null : title,
    }
  }
  const lines = text.split('\n')
  let seen = 0
  for (let i = 0; i < lines.length && seen < TOP_LINES; i++) {
    const line = (lines[i] ?? '').trim()
    if (!line) continue
    seen++
    if (line === title.trim()) continue
    if (line.length <= MAX_BYLINE_CHARS && line.endsWith(name) && !SENTENCE.test(line)) {
      return {
        author: name,
        text: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'),
        title,
      }
    }
  }
  return { author: null, text, title }
}
