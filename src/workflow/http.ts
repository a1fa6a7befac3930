import {
  addDataAndFileToRequest,
  APIError,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'
import { WorkflowError } from './errors.js'

/** A route parameter (`:id`, `:action`, and `collection`, which Payload adds for collection endpoints). */
export const routeParam = (req: PayloadRequest, name: string): string =>
  String(req.routeParams?.[name])

/** A string from a request body or query, undefined for anything else. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined

/** A user id as a body gives it: a string, or a number as JSON numbers it. */
export const userIdIn = (value: unknown): string | number | undefined =>
  text(value) ?? (typeof value === 'number' ? value : undefined)

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

/** A custom endpoint's handler: what `answer` gives is sent as JSON, what it throws as errorResponse says. */
export function jsonHandler(answer: (req: PayloadRequest) => Promise<unknown>): PayloadHandler {
  return async (req) => {
    try {
      return Response.json(await answer(req))
    } catch (error) {
      return errorResponse(error)
    }
  }
}
