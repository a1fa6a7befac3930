/**
 * The fingerprint of an article body, without Payload: the importer's analysis worker computes it
 * with the draft plan (off the main thread), and the article's save, the backfill and the
 * similar-content lookup all use this same function, so they compare alike.
 */
import { richTextToPlain } from '../richtext/plain-text.js'
import { FINGERPRINT_ALGORITHM, fingerprintOf, type Fingerprint } from '../text/minhash.js'

/** The fingerprint of an article body (a Lexical state), or null when it is too short to compare. */
export function articleFingerprint(body: unknown): Fingerprint | null {
  return fingerprintOf(richTextToPlain(body))
}

/** The `context` key under which a write hands its body's fingerprint to the save hook. */
export const FINGERPRINT_CONTEXT = 'articleFingerprint'

/**
 * A fingerprint handed over in a write's `context` (the importer's, computed with the plan): what
 * a save uses instead of fingerprinting the body again.
 */
export function fingerprintInContext(value: unknown): Fingerprint | null | undefined {
  if (value === null) return null
  if (typeof value !== 'object' || value === undefined) return undefined
  if (!('algorithm' in value) || !('signature' in value) || !('bands' in value)) return undefined
  const { algorithm, signature, bands } = value
  if (algorithm !== FINGERPRINT_ALGORITHM || typeof signature !== 'string') return undefined
  if (!Array.isArray(bands) || !bands.every((band) => typeof band === 'string')) return undefined
  return { algorithm, signature, bands }
}
