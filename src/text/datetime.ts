/**
 * Times as Chinese sources state them: "2024-10-09 07:33:45", "2024年10月9日 07:33", with no zone.
 * They are wall-clock times in the source's zone (Beijing time for the sites we import), never the
 * server's: the arithmetic here uses Intl's time-zone data only, so TZ has no effect on the result.
 */

export const DEFAULT_SOURCE_TIME_ZONE = 'Asia/Shanghai'

/** A date with an optional time and no zone: 2024-10-09, 2024/10/09 07:33, 2024年10月9日 07:33:45. */
const LOCAL_TIME =
  /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/
/** An ISO 8601 date-time that names its offset: parsed as is. */
const ZONED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(zone, format)
  }
  return format
}

export function isTimeZone(zone: string): boolean {
  try {
    formatter(zone)
    return true
  } catch {
    return false
  }
}

/**
 * The zone of zone-less source times: SOURCE_TIME_ZONE (an IANA name such as Asia/Shanghai or
 * Asia/Taipei), or Asia/Shanghai. An unknown name throws, naming the setting.
 */
export function sourceTimeZone(env: Record<string, string | undefined> = process.env): string {
  const configured = env.SOURCE_TIME_ZONE?.trim()
  if (!configured) return DEFAULT_SOURCE_TIME_ZONE
  if (!isTimeZone(configured))
    throw new Error(
      `SOURCE_TIME_ZONE=${JSON.stringify(configured)} is not an IANA time zone such as Asia/Shanghai`,
    )
  return configured
}

/** How far `zone`'s wall clock is ahead of UTC at the instant `ms`, in milliseconds. */
function zoneOffset(ms: number, zone: string): number {
  const parts = formatter(zone).formatToParts(new Date(ms))
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  )
  return wall - Math.floor(ms / 1000) * 1000
}

/** The instant at which `zone`'s clock shows the wall time `wall` (given as if it were UTC). */
function wallTimeToInstant(wall: number, zone: string): number {
  const first = wall - zoneOffset(wall, zone)
  // Near a daylight-saving change the offset at the instant can differ from the one at the guess.
  const second = wall - zoneOffset(first, zone)
  return second
}

export type SourceTime = { kind: 'date'; date: string } | { kind: 'instant'; instant: Date }

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * Reads a stated date or time. A calendar date stays a date (turning it into midnight would move it
 * a day for some readers); a time without a zone is read in `zone`; an ISO time with an offset is
 * taken as is. Anything else (including impossible dates such as 2024-02-30) is undefined.
 */
export function parseSourceTime(value: string, zone = sourceTimeZone()): SourceTime | undefined {
  const text = value.trim()
  if (ZONED_ISO.test(text)) {
    const instant = new Date(text)
    return Number.isNaN(instant.getTime()) ? undefined : { kind: 'instant', instant }
  }
  const match = LOCAL_TIME.exec(text)
  if (!match) return undefined
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part)))
  if (year === undefined || month === undefined || day === undefined) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  if (hour === undefined || minute === undefined)
    return { kind: 'date', date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return undefined
  const ms = match[7] ? Number(match[7].padEnd(3, '0')) : 0
  const wall = Date.UTC(year, month - 1, day, hour, minute, second ?? 0, ms)
  return { kind: 'instant', instant: new Date(wallTimeToInstant(wall, zone)) }
}

/** A stated date or time as ISO 8601: 2024-10-09 stays so, 2024-10-09 07:33:45 → 2024-10-08T23:33:45.000Z. */
export function sourceTimeToIso(value: string, zone = sourceTimeZone()): string | undefined {
  const parsed = parseSourceTime(value, zone)
  if (!parsed) return undefined
  return parsed.kind === 'date' ? parsed.date : parsed.instant.toISOString()
}
