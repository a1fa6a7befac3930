/**
 * The demo desk: after the importer has turned the sample documents into drafts, the people of a
 * newsroom take them through the review workflow, each step recorded as the workflow records it.
 * A source administrator verifies and clears the official releases; the editor resolves what the
 * import flagged and submits; a reviewer (not the editor: four-eyes) approves and publishes.
 */
import type { Payload } from 'payload'
import { relationId, type DocId } from '../db/ids.js'
import type { WrittenDocs } from '../ingest/write.js'
import type { User } from '../payload-types.js'
import { checkPublishGate } from '../workflow/gate.js'
import { runTransition } from '../workflow/transition.js'
import type { WorkflowAction, WorkflowCollection } from '../workflow/states.js'
import type { DemoDesk } from './demo-users.js'

export type DeskPlan = 'publish' | 'review' | 'leave'

export interface DeskDocument {
  file: string
  written: WrittenDocs
  plan: DeskPlan
}

export interface DeskResult {
  published: string[]
  inReview: string[]
  blocked: { file: string; reasons: string[] }[]
  transitions: number
}

interface Item {
  collection: WorkflowCollection
  id: DocId
}

function itemsOf(written: WrittenDocs): Item[] {
  return [
    { collection: 'articles', id: written.article },
    ...written.qaEntries.map((id) => ({ collection: 'qa-entries' as const, id })),
    // Reused terms belong to earlier work: only the terms this import created go through review here.
    ...written.glossaryTerms.map((id) => ({ collection: 'glossary-terms' as const, id })),
  ]
}

async function verifySource(payload: Payload, sourceAdmin: User, id: DocId): Promise<void> {
  await payload.update({
    collection: 'sources',
    id,
    data: {
      rights: { status: 'official-public', sourceLineRequired: true },
      verification: {
        status: 'verified',
        verifiedBy: relationId(sourceAdmin.id),
        verifiedAt: new Date().toISOString(),
        notes:
          '官方公开发布，已与发布机构的官方渠道核对。Official public release, checked against the publisher’s own channel.',
      },
    },
    user: sourceAdmin,
    overrideAccess: false,
  })
}

/** The editor marks the import's flags resolved once the source administrator has verified the source. */
async function resolveFlags(payload: Payload, editor: User, item: Item): Promise<void> {
  const doc = await payload.findByID({
    collection: item.collection,
    id: item.id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  const flags = doc.qualityFlags ?? []
  if (!flags.some((flag) => !flag.resolved)) return
  await payload.update({
    collection: item.collection,
    id: item.id,
    data: { qualityFlags: flags.map((flag) => ({ ...flag, resolved: true })) },
    draft: true,
    user: editor,
    overrideAccess: false,
  })
}

/** Publishes what has no workflow of its own (the Q&A set, cited laws) once its content is live: trusted server code. */
async function publishPlain(
  payload: Payload,
  collection: 'qa-sets' | 'laws',
  id: DocId,
): Promise<void> {
  const current = await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  if (current._status === 'published') return
  await payload.update({ collection, id, data: { _status: 'published' }, overrideAccess: true })
}

export async function playDesk(
  payload: Payload,
  desk: DemoDesk,
  documents: DeskDocument[],
): Promise<DeskResult> {
  const result: DeskResult = { published: [], inReview: [], blocked: [], transitions: 0 }
  const take = async (
    item: Item,
    action: WorkflowAction,
    user: User,
    comment?: string,
    extra: Record<string, unknown> = {},
  ) => {
    await runTransition(payload, {
      collection: item.collection,
      id: item.id,
      action,
      user,
      comment,
      ...extra,
    })
    result.transitions++
  }

  for (const { file, written, plan } of documents) {
    const items = itemsOf(written)
    if (plan === 'publish') {
      await verifySource(payload, desk.sourceAdmin, written.source)
      for (const item of items) await resolveFlags(payload, desk.editor, item)
      for (const item of items) {
        await take(
          item,
          'submit',
          desk.editor,
          `导入自 ${file}，已对照原文检查。Imported from ${file}; checked against the raw text.`,
        )
        await take(
          item,
          'approve',
          desk.reviewer,
          '来源已核实，内容与官方发布一致。Source verified; matches the official release.',
        )
        await take(item, 'publish', desk.reviewer)
      }
      if (written.qaSet !== null) await publishPlain(payload, 'qa-sets', written.qaSet)
      for (const law of written.laws) await publishPlain(payload, 'laws', law)
      result.published.push(file)
    } else if (plan === 'review') {
      const dueDate = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString()
      for (const item of items) {
        await take(
          item,
          'submit',
          desk.editor,
          `导入自 ${file}，请核实受访者与原刊信息。Imported from ${file}: please check the interviewee and the original magazine.`,
          { assignee: desk.reviewer.id, dueDate },
        )
      }
      result.inReview.push(file)
    } else {
      const article = await payload.findByID({
        collection: 'articles',
        id: written.article,
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
      // A shallow copy is a plain object type, which the gate's Record<string, unknown> accepts.
      const gate = await checkPublishGate(payload, 'articles', { ...article })
      result.blocked.push({ file, reasons: gate.failures.map((failure) => failure.message) })
    }
  }
  return result
}
