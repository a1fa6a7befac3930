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
import type { Import } from '../payload-types.js'

/** An import that has been `running` this long is taken for interrupted (no import takes minutes). */
export const INTERRUPTED_AFTER_MS = 10 * 60_000

const DRAFT_COLLECTIONS: CollectionSlug[] = ['qa-entries', 'qa-sets', 'glossary-terms', 'articles']

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
  for (const source of sources.docs) {
    for (const collection of DRAFT_COLLECTIONS) {
      const drafts = await payload.find({
        collection,
        where: {
          and: [
            { 'sources.source': { equals: source.id } },
            { createdAt: { greater_than_equal: startedAt } },
          ],
        },
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
