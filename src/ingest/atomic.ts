import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { DocId } from '../db/ids.js'
import { canUseDedicatedTransaction, withDedicatedTransaction } from '../db/sqlite-transaction.js'

/** What a unit of work created, so that it can be undone when the database has no transactions. */
export class CreatedDocs {
  readonly docs: { collection: CollectionSlug; id: DocId }[] = []

  add(collection: CollectionSlug, id: DocId): void {
    this.docs.push({ collection, id })
  }
}

export type AtomicMode = 'transaction' | 'compensation'

// SQLite runs without adapter transactions here on purpose: enabling them in the libsql adapter
// leaks a connection (two file descriptors) per transaction — libsql hands its connection to the
// transaction and never closes it — and the fresh connection lacks the busy timeout. Measured:
// 200 imports → 439 open descriptors. So on SQLite the importer compensates, except in a process
// that is the database's only writer (the CLI), which gets a transaction on a connection of its own.

export interface AtomicOptions {
  /** Undo by deletion even where a transaction is possible (to test the fallback). */
  forceCompensation?: boolean
  /** Nothing else in this process writes to the database (the CLI): SQLite may then use a transaction. */
  soleWriter?: boolean
}

/**
 * Runs `work` all or nothing. With a database transaction when the adapter gives one (MongoDB on
 * a replica set, Postgres) or, on SQLite, when this process is the only writer; otherwise every
 * document `work` created is deleted again, newest first, before the error is rethrown.
 */
export async function runAtomically<T>(
  payload: Payload,
  req: PayloadRequest,
  work: (created: CreatedDocs, mode: AtomicMode) => Promise<T>,
  { forceCompensation = false, soleWriter = false }: AtomicOptions = {},
): Promise<{ result: T; mode: AtomicMode }> {
  const created = new CreatedDocs()
  if (!forceCompensation && soleWriter && canUseDedicatedTransaction(payload)) {
    const result = await withDedicatedTransaction(payload, async (transactionID) => {
      req.transactionID = transactionID
      try {
        return await work(created, 'transaction')
      } finally {
        delete req.transactionID
      }
    })
    return { result, mode: 'transaction' }
  }
  const transactionID = forceCompensation ? null : await payload.db.beginTransaction()
  if (transactionID !== null && transactionID !== undefined) {
    req.transactionID = transactionID
    try {
      const result = await work(created, 'transaction')
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
    return { result: await work(created, 'compensation'), mode: 'compensation' }
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
      payload.logger.error(
        { err: error, collection, id },
        'import: could not remove a document created before the failure',
      )
    }
  }
}
