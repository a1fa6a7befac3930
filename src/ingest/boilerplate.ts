import { BOILERPLATE_RULES, type BoilerplateRule } from './boilerplate-rules.js'
import { flagMessage } from './flag-messages.js'
import type { QualityFlag } from './types.js'

export interface BoilerplateResult {
  text: string
  /** Names of the rules that removed something. */
  fired: string[]
  incomplete: boolean
  flags: QualityFlag[]
}

// Labels are short and repeat by nature; they are never watermarks.
// Nor are a quiz's answer and option lines (答案：A, A.对 B.错), which repeat by nature too.
const NEVER_WATERMARK =
  /^(?:[问問答QA]|记者|記者|主持人)\s*[:：]?$|^[【[]?(?:正确|正確|参考|參考)?答案[】\]]?\s*[:：]?\s*[A-DＡ-Ｄ对對错錯√×✓✗]{1,4}[。.]?$|^[A-DＡ-Ｄ]\s*[.．、)）]/i

function normalizeLine(line: string): string {
  return line.replace(/[\s\u3000]+/g, ' ').trim()
}

const PROSE = /[。！？!?；;]/
// A site header's slogan or logo text: short, no sentence, no date (a headline above the breadcrumb
// is longer, and a date line there is the byline's).
const BANNER_MAX_CHARS = 12
const DATE_DIGITS = /\d{1,4}\s*[-/.年月]\s*\d{1,2}/

function isBannerLine(line: string): boolean {
  const text = normalizeLine(line)
  return (
    text.length > 0 &&
    text.length <= BANNER_MAX_CHARS &&
    !PROSE.test(text) &&
    !/[，,：:]/.test(text) &&
    !DATE_DIGITS.test(text)
  )
}

/** Characters of prose (long punctuated lines) in the lines: what a tail cut must not take much of. */
function proseChars(lines: string[]): number {
  return lines
    .map(normalizeLine)
    .filter((line) => line.length >= 30 && PROSE.test(line))
    .reduce((sum, line) => sum + line.length, 0)
}

// A tail rule cuts only when what follows the marker is mostly not prose: "阅读下一篇" near the top
// of a page (a column label, the marker, then the headline) would otherwise take the whole article.
const TAIL_MAX_SHARE = 0.35
const LARGE_CUT_SHARE = 0.2

function applyLineRule(lines: string[], rule: BoilerplateRule): string[] | null {
  const pattern = rule.pattern
  if (!pattern) return null
  switch (rule.kind) {
    case 'line': {
      const first = rule.siteHeaderAbove
        ? lines.findIndex((line) => pattern.test(normalizeLine(line)))
        : -1
      const header = first > 0 && proseChars(lines.slice(0, first)) === 0 ? first : 0
      const kept = lines.filter(
        (line, index) =>
          !pattern.test(normalizeLine(line)) && !(index < header && isBannerLine(line)),
      )
      return kept.length === lines.length ? null : kept
    }
    case 'tail':
    case 'after': {
      const index = lines.findIndex((line) => pattern.test(normalizeLine(line)))
      if (index === -1) return null
      const end = rule.kind === 'tail' ? index : index + 1
      const after = proseChars(lines.slice(end))
      if (after > TAIL_MAX_SHARE * proseChars(lines.slice(0, end))) {
        // Not a tail: only the marker itself goes (a `tail` marker line is chrome; an `after` line is kept).
        return rule.kind === 'tail' ? [...lines.slice(0, index), ...lines.slice(index + 1)] : null
      }
      return lines.slice(end).some((line) => line.trim()) || rule.kind === 'tail'
        ? lines.slice(0, end)
        : null
    }
    case 'prefix':
    case 'inline': {
      let changed = false
      const kept = lines.map((line) => {
        const replaced = line.replace(pattern, '')
        if (replaced !== line) changed = true
        return replaced
      })
      return changed ? kept : null
    }
    default:
      return null
  }
}

function removeRepeatedLines(lines: string[], rule: BoilerplateRule): string[] | null {
  const counts = new Map<string, number>()
  for (const line of lines) {
    const key = normalizeLine(line)
    if (!key || key.length > (rule.maxLength ?? 40) || NEVER_WATERMARK.test(key)) continue
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const repeated = new Set(
    [...counts].filter(([, count]) => count >= (rule.minRepeats ?? 3)).map(([key]) => key),
  )
  if (repeated.size === 0) return null
  // Above the first paragraph a repeated line is the byline or the publisher's name (the same
  // organisation then repeats as a watermark): that first occurrence stays for the byline stage.
  const firstProse = lines.findIndex((line) => proseChars([line]) > 0)
  const keptOnce = new Set<string>()
  return lines.filter((line, index) => {
    const key = normalizeLine(line)
    if (!repeated.has(key)) return true
    if (index < firstProse && !keptOnce.has(key)) {
      keptOnce.add(key)
      return true
    }
    return false
  })
}

/** Remove site boilerplate by the rules in boilerplate-rules.ts; report which fired and whether the page is a preview. */
export function stripBoilerplate(
  text: string,
  rules: readonly BoilerplateRule[] = BOILERPLATE_RULES,
): BoilerplateResult {
  let lines = text.split('\n')
  const fired: string[] = []
  let incomplete = false
  const flags: QualityFlag[] = []
  const totalProse = proseChars(lines)
  let cutProse = 0
  for (const rule of rules) {
    if (rule.marksIncomplete && rule.pattern) {
      const notice = lines.map(normalizeLine).find((line) => rule.pattern?.test(line))
      if (notice) {
        incomplete = true
        flags.push({
          type: 'truncated-document',
          position: 0,
          message: flagMessage('preview-notice', { notice }),
        })
      }
    }
    const result =
      rule.kind === 'repeated-line' ? removeRepeatedLines(lines, rule) : applyLineRule(lines, rule)
    if (result) {
      if (rule.kind === 'tail' || rule.kind === 'after')
        cutProse += proseChars(lines) - proseChars(result)
      lines = result
      fired.push(rule.name)
    }
  }
  // A tail cut takes what follows a marker; when that was a large share of the paragraphs, an
  // editor checks that it was another article's teaser and not this one's end.
  if (totalProse > 0 && cutProse / totalProse > LARGE_CUT_SHARE)
    flags.push({
      type: 'needs-check',
      position: 0,
      message: flagMessage('cut-after-marker', {
        percent: String(Math.round((100 * cutProse) / totalProse)),
      }),
    })
  const cleaned = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { text: cleaned, fired, incomplete, flags }
}
