import type { Payload, PayloadRequest, Where } from 'payload'
import { docIdFromText } from '../db/ids.js'
import { message } from '../i18n/message.js'
import { fieldValue } from './doc-values.js'
import { WorkflowError } from './errors.js'
import { assertStaffViewer } from './staff-view.js'
import { titleOf, type WorkflowDoc } from './items.js'
import { isRowOfItem } from './item-key.js'
import {
  isWorkflowCollection,
  isWorkflowState,
  WORKFLOW_COLLECTIONS,
  type WorkflowCollection,
  type WorkflowState,
} from './states.js'
import { SCHEDULE_TASK } from './transition.js'

/** What happens at an entry's time: a scheduled publish, a scheduled unpublish, or a publish that took place. */
export type CalendarKind = 'publish' | 'unpublish' | 'published'

export interface CalendarEntry {
  kind: CalendarKind
  at: string
  collection: WorkflowCollection
  id: string
  title?: string
  /** The item's workflow state now. */
  state: WorkflowState
}

export interface CalendarQuery {
  from?: string
  to?: string
}

/** Longest span one request may ask for: a month grid with its leading and trailing weeks, and then some. */
export const CALENDAR_MAX_DAYS = 100
/** Entries read from each source (scheduled items per collection, unpublish jobs, publish events). */
const PER_SOURCE_LIMIT = 500

const stateOf = (doc: WorkflowDoc): WorkflowState =>
  isWorkflowState(doc.workflowState) ? doc.workflowState : 'draft'

/**
 * The editorial calendar between `from` (inclusive) and `to` (exclusive): scheduled publishes (the
 * latest version's `scheduledFor`), scheduled unpublishes of live items (the queued jobs, the only
 * place they are kept) and publishes that took place (the audit trail, which holds them for every
 * collection, republications included). Read with the caller's access, staff only.
 */
export async function editorialCalendar(
  payload: Payload,
  req: PayloadRequest,
  query: CalendarQuery,
): Promise<{ entries: CalendarEntry[]; truncated: boolean }> {
  const t = (en: string, zh: string) => message(req, en, zh)
  assertStaffViewer(req, 'calendar')
  const from = instant(query.from, 'from', t)
  const to = instant(query.to, 'to', t)
  if (to <= from || to.getTime() - from.getTime() > CALENDAR_MAX_DAYS * 86_400_000)
    throw new WorkflowError(
      400,
      'invalid-parameter',
      t(
        `Parameter "to" must be after "from", at most ${CALENDAR_MAX_DAYS} days later.`,
        `参数 to 须晚于 from，且相隔不超过 ${CALENDAR_MAX_DAYS} 天。`,
      ),
    )
  const range = { greater_than_equal: from.toISOString(), less_than: to.toISOString() }
  const reader = { overrideAccess: false, user: req.user, req, depth: 0 } as const

  const entries: CalendarEntry[] = []
  let truncated = false

  for (const collection of WORKFLOW_COLLECTIONS) {
    const scheduled = await payload.find({
      collection,
      where: { and: [{ workflowState: { equals: 'scheduled' } }, { scheduledFor: range }] },
      draft: true,
      limit: PER_SOURCE_LIMIT,
      sort: 'scheduledFor',
      ...reader,
    })
    truncated ||= scheduled.hasNextPage
    for (const doc of scheduled.docs)
      if (doc.scheduledFor)
        entries.push({
          kind: 'publish',
          at: doc.scheduledFor,
          collection,
          id: String(doc.id),
          title: titleOf(collection, doc),
          state: stateOf(doc),
        })
  }

  // Scheduled unpublishes live only in the jobs queue; the job's own run checks the item is live.
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: SCHEDULE_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: range },
      ],
    },
    limit: PER_SOURCE_LIMIT,
    sort: 'waitUntil',
    depth: 0,
    overrideAccess: true,
  })
  truncated ||= jobs.hasNextPage
  const unpublishes = jobs.docs.flatMap((job) => {
    const input = unpublishInput(job.input)
    return input ? [input] : []
  })
  for (const collection of WORKFLOW_COLLECTIONS) {
    const planned = unpublishes.filter((input) => input.collection === collection)
    const live = await readItems(payload, collection, planned, false, reader)
    for (const input of planned) {
      const doc = live.get(input.id)
      if (doc?._status === 'published')
        entries.push({
          kind: 'unpublish',
          at: input.at,
          collection,
          id: input.id,
          title: titleOf(collection, doc),
          state: stateOf(doc),
        })
    }
  }

  const events = await payload.find({
    collection: 'workflow-events',
    where: { and: [{ event: { equals: 'published' } }, { at: range }] },
    limit: PER_SOURCE_LIMIT,
    sort: 'at',
    ...reader,
  })
  truncated ||= events.hasNextPage
  for (const collection of WORKFLOW_COLLECTIONS) {
    const published = events.docs.flatMap((event) =>
      event.itemCollection === collection
        ? [{ id: event.itemId, at: event.at, itemCreatedAt: event.itemCreatedAt }]
        : [],
    )
    // The item as it is now (its latest title and state); deleted items leave the calendar.
    const items = await readItems(payload, collection, published, true, reader)
    for (const event of published) {
      const doc = items.get(event.id)
      // Only this document's publications, not those of a deleted one that had its id.
      if (doc && isRowOfItem(event, doc))
        entries.push({
          kind: 'published',
          at: event.at,
          collection,
          id: event.id,
          title: titleOf(collection, doc),
          state: stateOf(doc),
        })
    }
  }

  entries.sort((a, b) => a.at.localeCompare(b.at))
  return { entries, truncated }
}

/** A scheduled-change job's input when it is an unpublish of a workflow item (its JSON, typed by hand). */
function unpublishInput(
  input: unknown,
): { collection: WorkflowCollection; id: string; at: string } | undefined {
  const collection = fieldValue(input, 'collection')
  const id = fieldValue(input, 'id')
  const at = fieldValue(input, 'at')
  if (fieldValue(input, 'kind') !== 'unpublish' || !isWorkflowCollection(collection)) return
  if (typeof id !== 'string' || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return
  return { collection, id, at: new Date(at).toISOString() }
}

/** The documents of one collection with these ids that the reader may read, by id as text. */
async function readItems(
  payload: Payload,
  collection: WorkflowCollection,
  wanted: { id: string }[],
  draft: boolean,
  reader: { overrideAccess: false; user: PayloadRequest['user']; req: PayloadRequest; depth: 0 },
): Promise<Map<string, WorkflowDoc>> {
  const ids = [...new Set(wanted.map((item) => item.id))]
  if (!ids.length) return new Map()
  const where: Where = {
    id: { in: ids.map((id) => docIdFromText(payload.db.defaultIDType, id)) },
  }
  const { docs } = await payload.find({
    collection,
    where,
    draft,
    limit: ids.length,
    pagination: false,
    ...reader,
  })
  return new Map(docs.map((doc): [string, WorkflowDoc] => [String(doc.id), doc]))
}

function instant(
  value: string | undefined,
  name: 'from' | 'to',
  t: (en: string, zh: string) => string,
): Date {
  const date = value ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime()))
    throw new WorkflowError(
      400,
      'invalid-parameter',
      t(
        `Parameter "${name}" must be a date or date-time (ISO 8601).`,
        `参数 ${name} 须为日期或日期时间（ISO 8601）。`,
      ),
    )
  return date
}
