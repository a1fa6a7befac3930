import type { CollectionSlug, Field, FieldHook } from 'payload'
import { slugify } from '../text/pinyin.js'
import { label } from '../i18n/label.js'

async function firstFreeSlug(base: string, collection: CollectionSlug, id: unknown, req: Parameters<FieldHook>[0]['req']): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const taken = await req.payload.find({
      collection,
      where: { and: [{ slug: { equals: candidate } }, ...(id === undefined || id === null ? [] : [{ id: { not_equals: id } }])] },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
      req,
    })
    if (taken.docs.length === 0) return candidate
  }
  throw new Error(`No free slug for "${base}"`)
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
