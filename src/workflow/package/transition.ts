/**
 * Submit, approve or publish a whole import as one review package, all or nothing, through the
 * single-item workflow's own code (src/workflow/transition.ts) for every item:
 *
 * 1. check: `checkTransition` on every item (role, state, four-eyes, the gate, blocking comments);
 *    any refusal refuses the package, naming each item and its reason. Items already where the
 *    action leads or beyond (an entry approved on its own before) are skipped, not refused.
 * 2. claim: every item's transition claim (src/workflow/claims.ts) before any write, so two
 *    reviewers or two instances acting on the same package (or on one of its items) at the same
 *    moment cannot both proceed: the loser is refused with nothing written and gives back the
 *    claims it took.
 * 3. write: every item's workflow write, then (publish) the Q&A set. A failure here (the database,
 *    an edit that slipped in after the claim) undoes the writes already made (./undo.ts), newest
 *    first: compensation, not a transaction — see undo.ts for why.
 * 4. record: only once every write stood, each item's audit row, listeners, webhooks and e-mails,
 *    exactly as a single transition records them.
 */
import type { Payload, PayloadRequest } from 'payload'
import type { DocId } from '../../db/ids.js'
import { releaseClaim } from '../claims.js'
import { WorkflowError } from '../errors.js'
import { loadItem, titleOf } from '../items.js'
import type { Actor } from '../permissions.js'
import { isOneOf, type WorkflowCollection, type WorkflowState } from '../states.js'
import {
  checkTransition,
  claimTransition,
  recordTransition,
  transitionClaimKey,
  writeTransition,
  type ApplyInput,
  type WrittenTransition,
} from '../transition.js'
import { memberName, PackageError, type MemberRefusal } from './errors.js'
import { requirePackage, type PackageMember, type ReviewPackage } from './items.js'
import { undoWrite } from './undo.js'

export const PACKAGE_ACTIONS = ['submit', 'approve', 'publish'] as const
export type PackageAction = (typeof PACKAGE_ACTIONS)[number]
export const isPackageAction = (value: unknown): value is PackageAction =>
  isOneOf(PACKAGE_ACTIONS, value)

export interface PackageTransitionInput {
  importId: DocId
  action: PackageAction | (string & {})
  user: Actor | null | undefined
  /** Recorded on every item's audit row. */
  comment?: string
  /** submit: the reviewer assigned to every item, and when the review is due. */
  assignee?: DocId | null
  dueDate?: string
  req?: Partial<PayloadRequest>
}

export interface PackageItemResult {
  collection: WorkflowCollection
  id: string
  title?: string
  from: WorkflowState
  to: WorkflowState
  /** The id of the item's own audit row (workflow-events). */
  event?: string
}

export interface PackageTransitionResult {
  action: PackageAction
  items: PackageItemResult[]
  /** Items already where the action leads, left alone. */
  skipped: { collection: WorkflowCollection; id: string; title?: string; state: WorkflowState }[]
  /** publish: the Q&A set went live with its entries. */
  qaSetPublished: boolean
}

/**
 * Where an item counts as done for a package action and is skipped: an entry approved on its own
 * before is not a reason to refuse approving the package, and an edit of one published item (back
 * in draft) can be put through review again with its package while the rest stays published.
 */
const ALREADY_DONE: Record<PackageAction, readonly WorkflowState[]> = {
  submit: ['in_review', 'approved', 'scheduled', 'published'],
  approve: ['approved', 'scheduled', 'published'],
  publish: ['published'],
}

type Language = 'en' | 'zh'
const languageOf = (req?: Partial<PayloadRequest>): Language =>
  req?.i18n?.language === 'zh' ? 'zh' : 'en'

const ACTION_WORDS: Record<PackageAction, Record<Language, string>> = {
  submit: { en: 'submitted', zh: '提交审核' },
  approve: { en: 'approved', zh: '批准' },
  publish: { en: 'published', zh: '发布' },
}

/** An item's refusal, as the single-item workflow gave it, with the item named in front. */
function refusalOf(
  member: PackageMember & { latest?: object },
  error: unknown,
  language: Language,
  title = member.latest ? titleOf(member.collection, member.latest) : undefined,
): MemberRefusal {
  const name = memberName(member.collection, member.id, title, language)
  const known = error instanceof WorkflowError
  return {
    collection: member.collection,
    id: String(member.id),
    title,
    status: known ? error.status : 500,
    code: known ? error.code : 'write-failed',
    message: `${name}${language === 'zh' ? '：' : ': '}${reasonOf(error)}`,
    failures: known ? error.failures : undefined,
  }
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

function qaSetRefusal(pkg: ReviewPackage, error: unknown, language: Language): MemberRefusal {
  return {
    collection: 'qa-sets',
    id: String(pkg.qaSet),
    status: 500,
    code: 'write-failed',
    message:
      language === 'zh'
        ? `问答集未能发布：${reasonOf(error)}`
        : `The Q&A set could not be published: ${reasonOf(error)}`,
  }
}

/** The one outcome that is not all or nothing: an undo failed too (the database went away). */
function partiallyApplied(
  action: PackageAction,
  cause: MemberRefusal,
  notUndone: ApplyInput[],
  language: Language,
): PackageError {
  const names = notUndone
    .map(({ item }) =>
      memberName(item.collection, item.id, titleOf(item.collection, item.latest), language),
    )
    .join(language === 'zh' ? '、' : ', ')
  const word = ACTION_WORDS[action][language]
  return new PackageError(
    500,
    'package-partially-applied',
    language === 'zh'
      ? `导入包${word}中途失败，且以下各项未能复原，请逐项检查：${names}。`
      : `The package failed half-way while being ${word} and these items could not be put back; check each: ${names}.`,
    [cause],
  )
}

function refused(action: PackageAction, refusals: MemberRefusal[], total: number, lang: Language) {
  const statuses = new Set(refusals.map((refusal) => refusal.status))
  const [only] = statuses
  const status = statuses.size === 1 && only !== undefined ? only : 400
  const word = ACTION_WORDS[action][lang]
  return new PackageError(
    status,
    'package-refused',
    lang === 'zh'
      ? `无法${word}整个导入包：${total}项中有${refusals.length}项未通过，未作任何更改。`
      : `The package cannot be ${word}: ${refusals.length} of ${total} items are not ready; nothing was changed.`,
    refusals,
  )
}

interface Checked {
  checked: ApplyInput[]
  skipped: PackageTransitionResult['skipped']
  refusals: MemberRefusal[]
}

/** Step 1: every item through the single-item checks. */
async function checkMembers(
  payload: Payload,
  pkg: ReviewPackage,
  action: PackageAction,
  input: PackageTransitionInput,
): Promise<Checked> {
  const language = languageOf(input.req)
  const result: Checked = { checked: [], skipped: [], refusals: [] }
  for (const member of pkg.members) {
    const item = await loadItem(payload, member.collection, member.id)
    const title = item ? titleOf(member.collection, item.latest) : undefined
    if (item && ALREADY_DONE[action].includes(item.state)) {
      result.skipped.push({ ...member, id: String(member.id), title, state: item.state })
      continue
    }
    try {
      result.checked.push(
        await checkTransition(payload, {
          collection: member.collection,
          id: member.id,
          action,
          user: input.user,
          comment: input.comment,
          assignee: input.assignee,
          dueDate: input.dueDate,
          req: input.req,
        }),
      )
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error
      result.refusals.push(refusalOf(member, error, language, title))
    }
  }
  return result
}

/** The package's checks alone, for the package view: what each action would refuse, or nothing. */
export async function checkPackageAction(
  payload: Payload,
  pkg: ReviewPackage,
  action: PackageAction,
  input: Omit<PackageTransitionInput, 'importId' | 'action'>,
): Promise<Checked> {
  return checkMembers(payload, pkg, action, { ...input, importId: pkg.importId, action })
}

async function publishQaSet(
  payload: Payload,
  pkg: ReviewPackage,
  input: PackageTransitionInput,
): Promise<boolean> {
  if (pkg.qaSet === null) return false
  const set = await payload.findByID({
    collection: 'qa-sets',
    id: pkg.qaSet,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!set || set._status === 'published') return false
  // As the reviewer, under the Q&A set's own access and publishing rule (reviewers publish it).
  await payload.update({
    collection: 'qa-sets',
    id: pkg.qaSet,
    data: { _status: 'published' },
    depth: 0,
    user: input.user ?? undefined,
    overrideAccess: false,
    req: input.req,
  })
  return true
}

/** Runs a package action all or nothing; throws a PackageError naming every item that stops it. */
export async function runPackageTransition(
  payload: Payload,
  input: PackageTransitionInput,
): Promise<PackageTransitionResult> {
  const language = languageOf(input.req)
  const t = (en: string, zh: string) => (language === 'zh' ? zh : en)
  const { action } = input
  if (!isPackageAction(action))
    throw new WorkflowError(
      404,
      'unknown-action',
      t(
        `A review package can be submitted, approved or published, not "${String(action)}".`,
        `导入包只能整体提交审核、批准或发布，不能“${String(action)}”。`,
      ),
    )
  if (!input.user)
    throw new WorkflowError(
      401,
      'unauthenticated',
      t('Log in to use the review workflow.', '请先登录再进行审核操作。'),
    )
  const pkg = await requirePackage(payload, input.importId, language)

  const total = pkg.members.length
  const { checked, skipped, refusals } = await checkMembers(payload, pkg, action, input)
  if (refusals.length) throw refused(action, refusals, total, language)
  if (!checked.length)
    throw new WorkflowError(
      409,
      'nothing-to-do',
      t(
        `Every item of this package is ${ACTION_WORDS[action].en} already.`,
        `该导入包的每一项均已${ACTION_WORDS[action].zh}。`,
      ),
    )

  // Step 2: claim every item before writing any.
  const claimed: string[] = []
  for (const checkedItem of checked) {
    try {
      claimed.push(await claimTransition(payload, checkedItem))
    } catch (error) {
      for (const key of claimed) await releaseClaim(payload, key)
      throw refused(action, [refusalOf(checkedItem.item, error, language)], total, language)
    }
  }

  // Step 3: write every item, then the Q&A set; undo on a failure.
  const written: { input: ApplyInput; write: WrittenTransition }[] = []
  let qaSetPublished = false
  let failing: ApplyInput | undefined
  try {
    for (const checkedItem of checked) {
      failing = { ...checkedItem, claimed: true }
      written.push({ input: failing, write: await writeTransition(payload, failing) })
    }
    failing = undefined
    if (action === 'publish') qaSetPublished = await publishQaSet(payload, pkg, input)
  } catch (error) {
    const notUndone = await compensate(payload, written, checked)
    const refusal = failing
      ? refusalOf(failing.item, error, language)
      : qaSetRefusal(pkg, error, language)
    if (notUndone.length) throw partiallyApplied(action, refusal, notUndone, language)
    throw refused(action, [refusal], total, language)
  }

  // Step 4: record and announce each item, as a single transition does.
  const items: PackageItemResult[] = []
  for (const { input: applied, write } of written) {
    const result = await recordTransition(payload, applied, write)
    items.push({
      collection: applied.item.collection,
      id: String(applied.item.id),
      title: result.event.title,
      from: applied.item.state,
      to: result.state,
      event: result.event.id,
    })
  }
  return { action, items, skipped, qaSetPublished }
}

/**
 * Undoes what was written, newest first, and gives back the claims of the items never written (an
 * undone item is as checked again, under a new `updatedAt`, so a retry claims it anew). Returns the
 * items whose undo failed too, each logged.
 */
async function compensate(
  payload: Payload,
  written: { input: ApplyInput }[],
  checked: ApplyInput[],
): Promise<ApplyInput[]> {
  const wasWritten = (candidate: ApplyInput) =>
    written.some(({ input }) => input.item === candidate.item)
  for (const unwritten of checked.filter((candidate) => !wasWritten(candidate)))
    await releaseClaim(payload, transitionClaimKey(unwritten.item))
  const notUndone: ApplyInput[] = []
  for (const { input } of [...written].reverse()) {
    try {
      await undoWrite(payload, input)
    } catch (error) {
      payload.logger.error(
        { err: error, collection: input.item.collection, id: input.item.id },
        'review package: could not undo an item written before the failure',
      )
      notUndone.push(input)
    }
  }
  return notUndone
}
