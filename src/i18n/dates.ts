/**
 * Dates in the admin in the admin language's order. Payload formats its dates with date-fns and
 * the admin language's locale, so one localized pattern serves both: `PPP` is the long date
 * (2026年12月1日 / December 1st, 2026), then a 24-hour time.
 */
export const ADMIN_DATE_FORMAT = 'PPP HH:mm'

/** The same for our own components, which format with Intl: 2026年12月1日 09:39. */
export function formatDateTime(value: string | number | Date, lang: 'en' | 'zh'): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const parts = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  return parts.format(date)
}
