/**
 * Which document an audit event or a review comment belongs to: its collection, its id and its
 * creation time. The id alone does not say it: SQLite handed the highest id out again after that
 * document was deleted (until migration 20261201_231621_autoincrement_ids), and the new document
 * showed the deleted one's history and was blocked by its comments. The creation time is written
 * once by whichever instance created the document and never changes, so it is compared for
 * equality, never against a clock.
 *
 * Rows without the key (written before it existed, on MongoDB, which has no migrations here and
 * never reuses an ObjectId) still match by id. On SQLite the migration gives every older row the
 * creation time of the document it belongs to, or `deleted` when that document is gone, so such a
 * row never matches a document created later.
 */
import type { Payload, TextField, Where } from 'payload'
import type { DocId } from '../db/ids.js'
import { label } from '../i18n/label.js'
import type { WorkflowCollection } from './states.js'

export const itemCreatedAtField: TextField = {
  name: 'itemCreatedAt',
  type: 'text',
  label: label('Item created at', '内容创建时间'),
}

/** The creation time of the document (main table, not a version) the row is about. */
export async function itemCreatedAtOf(
  payload: Payload,
  collection: WorkflowCollection,
  id: DocId,
): Promise<string | undefined> {
  const doc = await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: { createdAt: true },
  })
  return doc?.createdAt ?? undefined
}

/** The events or comments of this document, not of an earlier one that had its id. */
export function rowsOfItem(
  collection: WorkflowCollection,
  item: { id: DocId; createdAt: string },
): Where {
  return {
    and: [
      { itemCollection: { equals: collection } },
      { itemId: { equals: String(item.id) } },
      {
        or: [{ itemCreatedAt: { equals: item.createdAt } }, { itemCreatedAt: { exists: false } }],
      },
    ],
  }
}

/** Whether a row read some other way (the calendar lists events by date) is about this document. */
export function isRowOfItem(
  row: { itemCreatedAt?: string | null },
  item: { createdAt: string },
): boolean {
  return !row.itemCreatedAt || row.itemCreatedAt === item.createdAt
}
