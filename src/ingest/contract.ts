import type { Attribution } from './attribution.js'
import type { DocumentKind, ImportAnalysis } from './pipeline.js'
import type { Script } from '../text/script.js'
import type { QualityFlag } from './types.js'

/** The public `--json` contract, one object per input file (documented in README "Importer"). */
export interface ImportContract {
  file: string | null
  title: string | null
  kind: DocumentKind
  script: Script
  sections: { heading: string; level: number }[]
  qa: { question: string; answer: string }[]
  terms: { term: string; definition: string }[]
  attribution: Attribution
  laws: string[]
  flags: QualityFlag[]
  incomplete: boolean
  text: string
}

export function toContract(analysis: ImportAnalysis): ImportContract {
  const {
    file,
    title,
    kind,
    script,
    sections,
    qa,
    terms,
    attribution,
    laws,
    flags,
    incomplete,
    text,
  } = analysis
  return {
    file,
    title,
    kind,
    script,
    sections,
    qa,
    terms,
    attribution,
    laws,
    flags,
    incomplete,
    text,
  }
}
