/**
 * What one import put up for review: the article, the Q&A entries and the glossary terms that
 * import created, read from its Import record (collections/Imports.ts). The Q&A set has no workflow
 * of its own: it goes live with the package.
 */
import type { Payload } from 'payload'
import { relationIdOf, type DocId } from '../../db/ids.js'
import { messageIn } from '../../i18n/message.js'
import type { Import } from '../../payload-types.js'
import { sameId } from '../doc-values.js'
import { WorkflowError } from '../errors.js'
import type { WorkflowCollection } from '../states.js'

export interface PackageMember {
  collection: WorkflowCollection
  id: DocId
}

export interface ReviewPackage {
  importId: DocId
  record: Import
  /** In review order: the article, the entries in document order, the new terms. */
  members: PackageMember[]
  qaSet: DocId | null
}

const idsOf = (values: unknown[] | null | undefined): DocId[] =>
  (values ?? []).map(relationIdOf).filter((id) => id !== undefined)

/**
 * The package of an Import record, or undefined when there is no such record or it wrote nothing
 * (a failed or running import). The record lists reused glossary terms beside new ones; a term
 * this import created links the import's own Source (src/ingest/write.ts writes every draft with
 * it), an earlier term does not — reused terms belong to earlier work and stay out of the package.
 */
export async function loadPackage(
  payload: Payload,
  importId: DocId,
): Promise<ReviewPackage | undefined> {
  const record = await payload.findByID({
    collection: 'imports',
    id: importId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!record || record.status !== 'done') return undefined
  const source = relationIdOf(record.source)
  const termIds = idsOf(record.glossaryTerms)
  const terms = termIds.length
    ? await payload.find({
        collection: 'glossary-terms',
        where: { id: { in: termIds } },
        draft: true,
        depth: 0,
        limit: termIds.length,
        pagination: false,
        overrideAccess: true,
        select: { sources: true },
      })
    : { docs: [] }
  const created = new Set(
    terms.docs
      .filter((term) => (term.sources ?? []).some((row) => sameId(row.source, source)))
      .map((term) => String(term.id)),
  )
  const article = relationIdOf(record.article)
  const members: PackageMember[] = [
    ...(article === undefined ? [] : [{ collection: 'articles' as const, id: article }]),
    ...idsOf(record.qaEntries).map((id) => ({ collection: 'qa-entries' as const, id })),
    ...termIds
      .filter((id) => created.has(String(id)))
      .map((id) => ({ collection: 'glossary-terms' as const, id })),
  ]
  return { importId: record.id, record, members, qaSet: relationIdOf(record.qaSet) ?? null }
}

/** The package of an Import record, refused with 404 (in the given UI language) when there is none. */
export async function requirePackage(
  payload: Payload,
  importId: DocId,
  language: string | undefined,
): Promise<ReviewPackage> {
  const pkg = await loadPackage(payload, importId)
  if (!pkg)
    throw new WorkflowError(
      404,
      'not-found',
      messageIn(
        language,
        `No finished import with id ${importId}.`,
        `找不到 id 为 ${importId} 的已完成导入。`,
      ),
    )
  return pkg
}
