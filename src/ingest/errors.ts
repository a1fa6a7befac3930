import { CodedError } from '../runtime/errors.js'

export type ImportInputErrorCode = 'empty' | 'binary' | 'too-large' | 'undecodable'

/** The input cannot be imported at all; `message` tells the user what is wrong in plain English. */
export class ImportInputError extends CodedError<ImportInputErrorCode> {
  override name = 'ImportInputError'
}

/** A pipeline stage threw: names the stage so the Import record can say where it failed. */
export class ImportStageError extends Error {
  readonly stage: string

  constructor(stage: string, cause: unknown) {
    super(`${stage}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'ImportStageError'
    this.stage = stage
  }
}

/** The analysis ran past its time budget (IMPORT_ANALYSIS_TIMEOUT_MS) in `stage`: it was stopped. */
export class ImportTimeoutError extends ImportStageError {
  readonly budgetMs: number

  constructor(stage: string, budgetMs: number) {
    super(stage, new Error(`timed out after ${budgetMs} ms`))
    this.name = 'ImportTimeoutError'
    this.budgetMs = budgetMs
    this.message = `analyze:${stage} timed out after ${budgetMs} ms (IMPORT_ANALYSIS_TIMEOUT_MS): the document was not imported.`
  }
}
