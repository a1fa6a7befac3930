import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import {
  GraphQLError,
  type ExecutionArgs,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import {
  createComplexityRule,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity'
import { messageIn } from '../i18n/message.js'
import { integerSetting } from '../runtime/env.js'
import { GRAPHQL_STATUS_HEADER } from './status.js'

export interface GraphQLLimits {
  /** Cost: every selected field 1, a list field's selection once per document it may return. */
  maxCost: number
  /** Documents a query may ask for, nested lists multiplied. */
  maxDocuments: number
  /** Aliases in one operation (fragments included). */
  maxAliases: number
  /** Nesting depth of the selection. */
  maxDepth: number
}

/**
 * Measured on 1,000 articles: 240 aliases of `Articles(limit: 100) { docs { title body } }` (10 KB)
 * blocked the server for 33–43 s, while Payload's own complexity rule (every field 1) scored it 960,
 * under its default of 1,000. These limits count what the query asks the database for.
 */
export const DEFAULT_GRAPHQL_LIMITS: GraphQLLimits = {
  maxCost: 10_000,
  maxDocuments: 1_000,
  maxAliases: 20,
  maxDepth: 10,
}

export function graphqlLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): GraphQLLimits {
  const defaults = DEFAULT_GRAPHQL_LIMITS
  return {
    maxCost: integerSetting('GRAPHQL_MAX_COST', env.GRAPHQL_MAX_COST, defaults.maxCost),
    maxDocuments: integerSetting(
      'GRAPHQL_MAX_DOCUMENTS',
      env.GRAPHQL_MAX_DOCUMENTS,
      defaults.maxDocuments,
    ),
    maxAliases: integerSetting('GRAPHQL_MAX_ALIASES', env.GRAPHQL_MAX_ALIASES, defaults.maxAliases),
    maxDepth: integerSetting('GRAPHQL_MAX_DEPTH', env.GRAPHQL_MAX_DEPTH, defaults.maxDepth),
  }
}

/** Payload's list queries default to 10 documents; `limit: 0` or `pagination: false` means all. */
const PAYLOAD_DEFAULT_LIMIT = 10
const UNBOUNDED = Number.MAX_SAFE_INTEGER

/** How many documents a field may return: its `limit` for Payload's list queries, else one. */
function documentsOf({ field, args }: Parameters<ComplexityEstimator>[0]): number {
  if (!field.args.some((arg) => arg.name === 'limit')) return 1
  if (args.pagination === false) return UNBOUNDED
  const limit = args.limit
  if (limit === undefined || limit === null) return PAYLOAD_DEFAULT_LIMIT
  if (typeof limit !== 'number' || limit <= 0) return UNBOUNDED
  return limit
}

/** A list field costs its own field plus its selection, once per document. */
const listCostEstimator: ComplexityEstimator = (options) => {
  const documents = documentsOf(options)
  if (documents === 1) return undefined
  return Math.min(UNBOUNDED, documents * (1 + options.childComplexity))
}

/** Counts documents only: a list field's own documents, and its selection's for each of them. */
const documentEstimator: ComplexityEstimator = (options) => {
  const documents = documentsOf(options)
  if (documents === 1) return options.childComplexity
  return Math.min(UNBOUNDED, documents * (1 + options.childComplexity))
}

/** Header naming the limit a refused query exceeded; the HTTP edge turns it into a 400. */
export const REFUSED_HEADER = 'x-graphql-limit-exceeded'

/**
 * What the rules read and write of Payload's GraphQL context (`{ req, headers }`): the UI language
 * Payload resolved for the request, and the headers Payload appends to its response.
 */
function contextOf(args: ExecutionArgs): { language?: string; headers?: object } {
  const context: unknown = args.contextValue
  if (typeof context !== 'object' || context === null) return {}
  const headers =
    'headers' in context && typeof context.headers === 'object' && context.headers !== null
      ? context.headers
      : undefined
  const req = 'req' in context && typeof context.req === 'object' ? context.req : null
  const i18n = req && 'i18n' in req && typeof req.i18n === 'object' ? req.i18n : null
  const language =
    i18n && 'language' in i18n && typeof i18n.language === 'string' ? i18n.language : undefined
  return { language, headers }
}

/**
 * Validation rules (they run before any resolver): cost, documents, aliases and depth, each error
 * naming the limit and its setting. graphql-http answers a failed validation with 200 to clients
 * that accept `application/json`, so each refusal also names the limit in REFUSED_HEADER, and
 * `withRefusalStatus` makes it a 400.
 */
export function graphqlLimitRules(limits: GraphQLLimits, args: ExecutionArgs): ValidationRule[] {
  const { language, headers } = contextOf(args)
  const refuse = (setting: string, en: string, zh: string, extensions: Record<string, unknown>) => {
    // Payload appends these headers to its response (@payloadcms/next graphql handler).
    if (headers) Reflect.set(headers, REFUSED_HEADER, setting)
    return new GraphQLError(messageIn(language, en, zh), {
      extensions: { code: 'QUERY_TOO_COSTLY', limit: setting, ...extensions },
    })
  }
  const overBudget = (setting: string, en: string, zh: string) => (max: number, actual: number) =>
    refuse(
      setting,
      `Query ${en} ${actual} exceeds the limit of ${max} (${setting}).`,
      `查询${zh} ${actual} 超过上限 ${max}（${setting}）。`,
      { max, actual },
    )
  // graphql-armor throws by default, which graphql-http answers as a 500: report instead.
  const reported = (setting: string, max: number, en: string, zh: string) => ({
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) =>
        context?.reportError(
          refuse(
            setting,
            `Query ${en} exceeds the limit of ${max} (${setting}).`,
            `查询${zh}超过上限 ${max}（${setting}）。`,
            { max },
          ),
        ),
    ],
  })
  return [
    createComplexityRule({
      maximumComplexity: limits.maxCost,
      variables: args.variableValues ?? undefined,
      estimators: [listCostEstimator, simpleEstimator({ defaultComplexity: 1 })],
      createError: overBudget('GRAPHQL_MAX_COST', 'cost', '开销'),
    }),
    createComplexityRule({
      maximumComplexity: limits.maxDocuments,
      variables: args.variableValues ?? undefined,
      estimators: [documentEstimator],
      createError: overBudget('GRAPHQL_MAX_DOCUMENTS', 'documents', '请求的文档数'),
    }),
    maxAliasesRule(reported('GRAPHQL_MAX_ALIASES', limits.maxAliases, 'aliases', '别名数')),
    maxDepthRule(reported('GRAPHQL_MAX_DEPTH', limits.maxDepth, 'depth', '嵌套深度')),
  ]
}

/**
 * Payload's GraphQL response with the status its errors call for: 400 when one of the limits
 * refused the query, else the status an error set (src/graphql/status.ts), else as it was.
 */
export function withRefusalStatus(response: Response): Response {
  const headers = new Headers(response.headers)
  const fromErrors = Number(headers.get(GRAPHQL_STATUS_HEADER))
  headers.delete(GRAPHQL_STATUS_HEADER)
  const status = headers.has(REFUSED_HEADER) ? 400 : fromErrors || response.status
  if (status === response.status && !response.headers.has(GRAPHQL_STATUS_HEADER)) return response
  return new Response(response.body, { status, headers })
}
