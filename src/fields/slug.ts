import type { CollectionSlug, Field, FieldHook } from 'payload'
import { MAX_SLUG_LENGTH, slugify } from '../text/pinyin.js'
import { label } from '../i18n/label.js'

/** Cuts a slug at a syllable boundary so that it fits in `length`. */
function shorten(slug: string, length: number): string {
  let cut = slug
  while (cut.length > length && cut.includes('-')) cut = cut.replace(/-[^-]*$/, '')
  return cut.slice(0, length)
}

/**
 * The first free slug among base, base-2, base-3… found with one range query on the indexed slug
 * (probing one candidate per query was quadratic when many documents share a title). Candidates
 * stay within the slug length, so a suffix is never cut off.
 */
async function firstFreeSlug(base: string, collection: CollectionSlug, id: unknown, req: Parameters<FieldHook>[0]['req']): Promise<string> {
  // Every candidate starts with this root; '-' sorts just before '.', so the range holds root, root-2, root-…
  const root = shorten(base, MAX_SLUG_LENGTH - 6)
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
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`
    const candidate = `${shorten(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`
    if (!used.has(candidate)) return candidate
  }
}

/** A unique, editable slug made from the pinyin of another field (Payload's own slugify drops all Chinese). */
export function slugField(from: string | string[] = 'title'): Field {
  const sourceFields = Array.isArray(from) ? from : [from]
  const fillSlug: FieldHook = async ({ value, data, originalDoc, collection, req, operation }) => {
    if (!collection) return value
    const explicit = typeof value === 'string' ? slugify(value) : ''
    if (explicit && explicit === originalDoc?.slug) return explicit
    const sourceValue = sourceFields.map((name) => data?.[name] ?? originalDoc?.[name]).find((v) => typeof v === 'string' && v.trim())
    const base = explicit || (typeof sourceValue === 'string' ? slugify(sourceValue) : '')
    if (!base) return operation === 'create' ? undefined : originalDoc?.slug
    return firstFreeSlug(base, collection.slug as CollectionSlug, originalDoc?.id, req)
  }
  return {
    name: 'slug',
    type: 'text',
    label: label('Slug', '网址别名'),
    unique: true,
    index: true,
    required: true,
    admin: { position: 'sidebar', description: label('Made from the pinyin of the title when left empty.', '留空时由标题拼音生成。') },
    hooks: { beforeValidate: [fillSlug] },
  }
}
