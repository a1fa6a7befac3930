import type { Payload, TaskConfig, TaskInput } from 'payload'
import { latestVersionId, recordAudit } from './audit.js'
import { WORKFLOW_CONTEXT_KEY } from './context.js'
import { emitWorkflowEvent } from './events.js'
import { checkPublishGate } from './gate.js'
import { loadItem, titleOf } from './items.js'
import { notifyUser } from './notify.js'
import type { Actor } from './permissions.js'
import { isWorkflowCollection } from './states.js'
import { WorkflowError } from './errors.js'
import { applyTransition, SCHEDULE_TASK, transitionClaimKey } from './transition.js'
import { claim } from './claims.js'

/** The job's input, as its inputSchema generates it in payload-types.ts. */
type ScheduleInput = TaskInput<typeof SCHEDULE_TASK>

export const SCHEDULE_KINDS = ['publish', 'unpublish'] as const

type Outcome = 'published' | 'unpublished' | 'gate-failed' | 'superseded' | 'missing'

/** Another instance ran this job at the same moment and won the item's claim: it did the change. */
const lostRace = (error: unknown) => error instanceof WorkflowError && error.code === 'conflict'

const sameInstant = (a: unknown, b: string) =>
  typeof a === 'string' && Date.parse(a) === Date.parse(b)

/** Carries out a scheduled publish or unpublish when its time has come (the job waits until then). */
export async function runScheduledChange(payload: Payload, input: ScheduleInput): Promise<Outcome> {
  try {
    return await carryOut(payload, input)
  } catch (error) {
    if (lostRace(error)) return 'superseded'
    throw error
  }
}

async function carryOut(payload: Payload, input: ScheduleInput): Promise<Outcome> {
  if (!isWorkflowCollection(input.collection)) return 'missing'
  const item = await loadItem(payload, input.collection, input.id)
  if (!item) return 'missing'
  const actor: Actor = (await payload.findByID({
    collection: 'users',
    id: input.actor,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) ?? { id: input.actor }

  if (input.kind === 'unpublish') {
    if (!item.live) return 'superseded'
    await applyTransition(payload, {
      item,
      action: 'unpublish',
      actor,
      reason: input.reason ?? undefined,
      scheduled: true,
    })
    return 'unpublished'
  }

  // Edited, cancelled or rescheduled since: this job is no longer the plan.
  if (item.state !== 'scheduled' || !sameInstant(item.latest.scheduledFor, input.at))
    return 'superseded'

  const gate = await checkPublishGate(payload, item.collection, item.latest)
  if (gate.ok) {
    await applyTransition(payload, {
      item,
      action: 'publish',
      actor,
      gate,
      scheduled: true,
      comment: `scheduled for ${input.at}`,
    })
    return 'published'
  }

  // The same compare-and-set as a transition: two instances running this job record one failure.
  if (!(await claim(payload, transitionClaimKey(item)))) return 'superseded'
  await payload.update({
    collection: item.collection,
    id: item.id,
    data: { workflowState: 'approved', scheduledFor: null },
    draft: true,
    overrideAccess: true,
    context: { [WORKFLOW_CONTEXT_KEY]: { action: 'schedule-failed', publish: false } },
  })
  const reason = `The publish gate failed at the scheduled time (${input.at}); the item is back to approved. 定时发布时发布检查未通过，已退回“已批准”状态。`
  const base = {
    type: 'schedule_failed' as const,
    action: 'scheduled-run' as const,
    collection: item.collection,
    itemId: String(item.id),
    title: titleOf(item.collection, item.latest),
    from: 'scheduled' as const,
    to: 'approved' as const,
    version: await latestVersionId(payload, item.collection, item.id),
    actor: { id: String(actor.id), name: typeof actor.name === 'string' ? actor.name : undefined },
    reason,
    at: new Date().toISOString(),
  }
  const id = await recordAudit(payload, { ...base, gate, itemCreatedAt: item.current.createdAt })
  await emitWorkflowEvent(payload, { ...base, id })
  const details = gate.failures.map((failure) => `- ${failure.message}`).join('\n')
  await notifyUser(
    payload,
    actor.id,
    `定时发布失败 · Scheduled publish failed: ${base.title ?? item.id}`,
    `${reason}\n${details}`,
  )
  return 'gate-failed'
}

export function scheduledChangeTask(): TaskConfig<typeof SCHEDULE_TASK> {
  return {
    slug: SCHEDULE_TASK,
    label: 'Scheduled publish / unpublish',
    retries: { attempts: 3, backoff: { type: 'exponential', delay: 5000 } },
    inputSchema: [
      { name: 'collection', type: 'text', required: true },
      { name: 'id', type: 'text', required: true },
      { name: 'kind', type: 'select', options: [...SCHEDULE_KINDS], required: true },
      { name: 'at', type: 'text', required: true },
      { name: 'actor', type: 'text', required: true },
      { name: 'reason', type: 'textarea' },
    ],
    outputSchema: [{ name: 'outcome', type: 'text' }],
    handler: async ({ input, req }) => ({
      output: { outcome: await runScheduledChange(req.payload, input) },
    }),
  }
}
