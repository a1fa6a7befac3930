import type { CollectionSlug, Payload, Where } from 'payload'
import { afterCursor, encodeCursor, type CursorPosition } from '../http/cursor.js'
import type { Doc } from './refs.js'

/** Every delivered read goes through here: Payload's own access rules for an anonymous reader apply. */
const PUBLIC = { overrideAccess: false, locale: 'all', depth: 0 } as const

export function collectionHasField(payload: Payload, collection: string, field: string): boolean {
  const config = payload.collections[collection as CollectionSlug]?.config
  return !!config?.flattenedFields.some((f) => f.name === field)
}

/** Retracted articles keep their own URL but leave lists, feeds and the WeChat feed. */
export function notRetracted(payload: Payload): Where[] {
  if (!collectionHasField(payload, 'articles', 'retraction')) return []
  // Rows written before the field existed hold NULL, which a SQL `!= true` would drop.
  return [
    {
      or: [
        { 'retraction.retracted': { equals: false } },
        { 'retraction.retracted': { exists: false } },
      ],
    },
  ]
}

export async function findBySlug(
  payload: Payload,
  collection: string,
  slug: string,
): Promise<Doc | undefined> {
  const result = await payload.find({
    collection: collection as CollectionSlug,
    ...PUBLIC,
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
  })
  return result.docs[0] as unknown as Doc | undefined
}

export interface Page {
  docs: Doc[]
  nextCursor?: string
}

/** Newest first by `field` (then id), `limit` items after the cursor; one extra is read to know whether more follow. */
export async function findPage(
  payload: Payload,
  collection: string,
  options: {
    where: Where[]
    limit: number
    cursor?: CursorPosition
    field?: string
    select?: Record<string, true>
  },
): Promise<Page> {
  const field = options.field ?? 'publishedAt'
  const where: Where[] = [...options.where, { [field]: { exists: true } }]
  if (options.cursor) where.push(afterCursor(field, options.cursor))
  const result = await payload.find({
    collection: collection as CollectionSlug,
    ...PUBLIC,
    where: { and: where },
    sort: [`-${field}`, '-id'],
    limit: options.limit + 1,
    pagination: false,
    select: options.select as never,
  })
  const docs = result.docs as unknown as Doc[]
  const page = docs.slice(0, options.limit)
  const last = page.at(-1)
  const nextCursor =
    docs.length > options.limit && last
      ? encodeCursor({ at: String(last[field]), id: last.id })
      : undefined
  return { docs: page, nextCursor }
}

export async function findAll(
  payload: Payload,
  collection: string,
  where: Where = {},
  sort?: string,
  select?: Record<string, true>,
): Promise<Doc[]> {
  const result = await payload.find({
    collection: collection as CollectionSlug,
    ...PUBLIC,
    where,
    sort,
    pagination: false,
    select: select as never,
  })
  return result.docs as unknown as Doc[]
}
