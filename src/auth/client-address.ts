import { isIPv4 } from 'node:net'
import type { PayloadRequest } from 'payload'

/**
 * The header the HTTP edge (src/server/bridge.ts) sets on every request it hands to Payload: the
 * client's address as Express resolved it under TRUST_PROXY. A value the client sent under this
 * name is replaced, so hooks can trust it. Requests made with the Local API carry none.
 */
export const CLIENT_ADDRESS_HEADER = 'x-guoan-client-address'

/** The client address of a request that came over HTTP; undefined for Local API calls. */
export function clientAddressOf(req: Pick<PayloadRequest, 'headers'>): string | undefined {
  return req.headers?.get(CLIENT_ADDRESS_HEADER) ?? undefined
}

/**
 * One spelling per client: an IPv4 client reaching a dual-stack socket directly shows as
 * `::ffff:127.0.0.1`, the same client through a proxy's X-Forwarded-For as `127.0.0.1`, and the
 * sign-in throttle and address limits counted them as two clients (found with nginx in front of
 * the cluster suite: failures through the balancer did not count for direct requests).
 */
export function canonicalAddress(address: string | undefined): string | undefined {
  if (!address) return address
  const lower = address.toLowerCase()
  const mapped = lower.startsWith('::ffff:') ? lower.slice('::ffff:'.length) : undefined
  return mapped && isIPv4(mapped) ? mapped : lower
}
