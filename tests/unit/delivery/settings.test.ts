import { corsOriginsFrom, normalizeOrigin } from '../../../src/delivery/settings.js'

test('CORS_ORIGINS: a list of origins, each without a trailing slash', () => {
  expect(corsOriginsFrom('https://a.example/, https://b.example//,https://c.example')).toEqual([
    'https://a.example',
    'https://b.example',
    'https://c.example',
  ])
  expect(corsOriginsFrom(' https://a.example ,, ')).toEqual(['https://a.example'])
})

test('CORS_ORIGINS: unset or blank allows no origin, `*` allows every origin', () => {
  expect(corsOriginsFrom(undefined)).toEqual([])
  expect(corsOriginsFrom('  ')).toEqual([])
  expect(corsOriginsFrom(' * ')).toBe('*')
})

test('an Origin header is compared by the same rule as the allowlist', () => {
  expect(normalizeOrigin('https://a.example/')).toBe('https://a.example')
  expect(normalizeOrigin('https://a.example')).toBe('https://a.example')
  expect(corsOriginsFrom('https://a.example/')).toContain(normalizeOrigin('https://a.example'))
})
