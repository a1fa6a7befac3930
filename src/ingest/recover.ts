/**
 * Cleans up after an import that a crash interrupted. Where the database has no transaction for
 * an import (the server on SQLite), the Import record says `running` before the first draft is
 * written; a failure undoes the drafts and marks it `failed`, a success marks it `done`. A record
 * still `running` long after it started belongs to a process that died in the middle: every
 * draft that import wrote links the Source it created first, so those drafts and that Source are
 * removed and the record says `failed` at stage `interrupted`. Re-importing the bytes then works.
 * The record names the process writing it: when that process ran on this host and is gone (a
 * server restarted after a crash), the import is taken for interrupted at once.
 */
import os from 'node:os'
import type { CollectionSlug, Payload } from 'payload'
import type { DocId } from '../db/ids.js'
import type { Import } from '../payload-types.js'

/** An import that has been `running` this long is taken for interrupted (no import takes minutes). */
export const INTERRUPTED_AFTER_MS = 10 * 60_000

// Sets first: their entries go with them (an interrupted entry may lack its sources, not its set).
const DRAFT_COLLECTIONS: CollectionSlug[] = ['qa-sets', 'qa-entries', 'glossary-terms', 'articles']

/** This process, as a running import records it: host, pid and when the process started. */
export function currentProcess(): string {
  return `${os.hostname()} ${process.pid} ${Math.round(performance.timeOrigin)}`
}

/**
 * The process named by `runningIn` is gone: it ran on this host, and its pid is free, or is this
 * process's own pid while this process started later (a restarted container reuses its pid).
 * Unknown when it ran elsewhere (another instance): then only the age tells. Assumes what
 * Docker and Kubernetes give by default: no two containers share a hostname.
 */
export function processIsGone(runningIn: string | null | undefined): boolean {
  const match = runningIn?.match(/^(\S+) (\d+) (\d+)$/)
  if (!match || match[1] !== os.hostname()) return false
  if (runningIn === currentProcess()) return false
  const pid = Number(match[2])
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    // EPERM: a live process of another user has that pid now; only the age tells.
    return error instanceof Error && 'code' in error && error.code === 'ESRCH'
  }
}

export function isInterrupted(
  record: Pick<Import, 'status' | 'updatedAt' | 'runningIn'>,
  olderThanMs = INTERRUPTED_AFTER_MS,
): boolean {
  if (record.status !== 'running') return false
  return (
    Date.now() - new Date(record.updatedAt).getTime() >= olderThanMs ||
    processIsGone(record.runningIn)
  )
}

/**
 * A create writes the document's row, its arrays, then its first version, without a transaction,
 * within milliseconds; one still without a version this much after its creation was interrupted.
 * (The interrupted import's own process is gone by now; the margin spares another process's
 * create that is in flight.)
 */
const HALF_WRITTEN_AFTER_MS = 10_000

/**
 * The documents of `collection` created since `since` that cite `sourceId`. Both the latest
 * version (drafts) and the document's own row are asked: a process killed in the middle of a
 * create can leave one of them without its `sources` rows (seen in
 * tests/cluster/import-crash.test.ts: a Q&A entry whose version had no source).
 */
async function citing(
  payload: Payload,
  collection: CollectionSlug,
  sourceId: DocId,
  since: string,
): Promise<Set<DocId>> {
  const ids = new Set<DocId>()
  for (const draft of [true, false]) {
    const found = await payload.find({
      collection,
      where: {
        and: [
          { 'sources.source': { equals: sourceId } },
          { createdAt: { greater_than_equal: since } },
        ],
      },
      draft,
      depth: 0,
      pagination: false,
      select: { updatedAt: true },
      overrideAccess: true,
    })
    for (const doc of found.docs) ids.add(doc.id)
  }
  return ids
}

/** Q&A entries of the sets being removed: an entry killed before its `sources` still has its set. */
async function entriesOf(payload: Payload, sets: DocId[], since: string): Promise<Set<DocId>> {
  if (sets.length === 0) return new Set()
  const found = await payload.find({
    collection: 'qa-entries',
    where: { and: [{ set: { in: sets } }, { createdAt: { greater_than_equal: since } }] },
    depth: 0,
    pagination: false,
    select: { updatedAt: true },
    overrideAccess: true,
  })
  return new Set(found.docs.map((doc) => doc.id))
}

/**
 * Documents created since `since` that have no version at all, once old enough to tell: a create that
 * stopped between the document's row and its first version, whoever made it (no other write
 * leaves a versioned document without a version). Its row may lack every relation, so nothing
 * else would find it.
 */
async function halfWritten(
  payload: Payload,
  collection: CollectionSlug,
  since: string,
): Promise<DocId[]> {
  const found = await payload.find({
    collection,
    where: { createdAt: { greater_than_equal: since } },
    depth: 0,
    pagination: false,
    select: { createdAt: true },
    overrideAccess: true,
  })
  const versions = async (id: DocId) =>
    (
      await payload.countVersions({
        collection,
        where: { parent: { equals: id } },
        overrideAccess: true,
      })
    ).totalDocs
  const ids: DocId[] = []
  for (const doc of found.docs) {
    if ((await versions(doc.id)) > 0) continue
    // Too young to tell: wait until it is not, then look again (the record is marked failed
    // after this, so no later sweep would come back to it).
    const created = 'createdAt' in doc && typeof doc.createdAt === 'string' ? doc.createdAt : ''
    const wait = (Date.parse(created) || Date.now()) + HALF_WRITTEN_AFTER_MS - Date.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    if ((await versions(doc.id)) === 0) ids.push(doc.id)
  }
  return ids
}

/** Removes what an interrupted import wrote and marks its record `failed`; returns the record and how many documents went. */
export async function recoverInterruptedImport(
  payload: Payload,
  record: Import,
): Promise<{ record: Import; removed: number }> {
  const startedAt = record.updatedAt
  const sources = await payload.find({
    collection: 'sources',
    where: {
      and: [
        { rawSha256: { equals: record.sha256 } },
        { createdAt: { greater_than_equal: startedAt } },
      ],
    },
    depth: 0,
    pagination: false,
    select: { rawSha256: true },
    overrideAccess: true,
  })
  let removed = 0
  const remove = async (collection: CollectionSlug, ids: Iterable<DocId>) => {
    for (const id of ids) {
      await payload.delete({ collection, id, overrideAccess: true })
      removed++
    }
  }
  for (const source of sources.docs) {
    for (const collection of DRAFT_COLLECTIONS) {
      const ids = await citing(payload, collection, source.id, startedAt)
      // Before their sets go: deleting a set clears its entries' `set`.
      if (collection === 'qa-sets') {
        const entries = await entriesOf(payload, [...ids], startedAt)
        await remove('qa-entries', entries)
      }
      await remove(collection, ids)
    }
    await payload.delete({ collection: 'sources', id: source.id, overrideAccess: true })
    removed++
  }
  for (const collection of DRAFT_COLLECTIONS)
    await remove(collection, await halfWritten(payload, collection, startedAt))
  const failed = await payload.update({
    collection: 'imports',
    id: record.id,
    data: {
      status: 'failed',
      stage: 'interrupted',
      runningIn: null,
      error: `The import was interrupted (the process stopped while writing); the ${removed} document(s) it had written were removed.`,
    },
    depth: 0,
    overrideAccess: true,
  })
  return { record: failed, removed }
}

/** Recovers every import left `running` by a process that is gone, or for longer than `olderThanMs`. */
export async function recoverInterruptedImports(
  payload: Payload,
  { olderThanMs = INTERRUPTED_AFTER_MS } = {},
): Promise<number> {
  const running = await payload.find({
    collection: 'imports',
    where: { status: { equals: 'running' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const interrupted = running.docs.filter((record) => isInterrupted(record, olderThanMs))
  for (const record of interrupted) {
    const { removed } = await recoverInterruptedImport(payload, record)
    payload.logger.warn(
      { import: record.id, file: record.fileName, removed },
      'recovered an interrupted import',
    )
  }
  return interrupted.length
}

/**
 * Recovers interrupted imports now (those of a process on this host that stopped, such as this
 * server before a restart) and every few minutes (those of another instance that stopped).
 */
export async function watchInterruptedImports(
  payload: Payload,
  everyMs = INTERRUPTED_AFTER_MS / 2,
): Promise<void> {
  const sweep = () =>
    recoverInterruptedImports(payload).catch((error: unknown) => {
      payload.logger.error({ err: error }, 'could not recover interrupted imports')
      return 0
    })
  await sweep()
  setInterval(sweep, everyMs).unref()
}
