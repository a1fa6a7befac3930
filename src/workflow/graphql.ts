import type { GraphQLExtension, PayloadRequest } from 'payload'
import type { Actor } from './permissions.js'
import {
  WORKFLOW_ACTIONS,
  WORKFLOW_COLLECTIONS,
  type WorkflowAction,
  type WorkflowCollection,
} from './states.js'
import { runTransition } from './transition.js'

const enumKey = (value: string) => value.replace(/-/g, '_')

/** `workflowTransition(collection, id, action, …)`: the GraphQL face of runTransition. */
export const workflowMutations: GraphQLExtension = (GraphQL) => {
  const collectionEnum = new GraphQL.GraphQLEnumType({
    name: 'WorkflowCollection',
    values: Object.fromEntries(
      WORKFLOW_COLLECTIONS.map((slug) => [enumKey(slug), { value: slug }]),
    ),
  })
  const actionEnum = new GraphQL.GraphQLEnumType({
    name: 'WorkflowAction',
    values: Object.fromEntries(
      WORKFLOW_ACTIONS.map((action) => [enumKey(action), { value: action }]),
    ),
  })
  const eventType = new GraphQL.GraphQLObjectType({
    name: 'WorkflowEventInfo',
    fields: {
      id: { type: GraphQL.GraphQLString },
      type: { type: GraphQL.GraphQLString },
      from: { type: GraphQL.GraphQLString },
      to: { type: GraphQL.GraphQLString },
      version: { type: GraphQL.GraphQLString },
      at: { type: GraphQL.GraphQLString },
    },
  })
  const resultType = new GraphQL.GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: {
      collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      state: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      status: {
        type: GraphQL.GraphQLString,
        description: 'Payload _status of the main document after the transition',
      },
      event: { type: eventType },
    },
  })
  return {
    workflowTransition: {
      type: resultType,
      args: {
        collection: { type: new GraphQL.GraphQLNonNull(collectionEnum) },
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
        action: { type: new GraphQL.GraphQLNonNull(actionEnum) },
        comment: { type: GraphQL.GraphQLString },
        reason: { type: GraphQL.GraphQLString },
        publishAt: { type: GraphQL.GraphQLString },
        unpublishAt: { type: GraphQL.GraphQLString },
        overrideFourEyes: { type: GraphQL.GraphQLBoolean },
        assignee: { type: GraphQL.GraphQLID },
        dueDate: { type: GraphQL.GraphQLString },
      },
      resolve: async (
        _root: unknown,
        args: Record<string, unknown>,
        context: { req: PayloadRequest },
      ) => {
        const { req } = context
        const result = await runTransition(req.payload, {
          collection: args.collection as WorkflowCollection,
          id: args.id as string,
          action: args.action as WorkflowAction,
          user: req.user as Actor | null,
          comment: args.comment as string | undefined,
          reason: args.reason as string | undefined,
          publishAt: args.publishAt as string | undefined,
          unpublishAt: args.unpublishAt as string | undefined,
          overrideFourEyes: Boolean(args.overrideFourEyes),
          assignee: args.assignee as string | undefined,
          dueDate: args.dueDate as string | undefined,
          req,
        })
        return {
          collection: args.collection,
          id: String(result.doc.id),
          state: result.state,
          status: result.doc._status,
          event: result.event,
        }
      },
    },
  }
}
