import { canonicalAddress } from '../../../src/auth/client-address.js'

test('an IPv4 client has one spelling whether it came directly (IPv4-mapped) or through a proxy', () => {
  expect(canonicalAddress('::ffff:127.0.0.1')).toBe('127.0.0.1')
  expect(canonicalAddress('::FFFF:203.0.113.7')).toBe('203.0.113.7')
  expect(canonicalAddress('203.0.113.7')).toBe('203.0.113.7')
})

test('IPv6 addresses stay IPv6 (lower case), and nothing is invented for a missing address', () => {
  expect(canonicalAddress('2001:DB8::1')).toBe('2001:db8::1')
  expect(canonicalAddress('::ffff:2001:db8::1')).toBe('::ffff:2001:db8::1')
  expect(canonicalAddress(undefined)).toBeUndefined()
})
