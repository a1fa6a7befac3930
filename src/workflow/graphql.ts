import type { GraphQLExtension, PayloadRequest } from 'payload'
import { WORKFLOW_ACTIONS, WORKFLOW_COLLECTIONS } from './states.js'
import { runTransition } from './transition.js'

const enumKey = (value: string) => value.replace(/-/g, '_')
/** An optional string argument; GraphQL passes null for an explicit null, which runTransition tells apart. */
const optional = (value: unknown): string | null | undefined =>
  value === null ? null : typeof value === 'string' ? value : undefined
const given = (value: unknown): string | undefined => optional(value) ?? undefined

/** `workflowTransition(collection, id, action, …)`: the GraphQL face of runTransition. */
export const workflowMutations: GraphQLExtension = (GraphQL) => {
  const text = { type: GraphQL.GraphQLString }
  const requiredText = { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) }
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
      id: text,
      type: text,
      from: text,
      to: text,
      version: text,
      at: text,
    },
  })
  const resultType = new GraphQL.GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: {
      collection: requiredText,
      id: requiredText,
      state: requiredText,
      status: { ...text, description: 'Payload _status of the main document after the transition' },
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
        comment: text,
        reason: text,
        publishAt: text,
        unpublishAt: text,
        overrideFourEyes: { type: GraphQL.GraphQLBoolean },
        assignee: { type: GraphQL.GraphQLID },
        dueDate: text,
      },
      resolve: async (
        _root: unknown,
        args: Record<string, unknown>,
        context: { req: PayloadRequest },
      ) => {
        const { req } = context
        // The schema makes collection, id and action non-null strings (enums and an ID).
        const result = await runTransition(req.payload, {
          collection: String(args.collection),
          id: String(args.id),
          action: String(args.action),
          user: req.user,
          comment: given(args.comment),
          reason: given(args.reason),
          publishAt: given(args.publishAt),
          unpublishAt: optional(args.unpublishAt),
          overrideFourEyes: Boolean(args.overrideFourEyes),
          assignee: optional(args.assignee),
          dueDate: given(args.dueDate),
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
