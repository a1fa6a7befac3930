import type { Payload, Where } from 'payload'
import type { Config } from '../../payload-types.js'
import { afterCursor, encodeCursor, type CursorPosition } from '../http/cursor.js'
import type { DeliveredDoc, DeliveredSlug } from './types.js'

/** Every delivered read goes through here: Payload's own access rules for an anonymous reader apply. */
const PUBLIC = { overrideAccess: false, locale: 'all', depth: 0 } as const

export function collectionHasField(payload: Payload, collection: DeliveredSlug, field: string) {
  const config = payload.collections[collection]?.config
  return !!config?.flattenedFields.some((f) => f.name === field)
}

/**
 * Gives the documents of a `locale: 'all'` read their shape. Payload's generated types describe a
 * read in one locale; with 'all' every localized field is a locale map instead (see DeliveredDocs).
 */
export function readAllLocales<C extends DeliveredSlug>(
  _collection: C,
  docs: ReadonlyArray<{ id: unknown }>,
): Array<DeliveredDoc<C>> {
  return docs as Array<DeliveredDoc<C>>
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

/** The published document at `slug`; with `select`, only the selected fields are present. */
export async function findBySlug<C extends DeliveredSlug>(
  payload: Payload,
  collection: C,
  slug: string,
  select?: Config['collectionsSelect'][C],
): Promise<DeliveredDoc<C> | undefined> {
  const result = await payload.find({
    collection,
    ...PUBLIC,
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    select,
  })
  return readAllLocales(collection, result.docs)[0]
}

export interface Page<D> {
  docs: D[]
  nextCursor?: string
}

/** Newest first by `field` (then id), `limit` items after the cursor; one extra is read to know whether more follow. */
export async function findPage<C extends DeliveredSlug>(
  payload: Payload,
  collection: C,
  options: {
    where: Where[]
    limit: number
    cursor?: CursorPosition
    /** A date field: publishedAt for articles, createdAt for Q&A sets. */
    field: keyof DeliveredDoc<C> & string
    /** Only these fields are read (and present); the id and `field` always are. */
    select?: Config['collectionsSelect'][C]
  },
): Promise<Page<DeliveredDoc<C>>> {
  const { field } = options
  const where: Where[] = [...options.where, { [field]: { exists: true } }]
  if (options.cursor) where.push(afterCursor(field, options.cursor))
  const result = await payload.find({
    collection,
    ...PUBLIC,
    where: { and: where },
    sort: [`-${field}`, '-id'],
    limit: options.limit + 1,
    pagination: false,
    select: options.select ? { ...options.select, [field]: true } : undefined,
  })
  const docs = readAllLocales(collection, result.docs)
  const page = docs.slice(0, options.limit)
  const last = page.at(-1)
  const nextCursor =
    docs.length > options.limit && last
      ? encodeCursor({ at: String(last[field]), id: last.id })
      : undefined
  return { docs: page, nextCursor }
}

/** Every published document that matches; with `select`, only the selected fields are present. */
export async function findAll<C extends DeliveredSlug>(
  payload: Payload,
  collection: C,
  where: Where = {},
  sort?: string,
  select?: Config['collectionsSelect'][C],
): Promise<Array<DeliveredDoc<C>>> {
  const result = await payload.find({
    collection,
    ...PUBLIC,
    where,
    sort,
    pagination: false,
    select,
  })
  return readAllLocales(collection, result.docs)
}
