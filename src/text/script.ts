import { toSimplified, toTraditional } from './normalize.js'

export type Script = 'zh-Hans' | 'zh-Hant' | 'mixed'

// Share of script-specific characters the dominant script must have to name the text.
const DOMINANCE = 0.85

/** Count characters that only exist in one script (they change under t→cn or cn→t) and name the dominant script. */
export function detectScript(text: string): Script {
  const chars = [...text]
  const simplified = [...toSimplified(text)]
  const traditional = [...toTraditional(text)]
  let traditionalOnly = 0
  let simplifiedOnly = 0
  if (simplified.length === chars.length && traditional.length === chars.length) {
    chars.forEach((char, i) => {
      if (simplified[i] !== char) traditionalOnly++
      else if (traditional[i] !== char) simplifiedOnly++
    })
  } else {
    for (const char of chars) {
      if (toSimplified(char) !== char) traditionalOnly++
      else if (toTraditional(char) !== char) simplifiedOnly++
    }
  }
  const total = traditionalOnly + simplifiedOnly
  if (total === 0) return 'zh-Hans'
  if (traditionalOnly / total >= DOMINANCE) return 'zh-Hant'
  if (simplifiedOnly / total >= DOMINANCE) return 'zh-Hans'
  return 'mixed'
}
