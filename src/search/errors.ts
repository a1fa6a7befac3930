export type SearchQueryErrorCode =
  'empty_query' | 'query_too_long' | 'no_searchable_text' | 'invalid_cursor'

/** A query the user must change; the HTTP route maps it to 400 with `code` and `message`. */
export class SearchQueryError extends Error {
  readonly code: SearchQueryErrorCode

  constructor(code: SearchQueryErrorCode, message: string) {
    super(message)
    this.name = 'SearchQueryError'
    this.code = code
  }
}
