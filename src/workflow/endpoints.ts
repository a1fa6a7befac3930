import type { Endpoint, PayloadRequest, Where } from 'payload'
import { hasRole, isStaff } from '../access/roles.js'
import { message } from '../i18n/message.js'
import { relationIdOf, sameId } from './doc-values.js'
import { WorkflowError } from './errors.js'
import { blockingCommentFailures, checkPublishGate, withFailures } from './gate.js'
import { bodyOf, jsonHandler, routeParam, text, userIdIn } from './http.js'
import { loadItem } from './items.js'
import { rowsOfItem } from './item-key.js'
import { allowedActions, unavailableActions } from './permissions.js'
import { editorialCalendar } from './calendar.js'
import { comparableVersions } from './published-version.js'
import { queueCounts, reviewQueue, type QueueQuery } from './queue.js'
import { isWorkflowCollection } from './states.js'
import { revertToPublished } from './revert.js'
import { assertStaffViewer } from './staff-view.js'
import { runTransition } from './transition.js'

/** POST /api/{collection}/{id}/workflow/{action} — the REST face of runTransition. */
const transitionEndpoint: Endpoint = {
  path: '/:id/workflow/:action',
  method: 'post',
  handler: jsonHandler(async (req) => {
    const body = await bodyOf(req)
    const result = await runTransition(req.payload, {
      collection: routeParam(req, 'collection'),
      id: routeParam(req, 'id'),
      action: routeParam(req, 'action'),
      user: req.user,
      comment: text(body.comment),
      reason: text(body.reason),
      publishAt: text(body.publishAt),
      unpublishAt: text(body.unpublishAt),
      overrideFourEyes: body.overrideFourEyes === true || body.overrideFourEyes === 'true',
      assignee: userIdIn(body.assignee),
      dueDate: text(body.dueDate),
      req,
    })
    return {
      message: message(req, `Done: ${result.state}.`, `操作完成：${result.state}。`),
      state: result.state,
      doc: result.doc,
      event: result.event,
    }
  }),
}

/**
 * POST /api/{collection}/{id}/workflow-revert — throws away the unpublished changes of a live item
 * (the admin's "Revert to published"); its own path, as `/workflow/:action` is the transitions'.
 */
const revertEndpoint: Endpoint = {
  path: '/:id/workflow-revert',
  method: 'post',
  handler: jsonHandler(async (req) => {
    const result = await revertToPublished(req.payload, {
      collection: routeParam(req, 'collection'),
      id: routeParam(req, 'id'),
      user: req.user,
      req,
    })
    return {
      message: message(
        req,
        'Reverted to the published version: the unpublished changes were discarded.',
        '已还原到已发布的版本：未发布的修改已丢弃。',
      ),
      ...result,
    }
  }),
}

/** GET /api/{collection}/{id}/workflow — state, the caller's allowed actions, the gate, comments and history (staff only). */
const statusEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: jsonHandler((req) =>
    workflowStatus(req, routeParam(req, 'collection'), routeParam(req, 'id')),
  ),
}

async function workflowStatus(req: PayloadRequest, collection: string, id: string) {
  const t = (en: string, zh: string) => message(req, en, zh)
  assertStaffViewer(req)
  if (!isWorkflowCollection(collection))
    throw new WorkflowError(404, 'unknown-collection', t('No workflow here.', '此处没有审核流程。'))
  const item = await loadItem(req.payload, collection, id)
  if (!item)
    throw new WorkflowError(
      404,
      'not-found',
      t(`No item with id ${id}.`, `找不到 id 为 ${id} 的内容。`),
    )
  const gate = await checkPublishGate(req.payload, collection, item.latest, req)
  // An approval also needs every blocking comment resolved: the panel shows that gate for approve,
  // so "all checks pass" never stands above a refusal.
  const approvalGate = withFailures(gate, await blockingCommentFailures(req.payload, item, t))
  const itemWhere: Where = rowsOfItem(collection, {
    id: item.id,
    createdAt: item.current.createdAt,
  })
  const [comments, events] = await Promise.all([
    req.payload.find({
      collection: 'review-comments',
      where: itemWhere,
      sort: 'createdAt',
      depth: 1,
      limit: 200,
      overrideAccess: false,
      user: req.user,
      req,
    }),
    req.payload.find({
      collection: 'workflow-events',
      where: itemWhere,
      sort: '-at',
      depth: 0,
      limit: 200,
      overrideAccess: false,
      user: req.user,
      req,
    }),
  ])
  // For the panel's "Compare with published": the submitted (latest) version against the live one.
  const versions = await comparableVersions(req.payload, collection, item.id, item.live)
  const blocking = comments.docs.filter((comment) => comment.blocking && !comment.resolved).length
  return {
    collection,
    id: String(item.id),
    state: item.state,
    live: item.live,
    assignee: relationIdOf(item.latest.assignee) ?? null,
    dueDate: item.latest.dueDate ?? null,
    scheduledFor: item.latest.scheduledFor ?? null,
    createdBy: relationIdOf(item.createdBy) ?? null,
    lastEditedBy: relationIdOf(item.lastEditedBy) ?? null,
    submittedBy: relationIdOf(item.submittedBy) ?? null,
    allowedActions: allowedActions(req.user, item),
    unavailableActions: unavailableActions(req.user, item).map((unavailable) => ({
      ...unavailable,
      message:
        unavailable.reason === 'four-eyes-created'
          ? t(
              'You cannot approve it: you created it (four-eyes rule).',
              '您不能批准：此内容由您创建（四眼原则）。',
            )
          : t(
              'You cannot approve it: you edited it since it was last approved (four-eyes rule).',
              '您不能批准：上次批准后您编辑过此内容（四眼原则）。',
            ),
    })),
    gate,
    approvalGate,
    blockingComments: blocking,
    // Reviewers resolve anyone's comment, others only their own (commentUpdaters).
    comments: comments.docs.map((comment) => ({
      ...comment,
      canResolve:
        hasRole(req.user, 'reviewer') || sameId(relationIdOf(comment.author), req.user?.id),
    })),
    events: events.docs,
    versions,
  }
}

/** The queue's parameters, as strings: a repeated one (`?state=a&state=b` parses to an array) is ignored. */
function queueQuery(query: PayloadRequest['query'] | undefined): QueueQuery {
  const param = (name: keyof QueueQuery) => text(query?.[name])
  return {
    group: param('group'),
    state: param('state'),
    assignee: param('assignee'),
    overdue: param('overdue'),
    collection: param('collection'),
    limit: param('limit'),
  }
}

export const collectionWorkflowEndpoints: Endpoint[] = [
  statusEndpoint,
  transitionEndpoint,
  revertEndpoint,
]

/**
 * GET /api/workflow/queue, /api/workflow/queue/counts (per group of QUEUE_GROUPS), /api/workflow/calendar
 * (?from&to) and /api/workflow/reviewers (who can be assigned).
 */
export const rootWorkflowEndpoints: Endpoint[] = [
  {
    path: '/workflow/queue',
    method: 'get',
    handler: jsonHandler((req) => reviewQueue(req.payload, req, queueQuery(req.query))),
  },
  {
    path: '/workflow/queue/counts',
    method: 'get',
    handler: jsonHandler(async (req) => {
      const counts = await queueCounts(req.payload, req, {
        collection: text(req.query?.collection),
      })
      return { counts }
    }),
  },
  {
    path: '/workflow/calendar',
    method: 'get',
    handler: jsonHandler((req) =>
      editorialCalendar(req.payload, req, {
        from: text(req.query?.from),
        to: text(req.query?.to),
      }),
    ),
  },
  {
    path: '/workflow/reviewers',
    method: 'get',
    handler: async (req) => {
      if (!isStaff(req.user))
        return Response.json(
          { message: message(req, 'Staff only.', '仅限编辑部人员。') },
          { status: req.user ? 403 : 401 },
        )
      const { docs } = await req.payload.find({
        collection: 'users',
        where: { roles: { in: ['reviewer', 'admin'] } },
        depth: 0,
        limit: 200,
        overrideAccess: true,
        sort: 'name',
      })
      return Response.json({
        docs: docs.map((user) => ({
          id: user.id,
          name: user.name || user.email,
          roles: user.roles,
        })),
      })
    },
  },
]
