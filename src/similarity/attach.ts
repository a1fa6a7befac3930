/**
 * "Attach as a reprint": the editor decides that an imported document is the same text as an
 * existing article (a re-scrape, or another outlet's reprint). The existing article gains the
 * import's Source with the role `reprinted-by`, and the drafts the import made for it — the
 * duplicate article and its Q&A set and entries — are discarded. Glossary terms and laws the
 * import created stay: they are shared reference items that later content may already link.
 *
 * The source link is saved as a draft of the existing article, as the editor's own edit (their
 * access applies): live content stays live and the change goes out through review like any other
 * edit (src/workflow/edit-hooks.ts records it in the audit trail when live content is edited).
 * The Import record keeps who attached which article and when.
 *
 * All or nothing: in a database transaction where the adapter gives one; on SQLite (no
 * transactions here, src/ingest/atomic.ts) the two updates are written first and restored if a
 * later step fails, and the deletions come last, the duplicate article first.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { canEditContent } from '../access/roles.js'
import { docIdFromText, relationId, relationIdOf, type DocId } from '../db/ids.js'
import { message } from '../i18n/message.js'
import type { Article, Import } from '../payload-types.js'
import { sameId } from '../workflow/doc-values.js'
import { WorkflowError } from '../workflow/errors.js'

export interface AttachResult {
  record: Import
  article: DocId
  /** The drafts removed, in the order they were removed. */
  discarded: { collection: CollectionSlug; id: DocId }[]
  /** The same request had already been carried out: nothing was written. */
  already: boolean
}

type SourceRows = NonNullable<Article['sources']>

async function latestArticle(
  payload: Payload,
  id: DocId,
  req: PayloadRequest,
  asUser: boolean,
): Promise<Article | null> {
  return payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    locale: 'zh-Hans',
    overrideAccess: !asUser,
    disableErrors: true,
    req,
  })
}

/** What the import made for the duplicate, if nobody has taken it further than a draft. */
async function duplicateDrafts(
  payload: Payload,
  record: Import,
  req: PayloadRequest,
  refuse: (code: string, en: string, zh: string) => never,
): Promise<{ collection: CollectionSlug; id: DocId }[]> {
  const drafts: { collection: CollectionSlug; id: DocId }[] = []
  const article = relationIdOf(record.article)
  if (article !== undefined) {
    const doc = await latestArticle(payload, article, req, false)
    if (doc) {
      if (doc._status === 'published' || (doc.workflowState ?? 'draft') !== 'draft')
        refuse(
          'duplicate-in-use',
          'The article this import created has gone further than a draft (submitted or published): it is not discarded automatically.',
          '本次导入生成的文章已不只是草稿（已提交或已发布），不能自动删除。',
        )
      drafts.push({ collection: 'articles', id: article })
    }
  }
  for (const entry of record.qaEntries ?? []) {
    const id = relationIdOf(entry)
    if (id !== undefined) drafts.push({ collection: 'qa-entries', id })
  }
  const qaSet = relationIdOf(record.qaSet)
  if (qaSet !== undefined) drafts.push({ collection: 'qa-sets', id: qaSet })
  const entries = drafts.filter((draft) => draft.collection === 'qa-entries').map((d) => d.id)
  if (entries.length) {
    const published = await payload.count({
      collection: 'qa-entries',
      where: { and: [{ id: { in: entries } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
      req,
    })
    if (published.totalDocs > 0)
      refuse(
        'duplicate-in-use',
        'A Q&A entry this import created has been published: nothing is discarded automatically.',
        '本次导入生成的问答已发布，不能自动删除。',
      )
  }
  return drafts
}

export async function attachAsReprint(
  payload: Payload,
  { importId, article, req }: { importId: string; article: unknown; req: PayloadRequest },
): Promise<AttachResult> {
  const t = (en: string, zh: string) => message(req, en, zh)
  const refuse = (status: number, code: string, en: string, zh: string): never => {
    throw new WorkflowError(status, code, t(en, zh))
  }
  const user = req.user
  if (!user) return refuse(401, 'unauthenticated', 'Log in first.', '请先登录。')
  if (!canEditContent(user))
    refuse(
      403,
      'forbidden',
      'Attaching a source to an article needs the editor or reviewer role.',
      '将来源附加到文章需要编辑或审核角色。',
    )
  const record = await payload.findByID({
    collection: 'imports',
    id: docIdFromText(payload.db.defaultIDType, importId),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!record) return refuse(404, 'not-found', 'No such import.', '没有这条导入记录。')
  // The article as the import lists it: an id of the database's own kind, whatever the body sent.
  const listed = (record.similar ?? []).find((row) => sameId(row.article, article))
  const target = relationIdOf(listed?.article)
  if (target === undefined)
    return refuse(
      400,
      'not-similar',
      'Choose one of the similar articles listed on this import.',
      '请选择本次导入列出的相似文章之一。',
    )
  const targetId = relationId(target)
  if (relationIdOf(record.reprint?.attachedTo) !== undefined) {
    if (sameId(record.reprint?.attachedTo, targetId))
      return { record, article: targetId, discarded: [], already: true }
    refuse(
      409,
      'already-attached',
      'This import was already attached to another article.',
      '本次导入已附加到另一篇文章。',
    )
  }
  const sourceId = relationIdOf(record.source)
  if (record.status !== 'done' || sourceId === undefined)
    return refuse(
      409,
      'not-imported',
      'Only a finished import with a source can be attached.',
      '只有已完成且有来源的导入才能附加。',
    )
  const existing = await latestArticle(payload, targetId, req, true)
  if (!existing) return refuse(404, 'not-found', 'No such article.', '没有这篇文章。')
  const drafts = await duplicateDrafts(payload, record, req, (code, en, zh) =>
    refuse(409, code, en, zh),
  )

  const before: SourceRows = (existing.sources ?? []).map((row) => ({
    id: row.id,
    source: relationId(relationIdOf(row.source) ?? 0),
    role: row.role,
  }))
  const linked = before.some((row) => sameId(row.source, sourceId))
  const after: SourceRows = linked
    ? before
    : [...before, { source: relationId(sourceId), role: 'reprinted-by' }]
  const saveSources = (sources: SourceRows) =>
    payload.update({
      collection: 'articles',
      id: targetId,
      data: { sources },
      draft: true,
      locale: 'zh-Hans',
      depth: 0,
      select: { workflowState: true },
      overrideAccess: false,
      req,
    })
  const recordBefore = {
    article: record.article,
    qaSet: record.qaSet,
    qaEntries: record.qaEntries,
    reprint: { attachedTo: null, attachedBy: null, attachedAt: null },
  }
  const saveRecord = (data: Partial<Import>) =>
    payload.update({
      collection: 'imports',
      id: record.id,
      data,
      depth: 0,
      overrideAccess: true,
      req,
    })

  const work = async (compensate: boolean): Promise<Import> => {
    const undo: (() => Promise<unknown>)[] = []
    try {
      if (!linked) {
        await saveSources(after)
        undo.push(() => saveSources(before))
      }
      const saved = await saveRecord({
        article: null,
        qaSet: null,
        qaEntries: [],
        reprint: {
          attachedTo: targetId,
          attachedBy: relationId(user.id),
          attachedAt: new Date().toISOString(),
        },
      })
      undo.push(() => saveRecord(recordBefore))
      for (const { collection, id } of drafts)
        await payload.delete({ collection, id, overrideAccess: true, req })
      return saved
    } catch (error) {
      if (compensate) {
        for (const step of undo.reverse()) {
          await step().catch((undoError: unknown) =>
            payload.logger.error(
              { err: undoError, import: record.id },
              'attach as reprint: a step could not be undone',
            ),
          )
        }
      }
      throw error
    }
  }

  const done = (saved: Import): AttachResult => ({
    record: saved,
    article: targetId,
    discarded: drafts,
    already: false,
  })
  // Inside a caller's transaction already: its commit or rollback covers this too.
  if (req.transactionID !== undefined) return done(await work(false))
  const transactionID = await payload.db.beginTransaction()
  if (transactionID === null || transactionID === undefined) {
    return done(await work(true))
  }
  req.transactionID = transactionID
  try {
    const saved = await work(false)
    await payload.db.commitTransaction(transactionID)
    return done(saved)
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    throw error
  } finally {
    delete req.transactionID
  }
}
