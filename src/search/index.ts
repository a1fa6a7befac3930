export { SearchIndex, createSearchIndex, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './search-index.js'
export { parseQuery, MAX_QUERY_LENGTH, type ParsedQuery } from './query.js'
export { SearchQueryError, type SearchQueryErrorCode } from './errors.js'
export { splitIntoPassages } from './passages.js'
export type {
  GlossaryEntry,
  SearchDocument,
  SearchDocumentType,
  SearchOptions,
  SearchResponse,
  SearchResult,
  SearchScript,
} from './types.js'
