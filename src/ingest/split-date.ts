/**
 * A publication date that a page's layout broke over several short lines above the headline, one
 * part per line, as a date badge renders as text:
 * - year, then month/day, then perhaps the time: "2021" / "04/27" / "16:39" (h-06, a news portal);
 * - day, then year and month: "22" / "2022年07月" (b-15, a school site's calendar badge).
 * Each part alone is no date, so the byline stage would keep them as text and find no date.
 */
const YEAR = /^(\d{4})$/
const MONTH_DAY = /^(\d{1,2})\s*[/\-.]\s*(\d{1,2})$/
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/
const DAY = /^(\d{1,2})$/
const YEAR_MONTH = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月|[/\-.]\s*(\d{1,2}))$/

export interface SplitDate {
  /** The date written out from its parts: "2021/04/27 16:39", "2022年07月22日". */
  date: string
  /** Indexes of the lines it was read from. */
  lines: number[]
}

const validDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31

/** The first split date among the first `window` non-empty lines, or null. */
export function findSplitDate(lines: readonly string[], window: number): SplitDate | null {
  const near: { index: number; text: string }[] = []
  for (let i = 0; i < lines.length && near.length < window; i++) {
    const text = lines[i]?.trim() ?? ''
    if (text) near.push({ index: i, text })
  }
  for (let k = 0; k + 1 < near.length; k++) {
    const first = near[k]
    const second = near[k + 1]
    if (!first || !second) continue
    const year = YEAR.exec(first.text)
    const monthDay = MONTH_DAY.exec(second.text)
    if (year && monthDay && validDay(Number(monthDay[1]), Number(monthDay[2]))) {
      const third = near[k + 2]
      const time = third && TIME.test(third.text) ? third : null
      return {
        date: `${year[1]}/${monthDay[1]}/${monthDay[2]}${time ? ` ${time.text}` : ''}`,
        lines: [first.index, second.index, ...(time ? [time.index] : [])],
      }
    }
    const day = DAY.exec(first.text)
    const yearMonth = YEAR_MONTH.exec(second.text)
    const month = yearMonth ? (yearMonth[2] ?? yearMonth[3] ?? '') : ''
    if (day && yearMonth && validDay(Number(month), Number(day[1])))
      return {
        date: `${yearMonth[1]}年${month}月${day[1]}日`,
        lines: [first.index, second.index],
      }
  }
  return null
}
