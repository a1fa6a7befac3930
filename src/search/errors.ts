export type SearchQueryErrorCode =
  'empty_query' | 'query_too_long' | 'no_searchable_text' | 'invalid_cursor'

/** A query the user must change; GET /v1/search answers it as a 400 naming the parameter, with this code. */
export class SearchQueryError extends Error {
  readonly code: SearchQueryErrorCode

  constructor(code: SearchQueryErrorCode, message: string) {
    super(message)
    this.name = 'SearchQueryError'
    this.code = code
  }
}
