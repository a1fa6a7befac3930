/**
 * Document-level quality flags: the importer puts a flag about the whole document (mixed script, a
 * truncated preview, no source line) on each draft it wrote from it (src/ingest/drafts.ts), so an
 * editor who has checked the document once resolves it once for the package, here, instead of on
 * every entry and term. Flags about a run of text (corrupted, repaired) stay with their item.
 */
import type { Payload, PayloadRequest } from 'payload'
import { canEditContent } from '../../access/roles.js'
import { isOneOf } from '../states.js'
import { WorkflowError } from '../errors.js'
import type { Actor } from '../permissions.js'
import type { Article } from '../../payload-types.js'
import { requirePackage, type PackageMember, type ReviewPackage } from './items.js'

export const DOCUMENT_FLAG_TYPES = ['mixed-script', 'missing-source', 'truncated-document'] as const
export type DocumentFlagType = (typeof DOCUMENT_FLAG_TYPES)[number]
export const isDocumentFlag = (type: unknown): type is DocumentFlagType =>
  isOneOf(DOCUMENT_FLAG_TYPES, type)

/** A quality flag row: the field is the same on every workflow collection (src/fields/provenance.ts). */
type Flag = NonNullable<Article['qualityFlags']>[number]

async function flagsOf(payload: Payload, member: PackageMember): Promise<Flag[]> {
  const doc = await payload.findByID({
    collection: member.collection,
    id: member.id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    select: { qualityFlags: true },
  })
  return doc.qualityFlags ?? []
}

export interface DocumentFlagSummary {
  type: DocumentFlagType
  message: string
  /** How many items carry it, and on how many it is still unresolved. */
  items: number
  unresolved: number
}

/** The document-level flags of a package, each once, with how many items still hold it unresolved. */
export async function documentFlags(
  payload: Payload,
  pkg: ReviewPackage,
): Promise<DocumentFlagSummary[]> {
  const summaries = new Map<DocumentFlagType, DocumentFlagSummary>()
  for (const member of pkg.members) {
    const seen = new Set<DocumentFlagType>()
    for (const flag of await flagsOf(payload, member)) {
      if (!isDocumentFlag(flag.type) || seen.has(flag.type)) continue
      seen.add(flag.type)
      const summary = summaries.get(flag.type) ?? {
        type: flag.type,
        message: flag.message,
        items: 0,
        unresolved: 0,
      }
      summary.items++
      if (!flag.resolved) summary.unresolved++
      summaries.set(flag.type, summary)
    }
  }
  return [...summaries.values()]
}

export interface ResolveFlagInput {
  importId: number | string
  type: string
  user: Actor | null | undefined
  req?: Partial<PayloadRequest>
}

/**
 * Resolves one document-level flag on every item of the package that holds it unresolved, as the
 * user (a draft save of each item, under the collection's access, recorded as their edit like a
 * resolve in the edit view). All or nothing: who may resolve is checked before any write, and a
 * failure half-way puts back the flags of the items already saved.
 */
export async function resolveDocumentFlag(
  payload: Payload,
  input: ResolveFlagInput,
): Promise<{ type: DocumentFlagType; resolved: PackageMember[] }> {
  const t = (en: string, zh: string) => (input.req?.i18n?.language === 'zh' ? zh : en)
  if (!input.user) throw new WorkflowError(401, 'unauthenticated', t('Log in first.', '请先登录。'))
  if (!canEditContent(input.user))
    throw new WorkflowError(
      403,
      'forbidden',
      t('Only an editor or a reviewer can resolve flags.', '只有编辑或审核人可以解决质量标记。'),
    )
  if (!isDocumentFlag(input.type))
    throw new WorkflowError(
      400,
      'not-a-document-flag',
      t(
        `"${input.type}" is not a document-level flag (${DOCUMENT_FLAG_TYPES.join(', ')}): resolve it on its item.`,
        `“${input.type}”不是文档级质量标记（${DOCUMENT_FLAG_TYPES.join('、')}），请在对应条目中解决。`,
      ),
    )
  const type = input.type
  const pkg = await requirePackage(payload, input.importId, input.req?.i18n?.language)

  const holding: { member: PackageMember; flags: Flag[] }[] = []
  for (const member of pkg.members) {
    const flags = await flagsOf(payload, member)
    if (flags.some((flag) => flag.type === type && !flag.resolved)) holding.push({ member, flags })
  }
  if (!holding.length)
    throw new WorkflowError(
      409,
      'nothing-to-do',
      t(
        `No item of this package has an unresolved ${type} flag.`,
        `该导入包中没有未解决的“${type}”标记。`,
      ),
    )

  const save = (member: PackageMember, flags: Flag[]) =>
    payload.update({
      collection: member.collection,
      id: member.id,
      data: { qualityFlags: flags },
      draft: true,
      depth: 0,
      user: input.user ?? undefined,
      overrideAccess: false,
      req: input.req,
    })
  const saved: { member: PackageMember; flags: Flag[] }[] = []
  try {
    for (const entry of holding) {
      await save(
        entry.member,
        entry.flags.map((flag) => (flag.type === type ? { ...flag, resolved: true } : flag)),
      )
      saved.push(entry)
    }
  } catch (error) {
    for (const entry of saved.reverse()) {
      await save(entry.member, entry.flags).catch((undoError: unknown) =>
        payload.logger.error(
          { err: undoError, ...entry.member },
          'review package: could not put back a flag resolved before the failure',
        ),
      )
    }
    throw error
  }
  return { type, resolved: holding.map(({ member }) => member) }
}
