import { BOILERPLATE_RULES, type BoilerplateRule } from './boilerplate-rules.js'
import type { QualityFlag } from './types.js'

export interface BoilerplateResult {
  text: string
  /** Names of the rules that removed something. */
  fired: string[]
  incomplete: boolean
  flags: QualityFlag[]
}

// Labels are short and repeat by nature; they are never watermarks.
const NEVER_WATERMARK = /^(?:[问問答QA]|记者|記者|主持人)\s*[:：]?$/i

function normalizeLine(line: string): string {
  return line.replace(/[\s\u3000]+/g, ' ').trim()
}

function applyLineRule(lines: string[], rule: BoilerplateRule): string[] | null {
  const pattern = rule.pattern
  if (!pattern) return null
  switch (rule.kind) {
    case 'line': {
      const kept = lines.filter((line) => !pattern.test(normalizeLine(line)))
      return kept.length === lines.length ? null : kept
    }
    case 'tail':
    case 'after': {
      const index = lines.findIndex((line) => pattern.test(normalizeLine(line)))
      if (index === -1) return null
      const end = rule.kind === 'tail' ? index : index + 1
      return lines.slice(end).some((line) => line.trim()) || rule.kind === 'tail'
        ? lines.slice(0, end)
        : null
    }
    case 'prefix': {
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
  return lines.filter((line) => !repeated.has(normalizeLine(line)))
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
  for (const rule of rules) {
    if (rule.marksIncomplete && rule.pattern) {
      const notice = lines.map(normalizeLine).find((line) => rule.pattern?.test(line))
      if (notice) {
        incomplete = true
        flags.push({
          type: 'truncated-document',
          position: 0,
          message: `The page is a preview ("${notice}"): the document continues beyond the captured text.`,
        })
      }
    }
    const result =
      rule.kind === 'repeated-line' ? removeRepeatedLines(lines, rule) : applyLineRule(lines, rule)
    if (result) {
      lines = result
      fired.push(rule.name)
    }
  }
  const cleaned = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { text: cleaned, fired, incomplete, flags }
}
