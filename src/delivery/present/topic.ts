import { relationIdOf } from '../../db/ids.js'
import { optionalTextFor } from '../read/localized.js'
import type { Topic } from '../read/types.js'
import { isoOrUndefined, presentTopicRef, type PresentContext } from './common.js'

export function presentTopic(
  topic: Topic,
  all: Topic[],
  articleCount: number | undefined,
  ctx: PresentContext,
) {
  const parent = all.find(
    (candidate) => String(candidate.id) === String(relationIdOf(topic.parent)),
  )
  const children = all.filter(
    (candidate) => String(relationIdOf(candidate.parent)) === String(topic.id),
  )
  return {
    id: topic.id,
    ...presentTopicRef(topic, ctx),
    description: optionalTextFor(topic.description, ctx.script),
    parent: parent ? presentTopicRef(parent, ctx) : null,
    children: children.map((child) => presentTopicRef(child, ctx)),
    articleCount,
    updatedAt: isoOrUndefined(topic.updatedAt),
  }
}

export type TopicSummary = ReturnType<typeof presentTopic>
