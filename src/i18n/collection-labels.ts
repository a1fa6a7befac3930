import { getTranslation } from '@payloadcms/translations'
import type { CollectionConfig, LabelFunction, StaticLabel } from 'payload'

/** A label in several languages as a function of the admin language; others as they are. */
function byLanguage(
  label: LabelFunction | StaticLabel | undefined,
): LabelFunction | StaticLabel | undefined {
  if (!label || typeof label !== 'object') return label
  return ({ i18n }) => getTranslation(label, i18n)
}

/**
 * A collection whose singular and plural labels are functions of the admin language. Payload's
 * client config turns label functions into the admin language's string, while `{ en, zh }`
 * objects reach the browser as they are, and some of Payload 3.90's components put them into a
 * text unread: the relationship field's create button said "新增 [object Object]", the dashboard's
 * "创建新的 [object Object]". Every server-side reader translates functions as objects.
 */
export function withLabelsByLanguage(collection: CollectionConfig): CollectionConfig {
  if (!collection.labels) return collection
  return {
    ...collection,
    labels: {
      singular: byLanguage(collection.labels.singular),
      plural: byLanguage(collection.labels.plural),
    },
  }
}
