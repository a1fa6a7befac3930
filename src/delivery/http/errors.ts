/** An error with an HTTP status and, for bad input, the query parameter it concerns. */
export class DeliveryError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: {
      parameter?: string
      value?: unknown
      allowed?: readonly string[]
      /** Which check failed, for clients: `invalid_<parameter>` unless more specific. */
      code?: string
    } = {},
  ) {
    super(message)
    this.name = 'DeliveryError'
  }

  toJSON(): { errors: Array<Record<string, unknown>> } {
    return { errors: [{ message: this.message, ...this.details }] }
  }
}

export const badParameter = (
  parameter: string,
  value: unknown,
  problem: string,
  allowed?: readonly string[],
  code = `invalid_${parameter}`,
) =>
  new DeliveryError(
    400,
    `Invalid value ${JSON.stringify(value)} for query parameter "${parameter}": ${problem}`,
    { parameter, value, code, ...(allowed ? { allowed } : {}) },
  )

/** Unknown slugs: `not_found`, so that clients can tell them from the other errors by code like a 400. */
export const notFound = (what: string, slug: string) =>
  new DeliveryError(404, `No published ${what} with slug "${slug}"`, {
    value: slug,
    code: 'not_found',
  })
