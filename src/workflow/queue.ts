import type { Payload, PayloadRequest, Where } from 'payload'
import { message } from '../i18n/message.js'
import { relationIdOf } from './doc-values.js'
import { WorkflowError } from './errors.js'
import { assertStaffViewer } from './staff-view.js'
import { titleOf } from './items.js'
import { isQueueGroup, QUEUE_GROUP_NAMES, QUEUE_GROUPS, type QueueGroup } from './queue-groups.js'
import {
  isWorkflowCollection,
  isWorkflowState,
  WORKFLOW_COLLECTIONS,
  WORKFLOW_STATES,
  type WorkflowCollection,
  type WorkflowState,
} from './states.js'

export interface QueueQuery {
  /** One of QUEUE_GROUPS: its parameters, under any given explicitly. */
  group?: string
  state?: string
  assignee?: string
  overdue?: string
  collection?: string
  limit?: string
}

export interface QueueItem {
  collection: WorkflowCollection
  id: string
  title?: string
  state: WorkflowState
  assignee?: string
  dueDate?: string
  overdue: boolean
  submittedBy?: string
  updatedAt?: string
}

/**
 * The review queue across every workflow collection (latest versions). `group` (QUEUE_GROUPS),
 * `state` (comma-separated, default in_review), `assignee` (a user id, `me` or `none`),
 * `overdue=true`, `collection`.
 */
export async function reviewQueue(
  payload: Payload,
  req: PayloadRequest,
  given: QueueQuery,
): Promise<{ docs: QueueItem[]; totalDocs: number }> {
  const t = (en: string, zh: string) => message(req, en, zh)
  assertStaffViewer(req, 'queue')

  if (given.group && !isQueueGroup(given.group))
    throw new WorkflowError(
      400,
      'invalid-parameter',
      t(
        `Unknown group "${given.group}" in parameter "group"; use one of ${QUEUE_GROUP_NAMES.join(', ')}.`,
        `参数 group 中的分组“${given.group}”无效，可用：${QUEUE_GROUP_NAMES.join('、')}。`,
      ),
    )
  const query: QueueQuery = {
    ...(isQueueGroup(given.group) ? QUEUE_GROUPS[given.group] : {}),
    ...Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)),
  }

  const states = (query.state || 'in_review')
    .split(',')
    .map((state) => state.trim())
    .filter(Boolean)
  const unknown = states.filter((state) => !isWorkflowState(state))
  if (unknown.length)
    throw new WorkflowError(
      400,
      'invalid-parameter',
      t(
        `Unknown state "${unknown.join(', ')}" in parameter "state"; use one of ${WORKFLOW_STATES.join(', ')}.`,
        `参数 state 中的状态“${unknown.join('、')}”无效，可用：${WORKFLOW_STATES.join('、')}。`,
      ),
    )
  if (query.collection && !isWorkflowCollection(query.collection))
    throw new WorkflowError(
      400,
      'invalid-parameter',
      t(
        `Unknown collection "${query.collection}" in parameter "collection".`,
        `参数 collection 中的集合“${query.collection}”无效。`,
      ),
    )
  if (query.overdue && !['true', 'false'].includes(query.overdue))
    throw new WorkflowError(
      400,
      'invalid-parameter',
      t('Parameter "overdue" must be true or false.', '参数 overdue 须为 true 或 false。'),
    )
  const limit = query.limit ? Number(query.limit) : 100
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new WorkflowError(
      400,
      'invalid-parameter',
      t('Parameter "limit" must be an integer from 1 to 500.', '参数 limit 须为 1 到 500 的整数。'),
    )

  const and: Where[] = [{ workflowState: { in: states } }]
  if (query.assignee === 'none') and.push({ assignee: { exists: false } })
  else if (query.assignee)
    and.push({ assignee: { equals: query.assignee === 'me' ? req.user.id : query.assignee } })
  const now = new Date().toISOString()
  if (query.overdue === 'true') and.push({ dueDate: { less_than: now } })

  const collections = WORKFLOW_COLLECTIONS.filter(
    (collection) => !query.collection || collection === query.collection,
  )
  const docs: QueueItem[] = []
  let totalDocs = 0
  for (const collection of collections) {
    const result = await payload.find({
      collection,
      where: { and },
      draft: true,
      depth: 0,
      limit,
      sort: 'dueDate',
      overrideAccess: false,
      user: req.user,
      req,
    })
    totalDocs += result.totalDocs
    for (const doc of result.docs) {
      const dueDate = doc.dueDate ?? undefined
      docs.push({
        collection,
        id: String(doc.id),
        title: titleOf(collection, doc),
        // Every queued doc matched `workflowState in states`, so it has a state.
        state: doc.workflowState ?? 'draft',
        assignee: relationIdOf(doc.assignee)?.toString(),
        dueDate,
        overdue: Boolean(dueDate && dueDate < now),
        submittedBy: relationIdOf(doc.submittedBy)?.toString(),
        updatedAt: doc.updatedAt,
      })
    }
  }
  // Due first (soonest), then undated, oldest change first.
  docs.sort(
    (a, b) =>
      (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff') ||
      (a.updatedAt ?? '').localeCompare(b.updatedAt ?? ''),
  )
  return { docs: docs.slice(0, limit), totalDocs }
}

/**
 * How many items each of the desk's groups holds (optionally in one collection), with the queue's
 * own access rules: the numbers beside the admin's queue tabs and on its dashboard block.
 */
export async function queueCounts(
  payload: Payload,
  req: PayloadRequest,
  query: Pick<QueueQuery, 'collection'> = {},
): Promise<Record<QueueGroup, number>> {
  const counts: Record<QueueGroup, number> = {
    mine: 0,
    unassigned: 0,
    overdue: 0,
    changes: 0,
    open: 0,
  }
  for (const group of QUEUE_GROUP_NAMES) {
    const { totalDocs } = await reviewQueue(payload, req, {
      group,
      collection: query.collection,
      limit: '1',
    })
    counts[group] = totalDocs
  }
  return counts
}
