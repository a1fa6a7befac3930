import { APIError } from 'payload'

export interface GateFailure {
  check: string
  message: string
  field?: string
}

/** A refused transition: the HTTP status says why (401, 403, 404, 409, 400) and a failed gate lists every check. */
export class WorkflowError extends APIError<{ failures?: GateFailure[]; code: string }> {
  readonly code: string
  readonly failures?: GateFailure[]

  constructor(status: number, code: string, message: string, failures?: GateFailure[]) {
    super(message, status, failures ? { code, failures } : { code }, true)
    this.name = 'WorkflowError'
    this.code = code
    this.failures = failures
  }
}
