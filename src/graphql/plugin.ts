import type { Plugin } from 'payload'
import { graphqlLimitRules, graphqlLimitsFromEnv, type GraphQLLimits } from './limits.js'
import {
  refuseOverBudget,
  refuseOverBudgetRead,
  startTimeBudget,
  timeBudgetSetting,
} from './time-budget.js'

/**
 * Bounds what one GraphQL request may ask for (cost, documents, aliases, depth) before any
 * resolver runs, and how long it may run (GRAPHQL_TIME_BUDGET_MS, src/graphql/time-budget.ts); settings GRAPHQL_MAX_COST, GRAPHQL_MAX_DOCUMENTS, GRAPHQL_MAX_ALIASES,
 * GRAPHQL_MAX_DEPTH.
 */
export function graphqlLimitsPlugin(limits: GraphQLLimits = graphqlLimitsFromEnv()): Plugin {
  return (config) => {
    const ownRules = config.graphQL?.validationRules
    const timeBudgetMs = timeBudgetSetting()
    return {
      ...config,
      collections: config.collections?.map((collection) => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [refuseOverBudget, ...(collection.hooks?.beforeOperation ?? [])],
          beforeRead: [refuseOverBudgetRead, ...(collection.hooks?.beforeRead ?? [])],
        },
      })),
      graphQL: {
        ...config.graphQL,
        validationRules: (args) => {
          // Validation is the first thing Payload does with a query: the time budget starts here.
          startTimeBudget(args, timeBudgetMs())
          return [...(ownRules?.(args) ?? []), ...graphqlLimitRules(limits, args)]
        },
      },
    }
  }
}
