/**
 * The HTTP status of a GraphQL answer. graphql-http answers 200 whatever went wrong in the
 * resolvers, so a client (or a proxy's retry logic) could not tell a refused query, a throttled
 * sign-in or a locked database from success. Errors that carry one of these statuses set it on
 * the response (an afterError hook), and the HTTP edge answers with it.
 */
import type { Config } from 'payload'

export const GRAPHQL_STATUS_HEADER = 'x-graphql-status'

/** Statuses worth the whole answer: the query was refused, throttled, or the database was locked. */
const ANSWERED_STATUSES = new Set([400, 413, 429, 503])

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

export const graphqlErrorStatus: AfterErrorHook = ({ graphqlResult, req }) => {
  const status = graphqlResult?.extensions?.statusCode
  if (typeof status !== 'number' || !ANSWERED_STATUSES.has(status)) return
  const headers = req.responseHeaders ?? new Headers()
  // The first such error decides: later ones are usually its consequences.
  if (!headers.has(GRAPHQL_STATUS_HEADER)) headers.set(GRAPHQL_STATUS_HEADER, String(status))
  req.responseHeaders = headers
}
