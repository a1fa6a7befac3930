import { CodedError } from '../runtime/errors.js'

export type SearchQueryErrorCode =
  'empty_query' | 'query_too_long' | 'no_searchable_text' | 'invalid_cursor'

/** A query the user must change; GET /v1/search answers it as a 400 naming the parameter, with this code. */
export class SearchQueryError extends CodedError<SearchQueryErrorCode> {
  override name = 'SearchQueryError'
}
