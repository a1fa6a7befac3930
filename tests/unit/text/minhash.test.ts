import {
  BANDS,
  estimatedSimilarity,
  FINGERPRINT_ALGORITHM,
  fingerprintOf,
  fingerprintText,
  SIGNATURE_SIZE,
} from '../../../src/text/minhash.js'
import { toTraditional } from '../../../src/text/normalize.js'
import { readSeed, SEED_FILES } from '../../support/seeds.js'

const seeds = Object.values(SEED_FILES).map((file) => readSeed(file))

function fingerprint(text: string) {
  const result = fingerprintOf(text)
  if (!result) throw new Error('expected a fingerprint')
  return result
}

test('a fingerprint has one hash per function and one key per band', () => {
  const result = fingerprint(readSeed(SEED_FILES.press))
  expect(result.algorithm).toBe(FINGERPRINT_ALGORITHM)
  expect(Buffer.from(result.signature, 'base64')).toHaveLength(SIGNATURE_SIZE * 4)
  expect(result.bands).toHaveLength(BANDS)
  expect(new Set(result.bands).size).toBe(BANDS)
})

test('the hash functions are fixed: a stored fingerprint stays comparable across processes', () => {
  // Written down once: a change of the hashing must come with a new FINGERPRINT_ALGORITHM, which
  // makes the backfill recompute every stored fingerprint.
  expect(FINGERPRINT_ALGORITHM).toBe('minhash-k4-128-32x4-v1')
  const result = fingerprint('国家安全是民族复兴的根基，社会稳定是国家强盛的前提。'.repeat(4))
  expect(result.signature.slice(0, 16)).toBe('LVvRASJUuglKABEJ')
  expect([result.bands[0], result.bands[31]]).toEqual(['b0:omrhhu', 'b31:1ycssm2'])
})

test('whitespace, punctuation, width and script do not count', () => {
  expect(fingerprintText('国家安全， 人人有责！ＡＢＣ１２３')).toBe('国家安全人人有责abc123')
  const press = readSeed(SEED_FILES.press)
  const copy = toTraditional(press)
    .replace(/\u3000/g, '')
    .replace(/，/g, ',')
  expect(estimatedSimilarity(fingerprint(press).signature, fingerprint(copy).signature)).toBe(1)
})

test('the five seeds, three of them on counter-terrorism or espionage, are far apart', () => {
  const prints = seeds.map(fingerprint)
  for (const [i, a] of prints.entries())
    for (const [j, b] of prints.entries())
      if (i !== j) expect(estimatedSimilarity(a.signature, b.signature)).toBeLessThan(0.1)
})

test('a re-scrape that lost its last paragraphs and gained a header stays similar', () => {
  const commentary = readSeed(SEED_FILES.commentary)
  const cut = commentary.slice(0, Math.round(commentary.length * 0.8))
  const similarity = estimatedSimilarity(
    fingerprint(commentary).signature,
    fingerprint(`首页 > 国际 > 正文\n${cut}`).signature,
  )
  expect(similarity).toBeGreaterThan(0.5)
  expect(similarity).toBeLessThan(1)
})

test('a text too short to compare has no fingerprint', () => {
  expect(fingerprintOf('国家安全教育日是4月15日。')).toBeNull()
})
