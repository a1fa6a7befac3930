/**
 * A time budget per GraphQL request (GRAPHQL_TIME_BUDGET_MS, default 10 s), on top of the cost
 * limits (src/graphql/limits.ts), for a query that is cheap by count but slow in fact (a filter
 * no index serves, a database under load). graphql-js 16 cannot cancel a resolver, so the budget
 * is kept where every resolver meets Payload: the budget starts when the query is validated, and
 * each Payload operation a resolver starts after it ran out is refused at once (400, naming the
 * setting), so an over-budget query ends after the operations already running, not after all of
 * them. The 240-alias query of issue 17 would have stopped there even without the cost limits.
 */
import type { ExecutionArgs } from 'graphql'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeReadHook,
  type PayloadRequest,
} from 'payload'
import { message } from '../i18n/message.js'
import { integerSetting } from '../runtime/env.js'

export const DEFAULT_GRAPHQL_TIME_BUDGET_MS = 10_000
export const TIME_BUDGET_SETTING = 'GRAPHQL_TIME_BUDGET_MS'

/** The budget in ms; a clear ConfigurationError for a value that is not a whole number ≥ 1. */
export function graphqlTimeBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  return integerSetting(
    TIME_BUDGET_SETTING,
    env[TIME_BUDGET_SETTING],
    DEFAULT_GRAPHQL_TIME_BUDGET_MS,
  )
}

/**
 * The budget read at start-up (a bad value stops the start with its message), and again per
 * request so that a change applies without a restart; a bad value set later keeps the last good one.
 */
export function timeBudgetSetting(env: NodeJS.ProcessEnv = process.env): () => number {
  let lastGood = graphqlTimeBudgetMs(env)
  return () => {
    try {
      lastGood = graphqlTimeBudgetMs(env)
    } catch {
      // keep lastGood: the value was checked at start-up, a later typo must not lift the budget
    }
    return lastGood
  }
}

/** Where the deadline is kept: the request's context, which Payload hands on to every operation. */
const DEADLINE_KEY = 'graphqlDeadline'
const BUDGET_KEY = 'graphqlTimeBudgetMs'

/** Starts the budget of the request a GraphQL validation is for (Payload's context `{ req }`). */
export function startTimeBudget(args: ExecutionArgs, budgetMs: number): void {
  const context: unknown = args.contextValue
  if (typeof context !== 'object' || context === null || !('req' in context)) return
  const req = context.req
  if (typeof req !== 'object' || req === null || !('context' in req)) return
  const requestContext = req.context
  if (typeof requestContext !== 'object' || requestContext === null) return
  Reflect.set(requestContext, DEADLINE_KEY, Date.now() + budgetMs)
  Reflect.set(requestContext, BUDGET_KEY, budgetMs)
}

export class OverTimeBudget extends APIError<{ limit: string }> {
  constructor(req: PayloadRequest, budgetMs: unknown) {
    super(
      message(
        req,
        `Query exceeded its time budget of ${String(budgetMs)} ms (${TIME_BUDGET_SETTING}): the rest of it was not run.`,
        `查询超出时间预算 ${String(budgetMs)} 毫秒（${TIME_BUDGET_SETTING}），其余部分未执行。`,
      ),
      400,
      { limit: TIME_BUDGET_SETTING },
      true,
    )
  }
}

function checkBudget(req: PayloadRequest): void {
  const deadline: unknown = req.context?.[DEADLINE_KEY]
  if (typeof deadline === 'number' && Date.now() > deadline)
    throw new OverTimeBudget(req, req.context[BUDGET_KEY])
}

/**
 * On every collection: an operation a GraphQL resolver starts after the budget ran out is refused.
 * graphql-js starts all top-level fields at once, so the check is made again for each document
 * read (before its afterRead hooks and relationships, where the time of a long list goes).
 */
export const refuseOverBudget: CollectionBeforeOperationHook = ({ args, req }) => {
  checkBudget(req)
  return args
}

export const refuseOverBudgetRead: CollectionBeforeReadHook = ({ doc, req }) => {
  checkBudget(req)
  return doc
}
