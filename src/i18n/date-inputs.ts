import type { Field, Plugin } from 'payload'

/**
 * Date inputs in year-month-day order in both admin languages. Payload's date picker formats its
 * input before it registers the admin language's locale (in an effect after the first render), so a
 * pattern with month names shows "Dec 1, 2026 8:35 PM" in the Chinese admin; numbers in Chinese
 * order read the same in both. Displays elsewhere use ADMIN_DATE_FORMAT (src/i18n/dates.ts).
 */
const INPUT_FORMATS: Record<string, string> = {
  dayAndTime: 'yyyy-MM-dd HH:mm',
  dayOnly: 'yyyy-MM-dd',
  default: 'yyyy-MM-dd',
  timeOnly: 'HH:mm',
}

function withInputFormat(field: Field): Field {
  if (field.type === 'date') {
    const date = field.admin?.date
    if (date && 'displayFormat' in date && date.displayFormat) return field
    const appearance = date?.pickerAppearance ?? 'default'
    const displayFormat = INPUT_FORMATS[appearance]
    if (!displayFormat) return field
    return { ...field, admin: { ...field.admin, date: { ...date, displayFormat } } }
  }
  if (field.type === 'tabs')
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withInputFormat) })),
    }
  if ('fields' in field) return { ...field, fields: field.fields.map(withInputFormat) }
  return field
}

/** Runs last, so that the fields other plugins add (workflow due dates, schedules) are included. */
export const dateInputsPlugin = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: collection.fields.map(withInputFormat),
  })),
})
