/** An error with a machine-readable `code` beside its message, for callers to branch on. */
export class CodedError<Code extends string> extends Error {
  readonly code: Code

  constructor(code: Code, message: string) {
    super(message)
    this.code = code
  }
}
