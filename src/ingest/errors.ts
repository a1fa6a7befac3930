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
