import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterReadHook,
  type CollectionBeforeChangeHook,
} from 'payload'
import { isStaff } from '../access/roles.js'
import { message } from '../i18n/message.js'
import { latestVersionId, recordAudit } from './audit.js'
import { workflowWrite } from './context.js'
import { relationIdOf, sameId, stableJson } from './doc-values.js'
import { emitWorkflowEvent } from './events.js'
import { WORKFLOW_FIELD_NAMES } from './fields.js'
import { titleOf } from './items.js'
import { itemLink, notifyUser } from './notify.js'
import { STATES_RESET_BY_EDIT, type WorkflowCollection, type WorkflowState } from './states.js'

const NOT_CONTENT = new Set<string>([
  ...WORKFLOW_FIELD_NAMES,
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'deletedAt',
])
// Keys Lexical adds or drops on a round trip through the editor, and row ids Payload assigns: not edits.
const LEXICAL_NOISE = new Set(['direction', 'textFormat', 'textStyle', 'id'])

const normalized = (value: unknown): string => stableJson(value ?? null)

function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? value.map(comparable) : null
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !LEXICAL_NOISE.has(key))
      .map(([key, inner]) => [key, comparable(inner)] as const)
      .filter(([, inner]) => inner !== null && inner !== '' && inner !== undefined)
    return entries.length ? Object.fromEntries(entries) : null
  }
  return value === '' || value === undefined ? null : value
}

/** Which content fields a save changes (workflow bookkeeping is not content). */
export function changedContentFields(
  data: Record<string, unknown>,
  before: Record<string, unknown> | undefined,
): string[] {
  if (!before) return Object.keys(data).filter((key) => !NOT_CONTENT.has(key))
  return Object.keys(data).filter(
    (key) =>
      !NOT_CONTENT.has(key) &&
      normalized(comparable(data[key])) !== normalized(comparable(before[key])),
  )
}

const RESET_KEY = 'workflowEditReset'

/**
 * Keeps the workflow fields honest on every save that is not a workflow transition:
 * a new item starts as a draft; a content edit records who made it (for four-eyes) and, on
 * approved, scheduled or published content, starts a new round of review for that version —
 * the live version stays live because users can only save drafts of live content.
 */
export const trackEdits: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (workflowWrite(req.context)) return data
  const user = req.user
  if (operation === 'create') {
    if (user) {
      Object.assign(data, {
        workflowState: 'draft',
        submittedBy: null,
        approvedBy: null,
        scheduledFor: null,
        lastEditedBy: user.id,
      })
    } else if (!data.workflowState || data.workflowState === 'draft') {
      data.workflowState = data._status === 'published' ? 'published' : 'draft'
    }
    return data
  }
  if (!user) {
    if (data._status === 'published') data.workflowState = 'published'
    return data
  }
  if (
    data.assignee !== undefined &&
    !sameId(data.assignee, originalDoc?.assignee) &&
    relationIdOf(data.assignee) !== undefined
  ) {
    const assignee = await req.payload.findByID({
      collection: 'users',
      id: relationIdOf(data.assignee) as number,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const roles = (assignee as { roles?: string[] } | null)?.roles ?? []
    if (!roles.includes('reviewer') && !roles.includes('admin')) {
      throw new APIError(
        message(req, 'The assignee must be a reviewer.', '指派对象须为审核人。'),
        400,
        [
          {
            path: 'assignee',
            message: message(req, 'The assignee must be a reviewer.', '指派对象须为审核人。'),
          },
        ],
      )
    }
  }
  const changed = changedContentFields(data, originalDoc)
  if (!changed.length) return data
  data.lastEditedBy = user.id
  const state = (originalDoc?.workflowState as WorkflowState | undefined) ?? 'draft'
  if (STATES_RESET_BY_EDIT.includes(state)) {
    Object.assign(data, { workflowState: 'draft', approvedBy: null, scheduledFor: null })
    req.context[`${RESET_KEY}:${collection.slug}:${originalDoc?.id}`] = {
      from: state,
      fields: changed,
    }
  }
  const retraction = data.retraction as { retracted?: boolean; at?: unknown } | undefined
  if (retraction && !retraction.retracted) retraction.at = null
  return data
}

/** Records an edit that sent approved or live content back to draft, and tells a newly assigned reviewer. */
export const afterEdit: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (workflowWrite(req.context) || !req.user) return doc
  const slug = collection.slug as WorkflowCollection
  const key = `${RESET_KEY}:${slug}:${doc.id}`
  const reset = req.context[key] as { from: WorkflowState; fields: string[] } | undefined
  if (reset) {
    delete req.context[key]
    const entry = {
      type: 'edited' as const,
      action: 'edit' as const,
      collection: slug,
      itemId: String(doc.id),
      title: titleOf(slug, doc),
      from: reset.from,
      to: 'draft' as const,
      version: await latestVersionId(req.payload, slug, doc.id),
      actor: {
        id: String(req.user.id),
        name: (req.user as { name?: string }).name ?? (req.user as { email?: string }).email,
      },
      comment: `edited: ${reset.fields.join(', ')}`,
      at: new Date().toISOString(),
    }
    const id = await recordAudit(req.payload, entry)
    await emitWorkflowEvent(req.payload, { ...entry, id })
  }
  if (
    relationIdOf(doc.assignee) !== undefined &&
    !sameId(doc.assignee, previousDoc?.assignee) &&
    !sameId(doc.assignee, req.user.id)
  ) {
    const title = titleOf(slug, doc) ?? `#${doc.id}`
    await notifyUser(
      req.payload,
      doc.assignee,
      `指派审核 · Assigned to you: ${title}`,
      `您被指派审核“${title}”。\nYou are the assigned reviewer of "${title}".\n${itemLink(req.payload, slug, doc.id)}`,
    )
  }
  return doc
}

/** A retracted article keeps its URL, but readers get the notice and reason instead of the body. */
export const hideRetractedBody: CollectionAfterReadHook = ({ doc, req }) => {
  if (isStaff(req.user)) return doc
  if ((doc?.retraction as { retracted?: boolean } | undefined)?.retracted) {
    return { ...doc, body: null }
  }
  return doc
}
