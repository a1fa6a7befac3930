import { execFileSync } from 'node:child_process'
import { creativeWork } from '../../../src/delivery/jsonld.js'
import {
  DEFAULT_SOURCE_TIME_ZONE,
  parseSourceTime,
  sourceTimeToIso,
  sourceTimeZone,
} from '../../../src/text/datetime.js'

test('a source time without a zone is Beijing time by default', () => {
  expect(DEFAULT_SOURCE_TIME_ZONE).toBe('Asia/Shanghai')
  expect(sourceTimeZone({})).toBe('Asia/Shanghai')
})

// A calendar date stays a date; a stated offset is kept.
test.each([
  ['2024-10-09 07:33:45', '2024-10-08T23:33:45.000Z'],
  ['2024/10/9 07:33', '2024-10-08T23:33:00.000Z'],
  ['2024年10月9日 07:33:45', '2024-10-08T23:33:45.000Z'],
  ['2024-10-09T07:33:45.5', '2024-10-08T23:33:45.500Z'],
  ['2024-10-09', '2024-10-09'],
  ['2024年1月5日', '2024-01-05'],
  ['2024-10-09T07:33:45+09:00', '2024-10-08T22:33:45.000Z'],
  ['2024-10-09T07:33:45Z', '2024-10-09T07:33:45.000Z'],
])('in Beijing time %s is %s', (stated, iso) => expect(sourceTimeToIso(stated)).toBe(iso))

test.each(['2024-02-30 10:00', '2024-10-09 25:00', 'not a date', '4月26日'])(
  '%s is no time',
  (bad) => expect(parseSourceTime(bad)).toBeUndefined(),
)

describe('SOURCE_TIME_ZONE chooses another zone, daylight saving included; an unknown one is refused', () => {
  test('it is read from the environment', () =>
    expect(sourceTimeZone({ SOURCE_TIME_ZONE: 'Asia/Taipei' })).toBe('Asia/Taipei'))

  test.each([
    ['2024-07-01 12:00', 'Europe/Berlin', '2024-07-01T10:00:00.000Z'],
    ['2024-12-01 12:00', 'Europe/Berlin', '2024-12-01T11:00:00.000Z'],
    ['2024-10-09 07:33:45', 'UTC', '2024-10-09T07:33:45.000Z'],
  ])('%s in %s is %s', (stated, zone, iso) => expect(sourceTimeToIso(stated, zone)).toBe(iso))

  test('an unknown zone is refused', () =>
    expect(() => sourceTimeZone({ SOURCE_TIME_ZONE: 'Mars/Olympus' })).toThrow(/SOURCE_TIME_ZONE/))
})

/** Runs the parsing in a fresh Node process with its own TZ (and SOURCE_TIME_ZONE). */
function inProcess(env: Record<string, string>): Record<string, string | undefined> {
  const code = `
    import { sourceTimeToIso } from './src/text/datetime.ts'
    import { creativeWork } from './src/delivery/jsonld.ts'
    const stated = '2024-10-09 07:33:45'
    console.log(JSON.stringify({
      naive: new Date(stated).toISOString(),
      parsed: sourceTimeToIso(stated),
      jsonLd: creativeWork({ title: 'x', publishedDate: stated }).datePublished,
    }))
  `
  const { SOURCE_TIME_ZONE: _unset, ...inherited } = process.env
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code],
    {
      env: { ...inherited, ...env },
      encoding: 'utf8',
    },
  )
  return JSON.parse(out)
}

test('the server TZ has no effect: TZ=UTC and TZ=America/New_York read the same Beijing time', () => {
  const utc = inProcess({ TZ: 'UTC' })
  const newYork = inProcess({ TZ: 'America/New_York' })
  // The servers' zones really differ: a plain Date parse gives two instants...
  expect(utc.naive).toBe('2024-10-09T07:33:45.000Z')
  expect(newYork.naive).toBe('2024-10-09T11:33:45.000Z')
  // ...while source times are Beijing time on both.
  for (const result of [utc, newYork]) {
    expect(result.parsed).toBe('2024-10-08T23:33:45.000Z')
    expect(result.jsonLd).toBe('2024-10-08T23:33:45.000Z')
  }
  expect(inProcess({ TZ: 'America/New_York', SOURCE_TIME_ZONE: 'Asia/Taipei' }).parsed).toBe(
    '2024-10-08T23:33:45.000Z',
  )
  expect(inProcess({ TZ: 'UTC', SOURCE_TIME_ZONE: 'Europe/London' }).jsonLd).toBe(
    '2024-10-09T06:33:45.000Z',
  )
}, 60_000)

test('JSON-LD of a cited source states the Beijing instant', () => {
  expect(creativeWork({ title: '来源', publishedDate: '2024-10-09 07:33:45' }).datePublished).toBe(
    '2024-10-08T23:33:45.000Z',
  )
  expect(creativeWork({ title: '来源', publishedDate: '2024-10-09' }).datePublished).toBe(
    '2024-10-09',
  )
})
