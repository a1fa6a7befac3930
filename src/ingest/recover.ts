/**
 * Cleans up after an import that a crash interrupted. Where the database has no transaction for
 * an import (the server on SQLite), the Import record says `running` before the first draft is
 * written; a failure undoes the drafts and marks it `failed`, a success marks it `done`. A record
 * still `running` long after it started belongs to a process that died in the middle: every
 * draft that import wrote links the Source it created first, so those drafts and that Source are
 * removed and the record says `failed` at stage `interrupted`. Re-importing the bytes then works.
 */
import type { CollectionSlug, Payload } from 'payload'
import type { Import } from '../payload-types.js'

/** An import that has been `running` this long is taken for interrupted (no import takes minutes). */
export const INTERRUPTED_AFTER_MS = 10 * 60_000

const DRAFT_COLLECTIONS: CollectionSlug[] = ['qa-entries', 'qa-sets', 'glossary-terms', 'articles']

export function isInterrupted(record: Pick<Import, 'status' | 'updatedAt'>, olderThanMs = INTERRUPTED_AFTER_MS): boolean {
  return record.status === 'running' && Date.now() - new Date(record.updatedAt).getTime() >= olderThanMs
}

/** Removes what an interrupted import wrote and marks its record `failed`; returns the record and how many documents went. */
export async function recoverInterruptedImport(payload: Payload, record: Import): Promise<{ record: Import; removed: number }> {
  const startedAt = record.updatedAt
  const sources = await payload.find({
    collection: 'sources',
    where: { and: [{ rawSha256: { equals: record.sha256 } }, { createdAt: { greater_than_equal: startedAt } }] },
    depth: 0,
    pagination: false,
    select: { rawSha256: true },
    overrideAccess: true,
  })
  let removed = 0
  for (const source of sources.docs) {
    for (const collection of DRAFT_COLLECTIONS) {
      const drafts = await payload.find({
        collection,
        where: { and: [{ 'sources.source': { equals: source.id } }, { createdAt: { greater_than_equal: startedAt } }] },
        draft: true,
        depth: 0,
        pagination: false,
        select: { updatedAt: true },
        overrideAccess: true,
      })
      for (const draft of drafts.docs) {
        await payload.delete({ collection, id: draft.id, overrideAccess: true })
        removed++
      }
    }
    await payload.delete({ collection: 'sources', id: source.id, overrideAccess: true })
    removed++
  }
  const failed = await payload.update({
    collection: 'imports',
    id: record.id,
    data: { status: 'failed', stage: 'interrupted', error: `The import was interrupted (the process stopped while writing); the ${removed} document(s) it had written were removed.` },
    depth: 0,
    overrideAccess: true,
  })
  return { record: failed, removed }
}

/** Recovers every import left `running` for longer than `olderThanMs`. */
export async function recoverInterruptedImports(payload: Payload, { olderThanMs = INTERRUPTED_AFTER_MS } = {}): Promise<number> {
  const running = await payload.find({
    collection: 'imports',
    where: { and: [{ status: { equals: 'running' } }, { updatedAt: { less_than_equal: new Date(Date.now() - olderThanMs).toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const record of running.docs) {
    const { removed } = await recoverInterruptedImport(payload, record)
    payload.logger.warn({ import: record.id, file: record.fileName, removed }, 'recovered an interrupted import')
  }
  return running.docs.length
}

/**
 * Recovers interrupted imports now (an import that this process was running before it stopped)
 * and every few minutes (those of another instance that stopped).
 */
export async function watchInterruptedImports(payload: Payload, everyMs = INTERRUPTED_AFTER_MS / 2): Promise<void> {
  const sweep = () =>
    recoverInterruptedImports(payload).catch((error: unknown) => {
      payload.logger.error({ err: error }, 'could not recover interrupted imports')
      return 0
    })
  await sweep()
  setInterval(sweep, everyMs).unref()
}
