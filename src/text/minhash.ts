/**
 * Near-duplicate fingerprints of a text: MinHash over character shingles, with LSH band keys.
 *
 * Hand-written (about 60 lines) on purpose: a fingerprint is stored and compared across
 * instances and restarts, so its hash functions must be fixed. The registry's `bloom-filters`
 * MinHash draws its permutation coefficients with Math.random per factory (a signature made by one
 * process cannot be compared with another's), `minhash` (0.0.9) is unmaintained and does the same,
 * and `simhash-js` tokenises on spaces, which Chinese has none of.
 *
 * The text is compared as search compares it (NFKC, Traditional → Simplified, lower case), with
 * everything but letters and digits removed: whitespace, punctuation and full-/half-width changes
 * of a re-scrape do not count. Chinese has no spaces, so shingles are runs of SHINGLE characters.
 */
import { normalizeForSearch } from './normalize.js'

/** Characters per shingle: 4 keeps shared set phrases (国家安全, 反恐怖主义) from making two different texts look alike. */
export const SHINGLE = 4
/** Hash functions in a signature; the similarity estimate's standard error is about 0.5/√128 ≈ 0.044. */
export const SIGNATURE_SIZE = 128
/** LSH: 32 bands of 4 rows. Two texts share a band with probability 1-(1-J⁴)³²: 0.87 at J = 0.5, 1.0 at J ≥ 0.7, 0.03 at J = 0.2. */
export const BANDS = 32
const ROWS = SIGNATURE_SIZE / BANDS
/** Names the parameters above: a stored fingerprint made with others is recomputed. */
export const FINGERPRINT_ALGORITHM = `minhash-k${SHINGLE}-${SIGNATURE_SIZE}-${BANDS}x${ROWS}-v1`
/** Below this many letters and digits a text is too short to call anything a duplicate of it. */
export const MIN_FINGERPRINT_CHARS = 80

export interface Fingerprint {
  algorithm: string
  /** SIGNATURE_SIZE minimum hashes, base64 of their little-endian 32-bit values. */
  signature: string
  /** One key per band, `b<band>:<hash>`: texts that share a key are candidates. */
  bands: string[]
}

/** MurmurHash3's 32-bit finaliser: a bijection that mixes every input bit into every output bit. */
function mix(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

// Fixed seeds, one per hash function: h_i(x) = mix(x ^ seed_i) is a permutation of 32-bit values.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) =>
  mix(0x9e3779b9 + i * 0x632be5ab),
)

/** The letters and digits of a text in the form search compares (script-, width- and case-insensitive). */
export function fingerprintText(text: string): string {
  return normalizeForSearch(text).replace(/[^\p{L}\p{N}]+/gu, '')
}

/** FNV-1a over a shingle's code points, then mixed. */
function shingleHashes(chars: string[]): Set<number> {
  const hashes = new Set<number>()
  for (let start = 0; start + SHINGLE <= chars.length; start++) {
    let h = 0x811c9dc5
    for (let k = start; k < start + SHINGLE; k++) {
      h ^= chars[k]?.codePointAt(0) ?? 0
      h = Math.imul(h, 0x01000193)
    }
    hashes.add(mix(h))
  }
  return hashes
}

function signatureOf(hashes: Set<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff)
  for (const hash of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(hash ^ (SEEDS[i] ?? 0))
      if (value < (signature[i] ?? 0)) signature[i] = value
    }
  }
  return signature
}

function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = []
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band
    for (let row = band * ROWS; row < (band + 1) * ROWS; row++)
      h = mix(Math.imul(h ^ (signature[row] ?? 0), 0x01000193))
    keys.push(`b${band}:${h.toString(36)}`)
  }
  return keys
}

/** The fingerprint of a text, or null when it has too few letters and digits to compare. */
export function fingerprintOf(text: string): Fingerprint | null {
  const chars = [...fingerprintText(text)]
  if (chars.length < MIN_FINGERPRINT_CHARS) return null
  const signature = signatureOf(shingleHashes(chars))
  return {
    algorithm: FINGERPRINT_ALGORITHM,
    signature: Buffer.from(signature.buffer).toString('base64'),
    bands: bandKeys(signature),
  }
}

function decode(signature: string): Uint32Array {
  const bytes = Buffer.from(signature, 'base64')
  const values = new Uint32Array(SIGNATURE_SIZE)
  for (let i = 0; i < SIGNATURE_SIZE && i * 4 + 4 <= bytes.length; i++)
    values[i] = bytes.readUInt32LE(i * 4)
  return values
}

/** The estimated Jaccard similarity (0–1) of the two texts' shingle sets: the share of equal minimum hashes. */
export function estimatedSimilarity(a: string, b: string): number {
  const left = decode(a)
  const right = decode(b)
  let equal = 0
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (left[i] === right[i]) equal++
  return equal / SIGNATURE_SIZE
}
