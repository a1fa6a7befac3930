import type { Payload, Where } from 'payload'
import { notFound } from '../http/errors.js'
import { badParameter } from '../http/errors.js'
import { findBySlug } from '../read/content.js'
import { Refs } from '../read/refs.js'
import type { DeliveredDoc, DeliveredSlug } from '../read/types.js'
import type { Script } from '../script.js'
import type { DeliverySettings } from '../settings.js'
import type { PresentContext } from '../present/common.js'

export function presentContext(
  payload: Payload,
  script: Script,
  settings: DeliverySettings,
): PresentContext {
  return { payload, script, settings, refs: new Refs(payload) }
}

export async function requireBySlug<C extends DeliveredSlug>(
  payload: Payload,
  collection: C,
  slug: string,
  what: string,
): Promise<DeliveredDoc<C>> {
  const doc = /^[a-z0-9][a-z0-9-]{0,199}$/.test(slug)
    ? await findBySlug(payload, collection, slug)
    : undefined
  if (!doc) throw notFound(what, slug)
  return doc
}

/** `?topic=` names a published topic by slug; an unknown one is a 400 on that parameter. */
export async function topicFilter(payload: Payload, slug: string | undefined): Promise<Where[]> {
  if (!slug) return []
  const topic = await findBySlug(payload, 'topics', slug)
  if (!topic) throw badParameter('topic', slug, 'no published topic has this slug (see /v1/topics)')
  return [{ topics: { in: [topic.id] } }]
}

/** The values of a select (or radio) field, e.g. the article kinds `?kind=` accepts. */
export function selectOptions(
  payload: Payload,
  collection: DeliveredSlug,
  field: string,
): string[] {
  const found = payload.collections[collection]?.config.flattenedFields.find(
    (f) => f.name === field,
  )
  if (found?.type !== 'select' && found?.type !== 'radio') return []
  return found.options.map((option) => (typeof option === 'string' ? option : option.value))
}
