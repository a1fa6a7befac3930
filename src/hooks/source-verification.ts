import type { CollectionBeforeChangeHook } from 'payload'
import type { Source } from '../payload-types.js'

/**
 * Records who decided a source's verification and when: setting the status to verified or
 * rejected stamps the deciding user and the time (whatever the form sent for them); setting it
 * back to unverified clears both. Without a user (seeding, server code) a given verifier stands.
 */
export const recordVerifier: CollectionBeforeChangeHook<Source> = ({ data, originalDoc, req }) => {
  const status = data.verification?.status
  if (!status || status === originalDoc?.verification?.status) return data
  const decided = status === 'verified' || status === 'rejected'
  data.verification = {
    ...data.verification,
    status,
    verifiedBy: decided ? (req.user?.id ?? data.verification?.verifiedBy ?? null) : null,
    verifiedAt: decided ? new Date().toISOString() : null,
  }
  return data
}
