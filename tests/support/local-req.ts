/** A Local API request for server code under test (loaded with cms().load, in the server's realm). */
import { createLocalReq as payloadLocalReq, type Payload, type PayloadRequest } from 'payload'

export function createLocalReq(payload: Payload): Promise<PayloadRequest> {
  return payloadLocalReq({}, payload)
}
