import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { DocId } from '../db/ids.js'

/** What a unit of work created, so that it can be undone when the database has no transactions. */
export class CreatedDocs {
  readonly docs: { collection: CollectionSlug; id: DocId }[] = []

  add(collection: CollectionSlug, id: DocId): void {
    this.docs.push({ collection, id })
  }
}

export type AtomicMode = 'transaction' | 'compensation'

// SQLite runs without transactions here on purpose: enabling them in the libsql adapter leaks a
// connection (two file descriptors) per transaction — libsql hands its connection to the
// transaction and never closes it — and the fresh connection lacks the busy timeout. Measured:
// 200 imports → 439 open descriptors. So on SQLite the importer compensates.

/**
 * Runs `work` all or nothing. With a database transaction when the adapter gives one (MongoDB on
 * a replica set, Postgres); otherwise every document
 * `work` created is deleted again, newest first, before the error is rethrown.
 * `forceCompensation` exercises the fallback on a database that has transactions.
 */
export async function runAtomically<T>(
  payload: Payload,
  req: PayloadRequest,
  work: (created: CreatedDocs) => Promise<T>,
  { forceCompensation = false }: { forceCompensation?: boolean } = {},
): Promise<{ result: T; mode: AtomicMode }> {
  const transactionID = forceCompensation ? null : await payload.db.beginTransaction()
  const created = new CreatedDocs()
  if (transactionID !== null && transactionID !== undefined) {
    req.transactionID = transactionID
    try {
      const result = await work(created)
      await payload.db.commitTransaction(transactionID)
      return { result, mode: 'transaction' }
    } catch (error) {
      await payload.db.rollbackTransaction(transactionID)
      throw error
    } finally {
      delete req.transactionID
    }
  }
  try {
    return { result: await work(created), mode: 'compensation' }
  } catch (error) {
    await undo(payload, created)
    throw error
  }
}

async function undo(payload: Payload, created: CreatedDocs): Promise<void> {
  for (const { collection, id } of [...created.docs].reverse()) {
    try {
      await payload.delete({ collection, id, overrideAccess: true })
    } catch (error) {
      payload.logger.error({ err: error, collection, id }, 'import: could not remove a document created before the failure')
    }
  }
}
