/**
 * The calendar's days as local dates: weeks from Monday, a month as whole weeks, stepping a
 * period back and forth, and the span the server reads around the anchor.
 */
import {
  dayKey,
  daysOf,
  parseDayKey,
  readWindow,
  step,
} from '../../../src/components/desk/calendar-grid.js'

const day = (text: string) => {
  const parsed = parseDayKey(text)
  if (!parsed) throw new Error(`not a day: ${text}`)
  return parsed
}
const keys = (dates: Date[]) => dates.map(dayKey)

test('a day parameter is a real local date or nothing', () => {
  expect(dayKey(day('2026-12-01'))).toBe('2026-12-01')
  expect(parseDayKey('2026-02-30')).toBeUndefined()
  expect(parseDayKey('2026-12-1')).toBeUndefined()
  expect(parseDayKey(undefined)).toBeUndefined()
})

test('a week runs Monday to Sunday around its anchor, across a month and a year', () => {
  expect(keys(daysOf('week', day('2026-12-01')))).toEqual([
    '2026-11-30',
    '2026-12-01',
    '2026-12-02',
    '2026-12-03',
    '2026-12-04',
    '2026-12-05',
    '2026-12-06',
  ])
  // A Sunday belongs to the week before it.
  expect(dayKey(daysOf('week', day('2027-01-03'))[0])).toBe('2026-12-28')
  expect(keys(daysOf('day', day('2026-12-01')))).toEqual(['2026-12-01'])
})

test('a month is whole weeks from the Monday before the 1st to the Sunday after the last day', () => {
  const december = daysOf('month', day('2026-12-17'))
  expect(december).toHaveLength(35)
  expect(dayKey(december[0])).toBe('2026-11-30')
  expect(dayKey(december[34])).toBe('2027-01-03')
  // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
  expect(keys(daysOf('month', day('2027-02-10')))).toHaveLength(28)
  // August 2026 starts on a Saturday and has 31 days: six weeks.
  expect(daysOf('month', day('2026-08-31'))).toHaveLength(42)
})

test('stepping moves a day, a week or to the 1st of the next or previous month', () => {
  expect(dayKey(step('day', day('2026-12-31'), 1))).toBe('2027-01-01')
  expect(dayKey(step('week', day('2026-12-01'), -1))).toBe('2026-11-24')
  expect(dayKey(step('month', day('2026-01-31'), 1))).toBe('2026-02-01')
  expect(dayKey(step('month', day('2026-01-31'), -1))).toBe('2025-12-01')
})

test('the server reads 41 days either side of the anchor: wider than any grid in any time zone', () => {
  const { from, to } = readWindow('2026-12-01', new Date('2030-01-01T00:00:00Z'))
  expect(from.toISOString()).toBe('2026-10-21T00:00:00.000Z')
  expect(to.toISOString()).toBe('2027-01-11T00:00:00.000Z')
  const now = new Date('2026-12-01T12:34:00Z')
  expect(readWindow(undefined, now).from.getTime()).toBe(now.getTime() - 41 * 86_400_000)
  expect(readWindow('not-a-day', now).to.getTime()).toBe(now.getTime() + 41 * 86_400_000)
  // The widest month grid (six weeks) around any day of its month fits inside.
  for (const anchor of ['2026-08-01', '2026-08-31']) {
    const window = readWindow(anchor, now)
    const grid = daysOf('month', day(anchor))
    expect(grid[0].getTime() - 14 * 3600_000).toBeGreaterThanOrEqual(window.from.getTime())
    expect(grid[grid.length - 1].getTime() + 38 * 3600_000).toBeLessThanOrEqual(window.to.getTime())
  }
})
