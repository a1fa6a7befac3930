/**
 * Which proxies may tell Express the client's address (X-Forwarded-For) and protocol: TRUST_PROXY,
 * in Express's own forms — `true`/`false`, a number of hops, or addresses and presets separated
 * by commas. The default trusts only proxies on this machine and private networks (a load
 * balancer in the same docker network or VPC): with `true`, any client on the internet could
 * name itself any address and slip past the per-address limits.
 */
export const DEFAULT_TRUST_PROXY = 'loopback, linklocal, uniquelocal'

export function trustProxySetting(raw = process.env.TRUST_PROXY): boolean | number | string {
  const value = raw?.trim()
  if (!value) return DEFAULT_TRUST_PROXY
  if (value === 'true') return true
  if (value === 'false') return false
  if (/^\d+$/.test(value)) return Number(value)
  return value
}
