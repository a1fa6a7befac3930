import type { Payload, PayloadRequest } from 'payload'
import { isAdmin } from '../access/roles.js'
import { relationId, type DocId } from '../db/ids.js'
import type { Article } from '../payload-types.js'
import { actorNameOf, latestVersionId, recordAudit } from './audit.js'
import { claim, releasingOnFailure } from './claims.js'
import { WORKFLOW_CONTEXT_KEY, type WorkflowWriteContext } from './context.js'
import { fieldValue, isBlank, relationIdOf } from './doc-values.js'
import { WorkflowError, type GateFailure } from './errors.js'
import { emitWorkflowEvent, WORKFLOW_QUEUE, type WorkflowEvent } from './events.js'
import { blockingCommentFailures, checkPublishGate, withFailures, type GateResult } from './gate.js'
import { loadItem, titleOf, type ItemDoc, type LoadedItem } from './items.js'
import { itemLink, notifyUser } from './notify.js'
import { roleAllows, stateAllows, violatesFourEyes, type Actor } from './permissions.js'
import {
  ACTION_LABELS,
  isWorkflowAction,
  isWorkflowCollection,
  STATE_LABELS,
  TRANSITIONS,
  type WorkflowAction,
  type WorkflowCollection,
  type WorkflowEventType,
  type WorkflowState,
} from './states.js'

export { WorkflowError } from './errors.js'
export type { GateFailure } from './errors.js'

export const SCHEDULE_TASK = 'workflowScheduledChange'

export interface TransitionInput {
  /** Checked (REST and GraphQL pass what the client sent): an unknown collection is a 404. */
  collection: WorkflowCollection | (string & {})
  id: DocId
  /** Checked like `collection`: an unknown action is a 404. */
  action: WorkflowAction | (string & {})
  /** The acting user (a users document). */
  user: Actor | null | undefined
  /** Required for request-changes; recorded for every action. */
  comment?: string
  /** Required for unpublish and for a four-eyes override. */
  reason?: string
  /** schedule: when to publish (ISO date, in the future). */
  publishAt?: string | Date
  /** unpublish: when to take the item down (ISO date, in the future); omitted means now (null is not a date). */
  unpublishAt?: string | Date | null
  /** approve: an admin may approve content they created or last edited, with a recorded `reason`. */
  overrideFourEyes?: boolean
  /** submit: the reviewer to assign (null clears it) and when the review is due. */
  assignee?: DocId | null
  dueDate?: string | Date
  /** The request, for its language (messages) — optional for server code. */
  req?: Partial<PayloadRequest>
}

export interface TransitionResult {
  state: WorkflowState
  doc: ItemDoc
  event: WorkflowEvent
}

type Translate = (en: string, zh: string) => string

/**
 * The one implementation of a workflow transition, behind REST (`POST /api/{collection}/{id}/workflow/{action}`),
 * GraphQL (`workflowTransition`) and the Local API. Throws a WorkflowError carrying the HTTP status:
 * 401 no user, 403 not allowed (role, four-eyes), 404 unknown item/action, 409 wrong state,
 * 400 missing input or failed gate (with `failures`).
 */
export async function runTransition(
  payload: Payload,
  input: TransitionInput,
): Promise<TransitionResult> {
  return applyTransition(payload, await checkTransition(payload, input))
}

/**
 * Every check of a transition (collection, action, user, item, role, state, inputs, four-eyes, the
 * gate), nothing written: what `applyTransition` needs, or the WorkflowError `runTransition` would
 * throw. A review package (src/workflow/package/) checks each of its items with it first.
 */
export async function checkTransition(
  payload: Payload,
  input: TransitionInput,
): Promise<ApplyInput> {
  const t: Translate = (en, zh) => (languageOf(input.req) === 'zh' ? zh : en)
  const { collection, action, user } = input
  if (!isWorkflowCollection(collection))
    throw new WorkflowError(
      404,
      'unknown-collection',
      t(`"${String(collection)}" has no review workflow.`, `“${String(collection)}”没有审核流程。`),
    )
  if (!isWorkflowAction(action))
    throw new WorkflowError(
      404,
      'unknown-action',
      t(`Unknown workflow action "${String(action)}".`, `未知的流程操作“${String(action)}”。`),
    )
  if (!user)
    throw new WorkflowError(
      401,
      'unauthenticated',
      t('Log in to use the review workflow.', '请先登录再进行审核操作。'),
    )

  const item = await loadItem(payload, collection, input.id)
  if (!item)
    throw new WorkflowError(
      404,
      'not-found',
      t(`No ${collection} item with id ${input.id}.`, `找不到 id 为 ${input.id} 的内容。`),
    )

  const actionLabel = ACTION_LABELS[action][languageOf(input.req)]
  if (!roleAllows(action, user, item))
    throw new WorkflowError(403, 'forbidden', forbiddenMessage(action, t))
  if (!stateAllows(action, item)) {
    const stateLabel = STATE_LABELS[item.state][languageOf(input.req)]
    throw new WorkflowError(
      409,
      'wrong-state',
      t(
        `Cannot ${action}: the item is ${item.state}.`,
        `无法执行“${actionLabel}”：当前状态为“${stateLabel}”。`,
      ),
    )
  }

  const comment = input.comment?.trim() || undefined
  const reason = input.reason?.trim() || undefined
  if (action === 'request-changes' && !comment)
    throw new WorkflowError(
      400,
      'comment-required',
      t('Requesting changes needs a comment (comment).', '退回修改须填写意见（comment）。'),
    )
  if (action === 'unpublish' && !reason)
    throw new WorkflowError(
      400,
      'reason-required',
      t('Unpublishing needs a reason (reason).', '撤下须说明理由（reason）。'),
    )
  const publishAt = action === 'schedule' ? futureDate(input.publishAt, 'publishAt', t) : undefined
  const unpublishAt =
    action === 'unpublish' && input.unpublishAt !== undefined && input.unpublishAt !== ''
      ? futureDate(input.unpublishAt, 'unpublishAt', t)
      : undefined

  let override: { reason: string } | undefined
  if (input.overrideFourEyes) {
    if (!isAdmin(user))
      throw new WorkflowError(
        403,
        'forbidden',
        t(
          'Only an administrator can override the four-eyes rule.',
          '只有管理员可以越过“四眼原则”。',
        ),
      )
    if (action !== 'approve')
      throw new WorkflowError(
        400,
        'invalid-override',
        t('overrideFourEyes applies to approve only.', 'overrideFourEyes 只适用于批准操作。'),
      )
    if (!reason)
      throw new WorkflowError(
        400,
        'reason-required',
        t(
          'A four-eyes override needs a recorded reason (reason).',
          '越过“四眼原则”须记录理由（reason）。',
        ),
      )
  }
  if (action === 'approve' && violatesFourEyes(user, item)) {
    // An override has its reason by now (checked above): `!reason` only narrows it.
    if (!input.overrideFourEyes || !reason) {
      throw new WorkflowError(
        403,
        'four-eyes',
        t(
          'Four-eyes rule: you created this content or edited it since the last approval, so another reviewer must approve it.',
          '“四眼原则”：您创建了此内容或在上次批准后编辑过，须由另一位审核人批准。',
        ),
      )
    }
    override = { reason }
  }

  let gate: GateResult | undefined
  if (action === 'submit') await checkSubmission(payload, item, input, t)
  if (action === 'approve' || action === 'publish' || action === 'schedule') {
    gate = await checkPublishGate(payload, collection, item.latest, input.req)
    if (action === 'approve')
      gate = withFailures(gate, await blockingCommentFailures(payload, item, t))
    if (!gate.ok)
      throw new WorkflowError(
        400,
        'gate-failed',
        t('The publish gate failed: fix every item listed.', '发布检查未通过：请逐项修正。'),
        gate.failures,
      )
  }

  return {
    item,
    action,
    actor: user,
    comment,
    reason,
    publishAt,
    unpublishAt,
    gate,
    override,
    assignee: input.assignee,
    dueDate: input.dueDate,
    language: languageOf(input.req),
  }
}

const languageOf = (req?: Partial<PayloadRequest>): 'en' | 'zh' =>
  req?.i18n?.language === 'zh' ? 'zh' : 'en'

function forbiddenMessage(action: WorkflowAction, t: Translate): string {
  switch (action) {
    case 'submit':
      return t(
        'Only an editor or the author can submit this for review.',
        '只有编辑或作者可以提交审核。',
      )
    case 'withdraw':
      return t(
        'Only whoever submitted it (or an administrator) can withdraw it.',
        '只有提交人（或管理员）可以撤回。',
      )
    case 'archive':
      return t('Only an administrator can archive content.', '只有管理员可以归档。')
    default:
      return t(
        'Only a reviewer or an administrator can do this.',
        '只有审核人或管理员可以执行此操作。',
      )
  }
}

function futureDate(value: string | Date | null | undefined, field: string, t: Translate): string {
  const date =
    value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime()))
    throw new WorkflowError(
      400,
      'invalid-date',
      t(`${field} must be a date and time (ISO 8601).`, `${field} 须为日期时间（ISO 8601）。`),
      [
        {
          check: 'input',
          field,
          message: t(`${field} is missing or not a date.`, `${field} 缺失或不是日期。`),
        },
      ],
    )
  if (date.getTime() <= Date.now())
    throw new WorkflowError(
      400,
      'invalid-date',
      t(`${field} must be in the future.`, `${field} 须晚于当前时间。`),
      [
        {
          check: 'input',
          field,
          message: t(`${field} must be in the future.`, `${field} 须晚于当前时间。`),
        },
      ],
    )
  return date.toISOString()
}

/** Submit needs the collection's required fields (Payload skips validation for draft saves) and a reviewer as assignee. */
async function checkSubmission(
  payload: Payload,
  item: LoadedItem,
  input: TransitionInput,
  t: Translate,
): Promise<void> {
  const failures: GateFailure[] = []
  const language = languageOf(input.req)
  for (const field of payload.collections[item.collection].config.fields) {
    if (!('name' in field) || !('required' in field) || !field.required) continue
    if (!isBlank(fieldValue(item.latest, field.name))) continue
    const fieldLabel =
      typeof field.label === 'object' && field.label
        ? (field.label[language] ?? field.name)
        : field.name
    failures.push({
      check: 'validation',
      field: field.name,
      message: t(`${fieldLabel} is required.`, `${fieldLabel}为必填项。`),
    })
  }
  if (input.assignee !== undefined && input.assignee !== null && input.assignee !== '') {
    const assignee = await payload.findByID({
      collection: 'users',
      id: input.assignee,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    const roles = assignee?.roles ?? []
    if (!roles.includes('reviewer') && !roles.includes('admin')) {
      failures.push({
        check: 'validation',
        field: 'assignee',
        message: t('The assignee must be a reviewer.', '指派对象须为审核人。'),
      })
    }
  }
  if (
    input.dueDate !== undefined &&
    input.dueDate !== '' &&
    Number.isNaN(new Date(input.dueDate).getTime())
  ) {
    failures.push({
      check: 'validation',
      field: 'dueDate',
      message: t('dueDate must be a date.', 'dueDate 须为日期。'),
    })
  }
  if (failures.length)
    throw new WorkflowError(
      400,
      'invalid',
      t('The item cannot be submitted yet.', '内容尚不能提交审核。'),
      failures,
    )
}

/**
 * What a transition writes: workflow fields every workflow collection has, plus the publication
 * fields of articles (publishedAt also on Q&A entries; only written where the collection has it).
 */
type WorkflowData = Partial<
  Pick<
    Article,
    | 'workflowState'
    | 'submittedBy'
    | 'approvedBy'
    | 'editedSinceApproval'
    | 'updatedBy'
    | 'assignee'
    | 'dueDate'
    | 'scheduledFor'
    | '_status'
    | 'publishedAt'
    | 'retraction'
  >
>

export interface ApplyInput {
  item: LoadedItem
  action: WorkflowAction
  actor: Actor
  comment?: string
  reason?: string
  publishAt?: string
  unpublishAt?: string
  gate?: GateResult
  override?: { reason: string }
  assignee?: DocId | null
  dueDate?: string | Date
  /** Set when the jobs queue carries out a scheduled change. */
  scheduled?: boolean
  /** The language of the refusal message (409 conflict). */
  language?: 'en' | 'zh'
  /** The caller holds the item's claim already (transitionClaimKey): only confirm it is unchanged. */
  claimed?: boolean
}

/**
 * The key of a transition's compare-and-set: the item, the state and the `updatedAt` of the
 * latest version that were checked. Every write (transition or edit) changes `updatedAt`, so two
 * transitions checked against the same snapshot share a key and only one can claim it.
 */
export const transitionClaimKey = (item: LoadedItem): string =>
  `transition:${item.collection}:${item.id}:${item.state}:${String(item.latest.updatedAt)}`

/** 409 for the loser of a race: the item is no longer what this transition checked. */
export function conflictError(item: LoadedItem, action: string, language?: 'en' | 'zh') {
  const stateLabel = STATE_LABELS[item.state][language ?? 'en']
  return new WorkflowError(
    409,
    'conflict',
    language === 'zh'
      ? `无法执行“${action}”：此内容刚被其他操作修改（检查时为“${stateLabel}”状态），请刷新后重试。`
      : `Cannot ${action}: the item was changed by another request since it was checked (it was ${item.state}); reload and try again.`,
  )
}

/** Claims the item as it was checked: the 409 conflict for the loser of a race. */
export async function claimTransition(payload: Payload, input: ApplyInput): Promise<string> {
  const key = transitionClaimKey(input.item)
  if (!(await claim(payload, key))) throw conflictError(input.item, input.action, input.language)
  return key
}

/** Confirms the item has not been written since it was loaded (an edit between the check and the claim). */
export async function confirmUnchanged(payload: Payload, input: ApplyInput): Promise<void> {
  const { item } = input
  const now = await loadItem(payload, item.collection, item.id)
  if (!now || now.state !== item.state || now.latest.updatedAt !== item.latest.updatedAt)
    throw conflictError(item, input.action, input.language)
}

/**
 * Claims the item as it was checked, then confirms it has not been written since it was loaded.
 * Where the caller claimed it already (a review package claims every item before writing any),
 * only confirms.
 */
async function compareAndClaim(payload: Payload, input: ApplyInput): Promise<string> {
  const key = input.claimed ? transitionClaimKey(input.item) : await claimTransition(payload, input)
  await confirmUnchanged(payload, input)
  return key
}

/** What a transition wrote: the state it moved to, its event, the document after it, when. */
export interface WrittenTransition {
  to: WorkflowState
  type: WorkflowEventType
  doc: ItemDoc
  at: string
}

/** Writes a checked transition, appends it to the audit trail, then notifies listeners, webhooks and people. */
export async function applyTransition(
  payload: Payload,
  input: ApplyInput,
): Promise<TransitionResult> {
  return recordTransition(payload, input, await writeTransition(payload, input))
}

/**
 * The write of a checked transition alone (claim, compare, update): nothing is recorded or sent
 * yet, so a review package can write all of its items before any of them is announced.
 */
export async function writeTransition(
  payload: Payload,
  input: ApplyInput,
): Promise<WrittenTransition> {
  const { item, action, actor } = input
  const { collection } = item
  const now = new Date().toISOString()
  let to: WorkflowState = TRANSITIONS[action].to
  let type: WorkflowEventType = TRANSITIONS[action].event
  let data: WorkflowData | undefined
  let draft = true

  switch (action) {
    case 'submit':
      data = { workflowState: to, submittedBy: relationId(actor.id) }
      if (input.assignee !== undefined && input.assignee !== '')
        data.assignee = input.assignee === null ? null : relationId(input.assignee)
      if (input.dueDate) data.dueDate = new Date(input.dueDate).toISOString()
      break
    case 'approve':
      // A new round of four-eyes starts: only who edits after this approval counts for the next.
      data = { workflowState: to, approvedBy: relationId(actor.id), editedSinceApproval: [] }
      break
    case 'publish': {
      draft = false
      data = { workflowState: to, _status: 'published', scheduledFor: null }
      // publishedAt is stamped by the delivery plugin's beforeChange hook, for every write that
      // publishes (src/delivery/plugin.ts), not here.
      const { latest } = item
      if ('retraction' in latest && latest.retraction?.retracted && !latest.retraction.at)
        data.retraction = { ...latest.retraction, at: now }
      break
    }
    case 'schedule':
      data = { workflowState: to, scheduledFor: input.publishAt }
      break
    case 'unpublish':
      if (input.unpublishAt) {
        to = item.state
        type = 'scheduled'
      } else if (item.live) {
        draft = false
        data = { workflowState: to, _status: 'draft', scheduledFor: null }
      } else {
        to = 'approved'
        type = 'schedule_cancelled'
        data = { workflowState: to, scheduledFor: null }
      }
      break
    case 'archive':
      draft = !item.live
      data = { workflowState: to, scheduledFor: null, ...(item.live ? { _status: 'draft' } : {}) }
      break
    default:
      data = { workflowState: to }
  }

  let doc = item.latest
  if (data) {
    // The version this writes is the actor's: a stale save refused over it names them (409).
    data.updatedBy = relationId(actor.id)
    const context: WorkflowWriteContext = { action, publish: action === 'publish' }
    const key = await compareAndClaim(payload, input)
    // A failed write leaves the item as checked: the claim is given back for a retry.
    doc = await releasingOnFailure(payload, key, () =>
      payload.update({
        collection,
        id: item.id,
        data,
        draft,
        depth: 0,
        overrideAccess: true,
        context: { [WORKFLOW_CONTEXT_KEY]: context },
      }),
    )
  }

  return { to, type, doc, at: now }
}

/** The audit row, listeners, webhooks, scheduled jobs and notifications of a written transition. */
export async function recordTransition(
  payload: Payload,
  input: ApplyInput,
  { to, type, doc, at: now }: WrittenTransition,
): Promise<TransitionResult> {
  const { item, action, actor } = input
  const { collection } = item
  const base: Omit<WorkflowEvent, 'id'> = {
    type,
    action: input.scheduled ? 'scheduled-run' : action,
    collection,
    itemId: String(item.id),
    title: titleOf(collection, doc),
    slug: typeof doc.slug === 'string' ? doc.slug : undefined,
    from: item.state,
    to,
    version: await latestVersionId(payload, collection, item.id),
    actor: { id: String(actor.id), name: await actorNameOf(payload, actor.id) },
    comment:
      input.comment ??
      (input.unpublishAt
        ? `unpublishAt ${input.unpublishAt}`
        : input.publishAt
          ? `publishAt ${input.publishAt}`
          : undefined),
    reason: input.reason,
    at: now,
  }
  const id = await recordAudit(payload, {
    ...base,
    gate: input.gate,
    overrideFourEyes: input.override,
    itemCreatedAt: item.current.createdAt,
  })
  const event: WorkflowEvent = { ...base, id }

  await emitWorkflowEvent(payload, event)
  if (action === 'publish' && wasCorrected(item.current, doc, item.live))
    await emitWorkflowEvent(payload, { ...event, type: 'corrected' })
  if (action === 'archive' && item.live)
    await emitWorkflowEvent(payload, { ...event, type: 'unpublished' })

  const change = scheduledChangeFor(action, input)
  if (change)
    await queueScheduledChange(payload, { collection, id: item.id, actor: actor.id, ...change })

  await notifyPeople(payload, action, item, doc, event)
  return { state: to, doc, event }
}

const isRetraction = (doc: ItemDoc): boolean =>
  'retraction' in doc && Boolean(doc.retraction?.retracted)

/** A publish that adds correction notes or a retraction to a live article is also a correction. */
function wasCorrected(before: ItemDoc, after: ItemDoc, wasLive: boolean): boolean {
  if (!wasLive) return false
  const count = (doc: ItemDoc) =>
    'corrections' in doc && Array.isArray(doc.corrections) ? doc.corrections.length : 0
  return count(after) > count(before) || (isRetraction(after) && !isRetraction(before))
}

export interface ScheduledChange {
  collection: WorkflowCollection
  id: DocId
  kind: 'publish' | 'unpublish'
  at: string
  actor: DocId
  reason?: string
}

/** What a `schedule` (publish at publishAt) or `unpublish` with a date leaves for the jobs queue. */
function scheduledChangeFor(
  action: WorkflowAction,
  input: ApplyInput,
): Pick<ScheduledChange, 'kind' | 'at' | 'reason'> | undefined {
  if (action === 'schedule' && input.publishAt) return { kind: 'publish', at: input.publishAt }
  if (action === 'unpublish' && input.unpublishAt)
    return { kind: 'unpublish', at: input.unpublishAt, reason: input.reason }
  return undefined
}

async function queueScheduledChange(payload: Payload, change: ScheduledChange): Promise<void> {
  await payload.jobs.queue({
    task: SCHEDULE_TASK,
    queue: WORKFLOW_QUEUE,
    waitUntil: new Date(change.at),
    input: {
      collection: change.collection,
      id: String(change.id),
      kind: change.kind,
      at: change.at,
      actor: String(change.actor),
      reason: change.reason,
    },
  })
}

async function notifyPeople(
  payload: Payload,
  action: WorkflowAction,
  item: LoadedItem,
  doc: ItemDoc,
  event: WorkflowEvent,
): Promise<void> {
  const title = event.title ?? `#${item.id}`
  const link = itemLink(payload, item.collection, item.id)
  if (action === 'submit' && relationIdOf(doc.assignee) !== undefined) {
    await notifyUser(
      payload,
      doc.assignee,
      `待审核 · Review requested: ${title}`,
      `${event.actor?.name ?? ''} 提交了“${title}”，请审核。\n${event.actor?.name ?? ''} submitted "${title}" for your review.${doc.dueDate ? `\nDue 截止: ${String(doc.dueDate)}` : ''}\n${link}`,
    )
  }
  if (action === 'request-changes') {
    await notifyUser(
      payload,
      item.submittedBy ?? item.lastEditedBy ?? item.createdBy,
      `需修改 · Changes requested: ${title}`,
      `“${title}”被退回修改：${event.comment ?? ''}\n"${title}" needs changes: ${event.comment ?? ''}\n${link}`,
    )
  }
}
