import type { CollectionConfig, Config, JobsConfig, Plugin, RunJobAccess } from 'payload'
import { afterEdit, hideRetractedBody, trackEdits } from './edit-hooks.js'
import { collectionWorkflowEndpoints, rootWorkflowEndpoints } from './endpoints.js'
import { WORKFLOW_QUEUE } from './events.js'
import { packageEndpoints } from './package/endpoints.js'
import { correctionFields, workflowFields } from './fields.js'
import { workflowMutations } from './graphql.js'
import { guardLiveWrites } from './publish-guard.js'
import { scheduledChangeTask } from './schedule.js'
import { isWorkflowCollection } from './states.js'
import { webhookDeliveryTask } from './webhooks.js'
import { isAdmin } from '../access/roles.js'
import { CALENDAR_PATH, REVIEW_QUEUE_PATH } from '../components/desk/paths.js'

const COMPONENTS = '/components/workflow'
const DESK = '/components/desk'
const WORKFLOW_COLUMNS = ['workflowState', 'assignee', 'dueDate']

export interface WorkflowPluginOptions {
  /** Cron (with seconds) for running the workflow queue when Payload boots with `cron: true`. */
  autoRunCron?: string
}

/**
 * The editorial review workflow as one mechanism for articles, Q&A entries and glossary terms:
 * fields, hooks, REST endpoints, a GraphQL mutation, jobs (scheduled changes, webhook delivery)
 * and the admin panel.
 */
export function workflowPlugin(options: WorkflowPluginOptions = {}): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      isWorkflowCollection(collection.slug) ? withWorkflow(collection) : collection,
    ),
    endpoints: [...(config.endpoints ?? []), ...rootWorkflowEndpoints, ...packageEndpoints],
    graphQL: { ...config.graphQL, mutations: mergeGraphQL(config.graphQL?.mutations) },
    jobs: withJobs(config.jobs, options.autoRunCron ?? '*/10 * * * * *'),
    admin: withDesk(config.admin),
  })
}

/**
 * The desk in the admin: the review queue and the editorial calendar as views of their own, both
 * first in the navigation, and "My work" first on the dashboard, the admin's home after signing in.
 */
function withDesk(admin: Config['admin']): Config['admin'] {
  const components = admin?.components ?? {}
  return {
    ...admin,
    components: {
      ...components,
      beforeNavLinks: [`${DESK}/DeskNav.tsx#DeskNav`, ...(components.beforeNavLinks ?? [])],
      beforeDashboard: [`${DESK}/MyWork.tsx#MyWork`, ...(components.beforeDashboard ?? [])],
      views: {
        ...components.views,
        reviewQueue: {
          Component: `${DESK}/ReviewQueueView.tsx#ReviewQueueView`,
          path: REVIEW_QUEUE_PATH,
          exact: true,
          meta: { title: '审核队列 · Review queue' },
        },
        editorialCalendar: {
          Component: `${DESK}/CalendarView.tsx#CalendarView`,
          path: CALENDAR_PATH,
          exact: true,
          meta: { title: '编辑日历 · Editorial calendar' },
        },
      },
    },
  }
}

function withWorkflow(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const columns = collection.admin?.defaultColumns ?? []
  const editComponents = collection.admin?.components?.edit ?? {}
  return {
    ...collection,
    fields: [
      ...workflowFields(),
      ...collection.fields,
      ...(collection.slug === 'articles' ? correctionFields() : []),
    ],
    hooks: {
      ...hooks,
      beforeOperation: [guardLiveWrites, ...(hooks.beforeOperation ?? [])],
      beforeChange: [...(hooks.beforeChange ?? []), trackEdits],
      afterChange: [...(hooks.afterChange ?? []), afterEdit],
      afterRead: [
        ...(hooks.afterRead ?? []),
        ...(collection.slug === 'articles' ? [hideRetractedBody] : []),
      ],
    },
    endpoints: [...collectionWorkflowEndpoints, ...(collection.endpoints || [])],
    // Payload's bulk Edit / Publish / Unpublish in the list bypass the workflow (and failed with an
    // unknown error against its guards): items change state one by one, through the review panel.
    disableBulkEdit: true,
    admin: {
      ...collection.admin,
      defaultColumns: [
        ...columns.filter((column) => column !== 'updatedAt'),
        ...WORKFLOW_COLUMNS.filter((column) => !columns.includes(column)),
      ],
      components: {
        ...collection.admin?.components,
        edit: {
          ...editComponents,
          beforeDocumentControls: [
            ...(editComponents.beforeDocumentControls ?? []),
            `${COMPONENTS}/StateBadge.tsx#StateBadge`,
          ],
          PublishButton: `${COMPONENTS}/PublishViaWorkflow.tsx#PublishViaWorkflow`,
          UnpublishButton: `${COMPONENTS}/PublishViaWorkflow.tsx#NoUnpublishButton`,
          // Payload's status line, with Revert to published through the workflow.
          Status: `${COMPONENTS}/WorkflowStatus.tsx#WorkflowStatus`,
        },
      },
    },
  }
}

function mergeGraphQL(
  existing: NonNullable<Config['graphQL']>['mutations'],
): NonNullable<Config['graphQL']>['mutations'] {
  return (GraphQL, context) => ({
    ...(existing ? existing(GraphQL, context) : {}),
    ...workflowMutations(GraphQL, context),
  })
}

function withJobs(jobs: JobsConfig | undefined, cron: string): JobsConfig {
  const ours = { cron, queue: WORKFLOW_QUEUE, limit: 20 }
  const existing = jobs?.autoRun
  const autoRun: JobsConfig['autoRun'] =
    typeof existing === 'function'
      ? async (payload) => [...(await existing(payload)), ours]
      : [...(existing ?? []), ours]
  const adminOnly: RunJobAccess = ({ req }) => isAdmin(req.user)
  return {
    ...jobs,
    tasks: [...(jobs?.tasks ?? []), scheduledChangeTask(), webhookDeliveryTask()],
    autoRun,
    access: { run: adminOnly, queue: adminOnly, cancel: adminOnly, ...jobs?.access },
  }
}
