import { createHash } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'

/** The raw text is evidence: fingerprint it once, when it is first stored. */
export const fingerprintRawSnapshot: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (
    operation === 'create' &&
    typeof data.rawSnapshot === 'string' &&
    data.rawSnapshot.length > 0
  ) {
    return {
      ...data,
      rawSha256: createHash('sha256').update(data.rawSnapshot, 'utf8').digest('hex'),
    }
  }
  return data
}
