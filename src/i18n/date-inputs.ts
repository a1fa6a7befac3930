import type { Field, Plugin } from 'payload'
import { ADMIN_DATE_FORMAT } from './dates.js'

/**
 * Date fields in the admin language's order, in lists and inputs alike: the localized date-fns
 * patterns of ADMIN_DATE_FORMAT (2026年12月1日 09:39 / December 1st, 2026 09:39). A date field's
 * list cell and its input both use its own displayFormat; the input's default ('MMM d, yyy h:mm a')
 * would read "12月 1, 2026 8:35 下午". The picker learns the language from DatePickerLanguage
 * (src/components/DatePickerLanguage.tsx).
 */
const INPUT_FORMATS: Record<string, string> = {
  dayAndTime: ADMIN_DATE_FORMAT,
  dayOnly: 'PPP',
  default: 'PPP',
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
