export type QualityFlagType =
  | 'corrupted-text'
  | 'truncated-document'
  | 'repaired-text'
  | 'mixed-script'
  | 'missing-source'
  | 'needs-check'

/** Something an editor must look at; `position` is a character offset in the text the stage returned. */
export interface QualityFlag {
  type: QualityFlagType
  position: number
  message: string
}

export type Script = 'zh-Hans' | 'zh-Hant' | 'mixed'
