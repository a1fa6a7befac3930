/**
 * Throughput of the text pipeline alone (no Payload, no DB): `npx tsx bench/ingest.ts [rounds]`.
 * Runs analyzeDocument over the five seeds repeated, and a naive baseline (decode + NFKC) in the
 * same run, and prints MB/s for both and their ratio.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { analyzeDocument } from '../src/ingest/pipeline.js'

const seedsDir = new URL('../tests/fixtures/seeds/', import.meta.url)
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, seedsDir)))
const rounds = Number(process.argv[2] ?? 20)
const bytesPerRound = seeds.reduce((sum, seed) => sum + seed.length, 0)

function measure(label: string, run: (input: Buffer) => unknown): number {
  for (const seed of seeds) run(seed) // warm-up: lexicon load, JIT
  const started = performance.now()
  for (let round = 0; round < rounds; round++) for (const seed of seeds) run(seed)
  const seconds = (performance.now() - started) / 1000
  const mbPerSecond = (bytesPerRound * rounds) / 1024 / 1024 / seconds
  console.log(
    `${label.padEnd(28)} ${mbPerSecond.toFixed(2).padStart(8)} MB/s  (${rounds} × ${seeds.length} seeds, ${seconds.toFixed(2)} s)`,
  )
  return mbPerSecond
}

const baseline = measure('baseline: decode + NFKC', (input) =>
  new TextDecoder('utf-8').decode(input).normalize('NFKC'),
)
const pipeline = measure('pipeline: analyzeDocument', (input) => analyzeDocument(input))
const stages: Record<string, number> = {}
for (const seed of seeds) {
  for (const [stage, ms] of Object.entries(analyzeDocument(seed).timings))
    stages[stage] = (stages[stage] ?? 0) + ms
}
console.log(
  `ratio: the pipeline runs at 1/${(baseline / pipeline).toFixed(0)} of the naive baseline`,
)
console.log(
  'ms per stage over one pass of the seeds:',
  Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v * 10) / 10])),
)
