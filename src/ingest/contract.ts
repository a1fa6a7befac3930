import type { Attribution } from './attribution.js'
import type { DocumentKind, ImportAnalysis } from './pipeline.js'
import type { Script } from '../text/script.js'
import type { QualityFlag } from './types.js'

/** A quiz item (题库): the stem, its lettered options, the stated answer and explanation (解析). */
export interface QuizItem {
  stem: string
  options: { label: string; text: string }[]
  /** The stated answer as written: a letter or letters (B, ABD), 对/错, or the answer text. */
  answer: string
  explanation: string | null
}

/** The public `--json` contract, one object per input file (documented in README "Importer"). */
export interface ImportContract {
  file: string | null
  title: string | null
  kind: DocumentKind
  script: Script
  sections: { heading: string; level: number }[]
  qa: { question: string; answer: string }[]
  terms: { term: string; definition: string }[]
  /** Quiz items; each is also a Q&A entry whose answer is the stated answer (and explanation). */
  quiz: QuizItem[]
  attribution: Attribution
  laws: string[]
  flags: QualityFlag[]
  incomplete: boolean
  text: string
}

/** The contract's fields of an analysis (and no others: the analysis holds much more). */
export function toContract(analysis: ImportAnalysis): ImportContract {
  return {
    file: analysis.file,
    title: analysis.title,
    kind: analysis.kind,
    script: analysis.script,
    sections: analysis.sections,
    qa: analysis.qa,
    terms: analysis.terms,
    quiz: analysis.quiz,
    attribution: analysis.attribution,
    laws: analysis.laws,
    flags: analysis.flags,
    incomplete: analysis.incomplete,
    text: analysis.text,
  }
}
