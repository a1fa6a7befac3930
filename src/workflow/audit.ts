import type { Payload, PayloadRequest } from 'payload'
import { docIdFromText, type DocId } from '../db/ids.js'
import { AUDIT_CONTEXT_KEY } from './context.js'
import type { GateResult } from './gate.js'
import type { WorkflowEvent } from './events.js'
import { itemCreatedAtOf } from './item-key.js'

export interface AuditEntry extends Omit<WorkflowEvent, 'id'> {
  gate?: GateResult
  overrideFourEyes?: { reason: string }
  /** The main document's creation time, when the caller has read it (saves reading it again). */
  itemCreatedAt?: string
}

/** The id of the version a write just produced (versions are what reviewers approve). */
export async function latestVersionId(
  payload: Payload,
  collection: WorkflowEvent['collection'],
  id: number | string,
): Promise<string | undefined> {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? String(docs[0].id) : undefined
}

/**
 * How the audit trail names an actor: as their user record says at the time — the name, which
 * only an administrator sets (collections/Users.ts), else the e-mail address — never from the
 * user object a caller passes, which may say anything.
 */
export async function actorNameOf(
  payload: Payload,
  id: DocId,
  req?: PayloadRequest,
): Promise<string | undefined> {
  const user = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true, email: true },
    req,
  })
  return user?.name || user?.email || undefined
}

/**
 * Appends one row to the audit trail; nothing else can create, change or delete these rows. The
 * row carries the item's creation time, so it never shows under a later document with the same id.
 */
export async function recordAudit(payload: Payload, entry: AuditEntry): Promise<string> {
  const itemId = docIdFromText(payload.db.defaultIDType, entry.itemId)
  const row = await payload.create({
    collection: 'workflow-events',
    data: {
      itemCollection: entry.collection,
      itemId: entry.itemId,
      itemCreatedAt:
        entry.itemCreatedAt ?? (await itemCreatedAtOf(payload, entry.collection, itemId)),
      itemTitle: entry.title,
      version: entry.version,
      action: entry.action,
      event: entry.type,
      from: entry.from,
      to: entry.to,
      actorId: entry.actor?.id,
      actorName: entry.actor?.name,
      at: entry.at,
      comment: entry.comment,
      reason: entry.reason,
      gate: entry.gate,
      fourEyesOverride: Boolean(entry.overrideFourEyes),
      overrideReason: entry.overrideFourEyes?.reason,
    },
    overrideAccess: true,
    context: { [AUDIT_CONTEXT_KEY]: true },
  })
  return String(row.id)
}
