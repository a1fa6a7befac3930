import type { Payload } from 'payload'
import { SearchService, type SearchServiceOptions } from './service.js'

/** The service that serves requests and receives this instance's hooks, one per Payload instance. */
const services = new WeakMap<Payload, SearchService>()

/** Start (once) the search service of this Payload instance; building runs in the background. */
export function startSearchService(
  payload: Payload,
  options: Omit<SearchServiceOptions, 'payload'> = {},
): SearchService {
  let service = services.get(payload)
  if (!service) {
    service = new SearchService({ ...options, payload }).start()
    services.set(payload, service)
  }
  return service
}

/** The running service, if this process serves search (CLI scripts do not start one). */
export function searchServiceOf(payload: Payload): SearchService | undefined {
  return services.get(payload)
}
