import { getTranslation } from '@payloadcms/translations'
import type { Payload, PayloadRequest } from 'payload'
import { docIdFromText } from '../../db/ids.js'
import { relationIdOf } from '../../workflow/doc-values.js'
import { queueCounts, reviewQueue, type QueueItem } from '../../workflow/queue.js'
import type { QueueGroup } from '../../workflow/queue-groups.js'
import type { WorkflowCollection } from '../../workflow/states.js'

export interface DeskItem extends QueueItem {
  assigneeName?: string
}

/** One group of the review queue with every group's count, read as the request's user. */
export async function deskQueue(
  payload: Payload,
  req: PayloadRequest,
  options: { group: QueueGroup; collection?: WorkflowCollection; limit?: number },
): Promise<{ items: DeskItem[]; totalDocs: number; counts: Record<QueueGroup, number> }> {
  const [list, counts] = [
    await reviewQueue(payload, req, {
      group: options.group,
      collection: options.collection,
      limit: String(options.limit ?? 100),
    }),
    await queueCounts(payload, req, { collection: options.collection }),
  ]
  const assignees = [
    ...new Set(list.docs.flatMap((item) => (item.assignee ? [item.assignee] : []))),
  ]
  // Colleagues' display names, as staff may read them (src/access/users.ts).
  const names = new Map<string, string>()
  if (assignees.length) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { id: { in: assignees.map((id) => docIdFromText(payload.db.defaultIDType, id)) } },
      depth: 0,
      limit: assignees.length,
      overrideAccess: false,
      user: req.user,
      req,
    })
    for (const user of docs) {
      const id = relationIdOf(user)
      if (id !== undefined) names.set(String(id), user.name || String(id))
    }
  }
  return {
    items: list.docs.map((item) => ({
      ...item,
      assigneeName: item.assignee ? (names.get(item.assignee) ?? item.assignee) : undefined,
    })),
    totalDocs: list.totalDocs,
    counts,
  }
}

/** Each workflow collection's singular name in the admin language, from its own config. */
export function collectionLabels(
  payload: Payload,
  i18n: Parameters<typeof getTranslation>[1],
): Record<WorkflowCollection, string> {
  const name = (slug: WorkflowCollection) =>
    getTranslation(payload.collections[slug].config.labels.singular, i18n)
  return {
    articles: name('articles'),
    'qa-entries': name('qa-entries'),
    'glossary-terms': name('glossary-terms'),
  }
}
