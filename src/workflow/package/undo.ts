/**
 * Compensation for a review package whose writes failed half-way: each item already written is put
 * back as it was checked. The server's SQLite runs without adapter transactions (src/ingest/atomic.ts
 * says why) and a transition's side effects (audit row, webhooks, e-mail) are not transactional
 * anyway, so a package writes every item first, announces nothing until all are written, and on a
 * failure undoes the writes here — the same approach the importer takes in the server.
 */
import type { Payload } from 'payload'
import { relationId, relationIdOf } from '../../db/ids.js'
import { WORKFLOW_CONTEXT_KEY, type WorkflowWriteContext } from '../context.js'
import type { ApplyInput } from '../transition.js'

const UNDO: WorkflowWriteContext = { action: 'undo-package', publish: false }
const context = { [WORKFLOW_CONTEXT_KEY]: UNDO }

const idOrNull = (value: unknown) => {
  const id = relationIdOf(value)
  return id === undefined ? null : relationId(id)
}

/**
 * Writes back the workflow fields of the version the transition was checked against. A publish of
 * content that was not live becomes a draft again (as an unpublish writes it); a publish over a
 * live version brings that version back as the live one and the approved draft back as the latest.
 */
export async function undoWrite(payload: Payload, { item, action }: ApplyInput): Promise<void> {
  const { collection, id, latest } = item
  const fields = {
    workflowState: item.state,
    submittedBy: idOrNull(latest.submittedBy),
    approvedBy: idOrNull(latest.approvedBy),
    assignee: idOrNull(latest.assignee),
    dueDate: latest.dueDate ?? null,
    scheduledFor: latest.scheduledFor ?? null,
    editedSinceApproval: (latest.editedSinceApproval ?? []).map(idOrNull).filter((v) => v !== null),
    updatedBy: idOrNull(latest.updatedBy),
  }
  if (action !== 'publish') {
    await payload.update({ collection, id, data: fields, draft: true, depth: 0, context })
    return
  }
  if (!item.live) {
    await payload.update({
      collection,
      id,
      data: { ...fields, _status: 'draft' },
      draft: false,
      depth: 0,
      context,
    })
    return
  }
  // Newest first: the publish just written, then the live version before it; the approved draft
  // it published is the newest draft.
  const versions = (status: 'published' | 'draft') =>
    payload.db.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: status } }] },
      sort: '-updatedAt',
      limit: 2,
      locale: 'all',
      pagination: false,
    })
  const [published, drafts] = await Promise.all([versions('published'), versions('draft')])
  const previousLive = published.docs[1]
  const approvedDraft = drafts.docs[0]
  if (!previousLive || !approvedDraft)
    throw new Error(`undo ${collection} ${id}: the versions to restore are missing`)
  // The live version back as the document and the newest version (Payload's own restore).
  await payload.restoreVersion({ collection, id: previousLive.id, depth: 0, context })
  // Then the approved draft back on top, as it was, every locale: Payload 3.90's Local API
  // restoreVersion drops its `draft` argument (a draft restore would overwrite the live document),
  // so the version row is written at the adapter. Hooks do not run for it: the search index takes
  // the draft in at its next catch-up (src/search/service.ts).
  const now = new Date().toISOString()
  await payload.db.createVersion({
    collectionSlug: collection,
    parent: id,
    versionData: { ...approvedDraft.version, ...fields, _status: 'draft', updatedAt: now },
    autosave: false,
    createdAt: now,
    updatedAt: now,
  })
}
