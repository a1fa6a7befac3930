export type ImportInputErrorCode = 'empty' | 'binary' | 'too-large' | 'undecodable'

/** The input cannot be imported at all; `message` tells the user what is wrong in plain English. */
export class ImportInputError extends Error {
  readonly code: ImportInputErrorCode

  constructor(code: ImportInputErrorCode, message: string) {
    super(message)
    this.name = 'ImportInputError'
    this.code = code
  }
}
