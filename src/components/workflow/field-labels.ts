'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'

/** Top-level data fields by name, looking through rows, collapsibles and unnamed tabs. */
function byName(fields: readonly ClientField[], found = new Map<string, ClientField>()) {
  for (const field of fields) {
    if ('name' in field && field.name) found.set(field.name, field)
    else if ('fields' in field) byName(field.fields, found)
    else if (field.type === 'tabs') for (const tab of field.tabs) byName(tab.fields, found)
  }
  return found
}

/** A collection's field labels in the admin language, by field name (the name when unknown). */
export function useFieldLabels(collectionSlug: string | undefined): (name: string) => string {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const collection = config.collections.find((entry) => entry.slug === collectionSlug)
  const fields = byName(collection?.fields ?? [])
  return (name) => {
    const fieldLabel = fields.get(name)
    const text =
      fieldLabel && 'label' in fieldLabel && fieldLabel.label
        ? getTranslation(fieldLabel.label, i18n)
        : undefined
    return typeof text === 'string' && text ? text : name
  }
}
