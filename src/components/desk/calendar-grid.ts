/**
 * The calendar's days, as local dates of the browser (its time zone decides which day an entry
 * falls on, as in Payload's own date fields). Hand-written on Date: five small functions, where
 * date-fns (in node_modules only through Payload) would be a new dependency of ours.
 */
export const CALENDAR_VIEWS = ['day', 'week', 'month'] as const
export type CalendarView = (typeof CALENDAR_VIEWS)[number]
export const isCalendarView = (value: unknown): value is CalendarView =>
  CALENDAR_VIEWS.some((view) => view === value)

const pad = (n: number) => String(n).padStart(2, '0')

/** A local date as `YYYY-MM-DD`, the calendar's `date` parameter. */
export const dayKey = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The local midnight of a `YYYY-MM-DD` parameter; undefined for anything else. */
export function parseDayKey(text: string | undefined): Date | undefined {
  const match = text ? DAY_KEY.exec(text) : null
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  const date = new Date(year, month, day)
  return date.getMonth() === month && date.getDate() === day ? date : undefined
}

export const addDays = (date: Date, days: number): Date =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days)

/** Weeks start on Monday (as in China and ISO 8601). */
export const startOfWeek = (date: Date): Date => addDays(date, -((date.getDay() + 6) % 7))

/** The days a view shows around its anchor day; a month is whole weeks, Monday to Sunday. */
export function daysOf(view: CalendarView, anchor: Date): Date[] {
  const run = (first: Date, count: number) =>
    Array.from({ length: count }, (_, index) => addDays(first, index))
  if (view === 'day') return run(anchor, 1)
  if (view === 'week') return run(startOfWeek(anchor), 7)
  const first = startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth(), 1))
  const last = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0)
  const end = addDays(startOfWeek(last), 7)
  return run(first, Math.round((end.getTime() - first.getTime()) / 86_400_000))
}

/** The anchor of the previous (-1) or next (1) period. */
export function step(view: CalendarView, anchor: Date, direction: -1 | 1): Date {
  if (view === 'day') return addDays(anchor, direction)
  if (view === 'week') return addDays(anchor, 7 * direction)
  return new Date(anchor.getFullYear(), anchor.getMonth() + direction, 1)
}

/**
 * The span the server reads around the anchor day (`YYYY-MM-DD`, else now), in UTC: a month grid
 * reaches at most 37 days before and 38 after its anchor, and time zones shift a day by at most
 * 14 hours, so ±41 days hold every entry the browser can show, in any zone and any view.
 */
export function readWindow(date: string | undefined, now: Date): { from: Date; to: Date } {
  const match = date ? DAY_KEY.exec(date) : null
  const anchor = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : now.getTime()
  const span = 41 * 86_400_000
  return { from: new Date(anchor - span), to: new Date(anchor + span) }
}
