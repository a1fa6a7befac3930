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
