import type { Plugin } from 'payload'
import { graphqlLimitRules, graphqlLimitsFromEnv, type GraphQLLimits } from './limits.js'

/**
 * Bounds what one GraphQL request may ask for (cost, documents, aliases, depth) before any
 * resolver runs; settings GRAPHQL_MAX_COST, GRAPHQL_MAX_DOCUMENTS, GRAPHQL_MAX_ALIASES,
 * GRAPHQL_MAX_DEPTH.
 */
export function graphqlLimitsPlugin(limits: GraphQLLimits = graphqlLimitsFromEnv()): Plugin {
  return (config) => {
    const ownRules = config.graphQL?.validationRules
    return {
      ...config,
      graphQL: {
        ...config.graphQL,
        validationRules: (args) => [
          ...(ownRules?.(args) ?? []),
          ...graphqlLimitRules(limits, args),
        ],
      },
    }
  }
}
