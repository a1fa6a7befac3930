import type { Payload, PayloadRequest } from 'payload'
import { canEditContent } from '../access/roles.js'
import type { DocId } from '../db/ids.js'
import { message } from '../i18n/message.js'
import { actorNameOf, latestVersionId, recordAudit } from './audit.js'
import { claim, releasingOnFailure } from './claims.js'
import { WORKFLOW_CONTEXT_KEY, type WorkflowWriteContext } from './context.js'
import { WorkflowError } from './errors.js'
import { loadItem, titleOf, type LoadedItem } from './items.js'
import type { Actor } from './permissions.js'
import { publishedVersionId } from './published-version.js'
import { isWorkflowCollection, type WorkflowState } from './states.js'
import { conflictError, transitionClaimKey } from './transition.js'

export interface RevertResult {
  state: WorkflowState
  /** The audit-trail row that records the revert. */
  event: string
}

/**
 * "Revert to published" (还原到已发布的版本): throws away the unpublished changes of a live item,
 * so that its latest version is again the one readers see, in every locale, with the workflow
 * fields it was published with (a review round in progress ends; a planned publish is dropped, as
 * its job checks the state first).
 *
 * Payload's own Revert button re-saved the published document of the admin's locale as a
 * publishing write, merged over the latest draft — which would have made the other locale's
 * unreviewed changes live — and the publish guard refused it with a developer's hint. Here it is
 * a restore of the live version under the workflow's context: nothing unreviewed can go live, so
 * editors may use it too (anyone who may edit content). Checked and claimed like a transition,
 * so two reverts or a revert and a transition at once cannot both apply.
 */
export async function revertToPublished(
  payload: Payload,
  input: { collection: string; id: DocId; user: Actor | null | undefined; req: PayloadRequest },
): Promise<RevertResult> {
  const { req, user } = input
  const t = (en: string, zh: string) => message(req, en, zh)
  if (!user) throw new WorkflowError(401, 'unauthenticated', t('Log in first.', '请先登录。'))
  if (!isWorkflowCollection(input.collection))
    throw new WorkflowError(404, 'unknown-collection', t('No workflow here.', '此处没有审核流程。'))
  if (!canEditContent(user))
    throw new WorkflowError(
      403,
      'forbidden',
      t(
        'Only an editor, a reviewer or an administrator can revert content.',
        '只有编辑、审核人或管理员可以还原内容。',
      ),
    )
  const item = await loadItem(payload, input.collection, input.id)
  if (!item)
    throw new WorkflowError(
      404,
      'not-found',
      t(`No item with id ${input.id}.`, `找不到 id 为 ${input.id} 的内容。`),
    )
  const published = item.live
    ? await publishedVersionId(payload, item.collection, item.id)
    : undefined
  if (!published)
    throw new WorkflowError(
      409,
      'not-live',
      t(
        'Nothing is published: there is no published version to revert to.',
        '尚未发布：没有可还原的已发布版本。',
      ),
    )
  if ((await latestVersionId(payload, item.collection, item.id)) === published)
    throw new WorkflowError(
      409,
      'no-changes',
      t(
        'There are no unpublished changes: the latest version is the published one.',
        '没有未发布的修改：最新版本就是已发布的版本。',
      ),
    )

  const key = await claimUnchanged(payload, item, req)
  const context: WorkflowWriteContext = { action: 'revert', publish: true }
  const restored = await releasingOnFailure(payload, key, () =>
    payload.restoreVersion({
      collection: item.collection,
      id: published,
      draft: false,
      depth: 0,
      overrideAccess: true,
      context: { [WORKFLOW_CONTEXT_KEY]: context },
    }),
  )
  const state: WorkflowState = restored.workflowState ?? 'published'
  const event = await recordAudit(payload, {
    type: 'reverted',
    action: 'revert',
    collection: item.collection,
    itemId: String(item.id),
    title: titleOf(item.collection, restored),
    from: item.state,
    to: state,
    version: await latestVersionId(payload, item.collection, item.id),
    actor: { id: String(user.id), name: await actorNameOf(payload, user.id) },
    comment: `restored version ${published}`,
    at: new Date().toISOString(),
    itemCreatedAt: item.current.createdAt,
  })
  return { state, event }
}

/** The transition's compare-and-set: one writer per checked snapshot of the item. */
async function claimUnchanged(
  payload: Payload,
  item: LoadedItem,
  req: PayloadRequest,
): Promise<string> {
  const key = transitionClaimKey(item)
  const language = req.i18n?.language === 'zh' ? 'zh' : 'en'
  const conflict = () => conflictError(item, 'revert', language)
  if (!(await claim(payload, key))) throw conflict()
  const now = await loadItem(payload, item.collection, item.id)
  if (!now || now.state !== item.state || now.latest.updatedAt !== item.latest.updatedAt)
    throw conflict()
  return key
}
