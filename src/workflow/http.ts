import { addDataAndFileToRequest, APIError, type PayloadRequest } from 'payload'
import { WorkflowError } from './errors.js'

/** The JSON body of a custom endpoint request ({} when there is none). */
export async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  if (req.method?.toLowerCase() === 'get') return {}
  await addDataAndFileToRequest(req)
  return req.data && typeof req.data === 'object' ? req.data : {}
}

/** Answers errors the way Payload's REST does (`errors: [{ message, data }]`), plus `code` and `failures` at the top. */
export function errorResponse(error: unknown): Response {
  if (error instanceof WorkflowError) {
    return Response.json(
      {
        message: error.message,
        code: error.code,
        failures: error.failures,
        // A review package's refusal names each item that stopped it (src/workflow/package/errors.ts).
        ...('items' in error ? { items: error.items } : {}),
        errors: [{ message: error.message, data: error.data }],
      },
      { status: error.status },
    )
  }
  if (error instanceof APIError)
    return Response.json(
      { message: error.message, errors: [{ message: error.message, data: error.data }] },
      { status: error.status },
    )
  throw error
}
