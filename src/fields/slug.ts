import type { CollectionSlug, Field, FieldHook, Where } from 'payload'
import { LRUCache } from 'lru-cache'
import { MAX_SLUG_LENGTH, slugify } from '../text/pinyin.js'
import { label } from '../i18n/label.js'

/** Cuts a slug at a syllable boundary so that it fits in `length`. */
function shorten(slug: string, length: number): string {
  let cut = slug
  while (cut.length > length && cut.includes('-')) cut = cut.replace(/-[^-]*$/, '')
  return cut.slice(0, length)
}

type Req = Parameters<FieldHook>[0]['req']

/** A hook's collection config names its slug as a plain string; every registered one is a CollectionSlug. */
function isCollectionSlug(req: Req, slug: string): slug is CollectionSlug {
  return slug in req.payload.collections
}

/**
 * How many documents other than `id` have a slug matching `slug` (in their latest version, drafts
 * included, when the collection has versions). A count reads no documents back.
 */
async function countSlugs(
  slug: Record<string, string>,
  collection: CollectionSlug,
  id: unknown,
  req: Req,
): Promise<number> {
  const isNew = id === undefined || id === null
  if (!req.payload.collections[collection]?.config.versions) {
    const where: Where = {
      and: [
        ...Object.entries(slug).map(([operator, value]) => ({ slug: { [operator]: value } })),
        ...(isNew ? [] : [{ id: { not_equals: id } }]),
      ],
    }
    return (await req.payload.count({ collection, where, overrideAccess: true, req })).totalDocs
  }
  const where: Where = {
    and: [
      { latest: { equals: true } },
      ...Object.entries(slug).map(([operator, value]) => ({
        'version.slug': { [operator]: value },
      })),
      ...(isNew ? [] : [{ parent: { not_equals: id } }]),
    ],
  }
  return (await req.payload.countVersions({ collection, where, overrideAccess: true, req }))
    .totalDocs
}

const isTaken = async (slug: string, collection: CollectionSlug, id: unknown, req: Req) =>
  (await countSlugs({ equals: slug }, collection, id, req)) > 0

function withSuffix(base: string, n: number): string {
  const suffix = n === 1 ? '' : `-${n}`
  return `${shorten(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`
}

/**
 * The suffix last given to a slug root, per collection: when hundreds of documents share a title,
 * the next one tries the following suffix first, one lookup instead of three. Only a guess, always
 * checked against the database (another instance may have taken it), so it needs no sharing.
 */
const MAX_REMEMBERED_ROOTS = 2000
const lastSuffix = new LRUCache<string, number>({ max: MAX_REMEMBERED_ROOTS })

/** Forgets every remembered suffix, as a restarted instance would (for tests). */
export function forgetSlugSuffixes(): void {
  lastSuffix.clear()
}

function rememberSuffix(key: string, n: number): void {
  lastSuffix.set(key, n)
}

/**
 * The first free slug among base, base-2, base-3… Most slugs are free as they are: one indexed
 * lookup. When many documents share a title (a common question asked in hundreds of Q&A sets),
 * counting the slugs that start like this one gives a free suffix in one more lookup; reading them
 * all back through Payload grew with their number (about 100 rows per save at 15,000 entries).
 * Only when that guess is taken too (deleted or renamed documents) are all of them read.
 */
async function firstFreeSlug(
  base: string,
  collection: CollectionSlug,
  id: unknown,
  req: Req,
): Promise<string> {
  const key = `${collection}:${base}`
  const remembered = lastSuffix.get(key)
  if (
    remembered !== undefined &&
    !(await isTaken(withSuffix(base, remembered + 1), collection, id, req))
  ) {
    rememberSuffix(key, remembered + 1)
    return withSuffix(base, remembered + 1)
  }
  if (!(await isTaken(withSuffix(base, 1), collection, id, req))) return withSuffix(base, 1)
  // Every candidate starts with this root; '-' sorts just before '.', so the range holds root, root-2, root-…
  const root = shorten(base, MAX_SLUG_LENGTH - 6)
  const similar = await countSlugs(
    { greater_than_equal: root, less_than: `${root}.` },
    collection,
    id,
    req,
  )
  if (!(await isTaken(withSuffix(base, similar + 1), collection, id, req))) {
    rememberSuffix(key, similar + 1)
    return withSuffix(base, similar + 1)
  }
  const taken = await req.payload.find({
    collection,
    where: {
      and: [
        { slug: { greater_than_equal: root } },
        { slug: { less_than: `${root}.` } },
        ...(id === undefined || id === null ? [] : [{ id: { not_equals: id } }]),
      ],
    },
    select: { slug: true },
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
    req,
  })
  const used = new Set(taken.docs.map((doc) => (doc as { slug?: string }).slug))
  for (let n = 2; ; n++) if (!used.has(withSuffix(base, n))) return withSuffix(base, n)
}

/** A unique, editable slug made from the pinyin of another field (Payload's own slugify drops all Chinese). */
export function slugField(from: string | string[] = 'title'): Field {
  const sourceFields = Array.isArray(from) ? from : [from]
  const fillSlug: FieldHook = async ({ value, data, originalDoc, collection, req, operation }) => {
    if (!collection || !isCollectionSlug(req, collection.slug)) return value
    const slug = collection.slug
    const explicit = typeof value === 'string' ? slugify(value) : ''
    if (explicit && explicit === originalDoc?.slug) return explicit
    const sourceValue = sourceFields
      .map((name) => data?.[name] ?? originalDoc?.[name])
      .find((v) => typeof v === 'string' && v.trim())
    const base = explicit || (typeof sourceValue === 'string' ? slugify(sourceValue) : '')
    if (!base) return operation === 'create' ? undefined : originalDoc?.slug
    return firstFreeSlug(base, slug, originalDoc?.id, req)
  }
  return {
    name: 'slug',
    type: 'text',
    label: label('Slug', '网址别名'),
    unique: true,
    index: true,
    required: true,
    admin: {
      position: 'sidebar',
      description: label(
        'Made from the pinyin of the title when left empty.',
        '留空时由标题拼音生成。',
      ),
    },
    hooks: { beforeValidate: [fillSlug] },
  }
}
