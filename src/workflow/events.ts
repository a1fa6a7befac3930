import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import {
  isWebhookEvent,
  type WorkflowAction,
  type WorkflowCollection,
  type WorkflowEventType,
  type WorkflowState,
} from './states.js'

/** What listeners and webhook receivers get for every workflow event. */
export interface WorkflowEvent {
  /** The audit-trail row (workflow-events) that records this event, when there is one. */
  id?: string
  type: WorkflowEventType
  action: WorkflowAction | 'edit' | 'scheduled-run' | 'revert'
  collection: WorkflowCollection
  itemId: string
  title?: string
  slug?: string
  from?: WorkflowState
  to?: WorkflowState
  version?: string
  actor?: { id: string; name?: string }
  comment?: string
  reason?: string
  at: string
}

export type WorkflowEventListener = (event: WorkflowEvent, payload: Payload) => void | Promise<void>

// Kept on globalThis so every copy of this module (server, admin bundle, tests) shares one registry.
const REGISTRY = Symbol.for('cms.workflow.listeners')
function listeners(): Set<WorkflowEventListener> {
  const holder = globalThis as { [REGISTRY]?: Set<WorkflowEventListener> }
  holder[REGISTRY] ??= new Set()
  return holder[REGISTRY]
}

/**
 * Subscribes to workflow events in this process (cache invalidation, WeChat push…). Returns the
 * unsubscribe function. Listeners run after the change is stored; a throwing listener is logged and
 * never undoes the transition. Other server instances do not see these calls: use webhooks (or
 * read the audit trail) for anything that must reach every instance.
 */
export function onWorkflowEvent(listener: WorkflowEventListener): () => void {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

export const WEBHOOK_TASK = 'workflowWebhookDelivery'
export const WORKFLOW_QUEUE = 'workflow'

/** Tells in-process listeners, and queues one signed delivery per active webhook subscribed to the event. */
export async function emitWorkflowEvent(payload: Payload, event: WorkflowEvent): Promise<void> {
  for (const listener of listeners()) {
    try {
      await listener(event, payload)
    } catch (error) {
      payload.logger.error({ err: error, event: event.type }, 'workflow event listener failed')
    }
  }
  if (!isWebhookEvent(event.type)) return
  const { docs: hooks } = await payload.find({
    collection: 'webhooks',
    where: { and: [{ active: { equals: true } }, { events: { in: [event.type] } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const body = JSON.stringify({ event: event.type, occurredAt: event.at, data: event })
  for (const hook of hooks) {
    await payload.jobs.queue({
      task: WEBHOOK_TASK,
      queue: WORKFLOW_QUEUE,
      // The delivery id (x-cms-delivery): a UUID, not the job id, which SQLite may hand out again
      // once completed jobs are deleted.
      input: { webhook: String(hook.id), event: event.type, body, delivery: randomUUID() },
    })
  }
}
