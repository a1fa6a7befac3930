import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterReadHook,
  type CollectionBeforeChangeHook,
} from 'payload'
import { isStaff } from '../access/roles.js'
import { relationId, type DocId } from '../db/ids.js'
import { message } from '../i18n/message.js'
import { actorNameOf, latestVersionId, recordAudit } from './audit.js'
import { workflowWrite } from './context.js'
import { fieldValue, relationIdOf, sameId, stableJson } from './doc-values.js'
import { editedComment } from './edit-comment.js'
import { emitWorkflowEvent } from './events.js'
import { WORKFLOW_FIELD_NAMES } from './fields.js'
import type { Article } from '../payload-types.js'
import { titleOf, type WorkflowDoc } from './items.js'
import { itemLink, notifyUser } from './notify.js'
import {
  isWorkflowCollection,
  isWorkflowState,
  STATES_RESET_BY_EDIT,
  type WorkflowState,
} from './states.js'

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
    const entries = Object.entries(value)
      .filter(([key]) => !LEXICAL_NOISE.has(key))
      .map(([key, inner]) => [key, comparable(inner)] as const)
      .filter(([, inner]) => inner !== null && inner !== '' && inner !== undefined)
    return entries.length ? Object.fromEntries(entries) : null
  }
  return value === '' || value === undefined ? null : value
}

/** Which content fields a save changes (workflow bookkeeping is not content). */
export function changedContentFields(data: object, before: object | undefined): string[] {
  if (!before) return Object.keys(data).filter((key) => !NOT_CONTENT.has(key))
  return Object.keys(data).filter(
    (key) =>
      !NOT_CONTENT.has(key) &&
      normalized(comparable(fieldValue(data, key))) !==
        normalized(comparable(fieldValue(before, key))),
  )
}

/** The editors of the round so far plus this one, as ids (a read with depth may give documents). */
function withEditor(editors: unknown, id: DocId): number[] {
  const ids = (Array.isArray(editors) ? editors : []).flatMap((editor) => {
    const editorId = relationIdOf(editor)
    return editorId === undefined ? [] : [relationId(editorId)]
  })
  return ids.some((editorId) => sameId(editorId, id)) ? ids : [...ids, relationId(id)]
}

const RESET_KEY = 'workflowEditReset'

/** What trackEdits leaves in req.context for afterEdit when an edit sends an item back to draft. */
interface EditReset {
  from: WorkflowState
  fields: string[]
}

const isEditReset = (value: unknown): value is EditReset =>
  isWorkflowState(fieldValue(value, 'from')) && Array.isArray(fieldValue(value, 'fields'))

/**
 * Keeps the workflow fields honest on every save that is not a workflow transition:
 * a new item starts as a draft; a content edit records who made it (for four-eyes) and, on
 * approved, scheduled or published content, starts a new round of review for that version —
 * the live version stays live because users can only save drafts of live content.
 */
export const trackEdits: CollectionBeforeChangeHook<WorkflowDoc> = async ({
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
        editedSinceApproval: [user.id],
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
  const assigneeId = relationIdOf(data.assignee)
  if (
    data.assignee !== undefined &&
    !sameId(data.assignee, originalDoc?.assignee) &&
    assigneeId !== undefined
  ) {
    const assignee = await req.payload.findByID({
      collection: 'users',
      id: assigneeId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const roles = assignee?.roles ?? []
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
  data.editedSinceApproval = withEditor(originalDoc?.editedSinceApproval, user.id)
  const state = originalDoc?.workflowState ?? 'draft'
  if (STATES_RESET_BY_EDIT.includes(state)) {
    Object.assign(data, { workflowState: 'draft', approvedBy: null, scheduledFor: null })
    const reset: EditReset = { from: state, fields: changed }
    req.context[`${RESET_KEY}:${collection.slug}:${originalDoc?.id}`] = reset
  }
  const retraction = 'retraction' in data ? data.retraction : undefined
  if (retraction && !retraction.retracted) retraction.at = null
  return data
}

/** Records an edit that sent approved or live content back to draft, and tells a newly assigned reviewer. */
export const afterEdit: CollectionAfterChangeHook<WorkflowDoc> = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  // Registered on the workflow collections only: the guard narrows the slug.
  if (workflowWrite(req.context) || !req.user || !isWorkflowCollection(collection.slug)) return doc
  const slug = collection.slug
  const key = `${RESET_KEY}:${slug}:${doc.id}`
  const reset = req.context[key]
  if (isEditReset(reset)) {
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
        name: await actorNameOf(req.payload, req.user.id, req),
      },
      comment: editedComment(reset.fields),
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
export const hideRetractedBody: CollectionAfterReadHook<Article> = ({ doc, req }) => {
  if (isStaff(req.user)) return doc
  if (doc?.retraction?.retracted) {
    return { ...doc, body: null }
  }
  return doc
}
