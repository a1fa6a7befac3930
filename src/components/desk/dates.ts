import type { Lang } from '../workflow/labels.js'

/**
 * Dates as the admin shows them, in the browser's time zone (as Payload's own date cells):
 * Chinese order for zh (2026年12月1日 09:39), English otherwise (Dec 1, 2026, 09:39).
 */
const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' }

export const formatDateTime = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(LOCALE[lang], {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(new Date(iso))

export const formatTime = (date: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: 'short', hourCycle: 'h23' }).format(date)

export const formatDay = (date: Date, lang: Lang, style: 'long' | 'full' = 'long'): string =>
  new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: style }).format(date)

// Not Intl's formatRange: Node's ICU writes zh ranges as 2026/11/30 – 2026/12/6.
export const formatDayRange = (first: Date, last: Date, lang: Lang): string =>
  `${formatDay(first, lang)} – ${formatDay(last, lang)}`

export const formatMonth = (date: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long' }).format(date)

export const formatWeekday = (date: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'short' }).format(date)
