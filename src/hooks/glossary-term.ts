import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { message } from '../i18n/message.js'
import { foldKey, toSimplified } from '../text/normalize.js'
import { pinyinSortKey, pinyinWithTones } from '../text/pinyin.js'

/**
 * Derives the pinyin, the sort key and the script-insensitive key of a glossary term, and refuses
 * a term that already exists in the other script (國家秘密 = 国家秘密).
 */
export const deriveGlossaryKeys: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  const term = typeof data.term === 'string' ? data.term.trim() : originalDoc?.term
  if (typeof term !== 'string' || !term) return data
  const termKey = foldKey(term)
  const duplicate = await req.payload.find({
    collection: 'glossary-terms',
    where: {
      and: [
        { termKey: { equals: termKey } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (duplicate.docs.length > 0) {
    const existing = duplicate.docs[0]
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'term',
          message: message(
            req,
            `The term "${term}" already exists as "${existing.term}" (id ${existing.id}); terms are compared without regard to Simplified/Traditional script.`,
            `术语“${term}”已存在（“${existing.term}”，id ${existing.id}）；比较时不区分简繁体。`,
          ),
        },
      ],
    })
  }
  const simplified = toSimplified(term.normalize('NFKC'))
  return {
    ...data,
    term,
    termKey,
    pinyin: pinyinWithTones(simplified),
    pinyinSortKey: pinyinSortKey(simplified),
  }
}
