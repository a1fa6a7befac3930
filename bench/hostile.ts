/**
 * `npm run bench:hostile [-- --max-kb 1024 --line-kb 4096 --cap-ms 3000 --only <stage>]`
 *
 * 1. Every importer stage on adversarial inputs (bench/hostile-inputs.ts) at doubling sizes: the
 *    time per size, and per doubling the growth of the time per byte (t(2n) / 2·t(n)): 1.0 is
 *    linear, 2.0 quadratic; the target is ≤ 1.5. A stage that takes over --cap-ms at one size is
 *    not run at the next (it is marked "stopped").
 * 2. For each denial-of-service input, how long the event loop is blocked when a single import
 *    analyses it in-process (as POST /api/imports did before) — measured on a worker thread, and
 *    given up after --dos-cap-ms — and when it goes through the importer's analysis thread
 *    (src/ingest/analysis-pool.ts), with the outcome.
 */
import { Worker } from 'node:worker_threads'
import { detectScript } from '../src/text/script.js'
import { extractAttribution } from '../src/ingest/attribution.js'
import { stripBoilerplate } from '../src/ingest/boilerplate.js'
import { stripChrome } from '../src/ingest/chrome.js'
import { truncationFlag } from '../src/ingest/completeness.js'
import { decodeInput } from '../src/ingest/decode.js'
import { planDrafts, summaryOf } from '../src/ingest/drafts.js'
import { findGlossaryTerms } from '../src/ingest/glossary.js'
import { htmlToText } from '../src/ingest/html.js'
import { findInterviewPairs } from '../src/ingest/interview.js'
import { lawCoverage } from '../src/ingest/law-articles.js'
import { findCitedLaws } from '../src/ingest/laws.js'
import { analyzeDocument } from '../src/ingest/pipeline.js'
import { stripPinyinAnnotations } from '../src/ingest/pinyin.js'
import { findQaPairs } from '../src/ingest/qa.js'
import { findQuizItems } from '../src/ingest/quiz.js'
import { repairByteShiftedRuns } from '../src/ingest/repair.js'
import { detectStructure, type StructureBlock } from '../src/ingest/structure.js'
import { unwrapLines } from '../src/ingest/unwrap.js'
import { numericArgument } from './arguments.js'
import { HOSTILE_INPUTS, hostileInput, type HostileInput } from './hostile-inputs.js'
import { watchEventLoop } from './liveness.js'

const MAX_KB = numericArgument('max-kb', 1024)
const LINE_KB = numericArgument('line-kb', 4096)
const CAP_MS = numericArgument('cap-ms', 3000)
const DOS_CAP_MS = numericArgument('dos-cap-ms', 60_000)
const ONLY = (() => {
  const at = process.argv.indexOf('--only')
  return at >= 0 ? (process.argv[at + 1] ?? null) : null
})()
const START_KB = 32
const MAX_LEVELS = 4000
const START_LEVELS = 125
/** Below this a time is mostly noise: its doubling is not judged. */
const NOISE_MS = 4
const TARGET = 1.5

const UNBOUNDED = 5 * 1024 * 1024 * 1024

interface Stage {
  name: string
  applies: (input: HostileInput) => boolean
  /** What the stage is given, built before the clock starts. */
  prepare: (text: string) => unknown
  run: (prepared: unknown) => unknown
  /** What to say about the result at the largest size (analyzeDocument: its slowest stages). */
  detail?: (result: unknown) => string
}

const textual = (input: HostileInput) => input.unit === 'bytes'
const always = () => true
const asText = (prepared: unknown) => String(prepared)
const blocksOf = (prepared: unknown) => prepared as StructureBlock[]
const toBlocks = (text: string) => detectStructure(text).blocks

/** A stage of the text importer, given the plain text as it is. */
const onText = (name: string, run: (text: string) => unknown): Stage => ({
  name,
  applies: textual,
  prepare: (text) => text,
  run: (text) => run(asText(text)),
})
/** A stage that reads the structure's blocks, found before the clock starts. */
const onBlocks = (name: string, run: (blocks: StructureBlock[]) => unknown): Stage => ({
  name,
  applies: textual,
  prepare: toBlocks,
  run: (blocks) => run(blocksOf(blocks)),
})

// extractAttribution remembers the last text it read: each run gets a text of its own.
let variant = 0

const STAGES: Stage[] = [
  {
    name: 'analyzeDocument',
    applies: always,
    prepare: (text) => text,
    run: (text) => analyzeDocument(asText(text), { maxBytes: UNBOUNDED }),
    detail: (result) =>
      Object.entries((result as ReturnType<typeof analyzeDocument>).timings)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([stage, time]) => `${stage} ${ms(time)}`)
        .join(', '),
  },
  {
    name: 'plan (summaryOf, rich text)',
    applies: textual,
    prepare: (text) => analyzeDocument(text, { maxBytes: UNBOUNDED }),
    run: (analysis) => planDrafts(analysis as ReturnType<typeof analyzeDocument>),
  },
  {
    name: 'html',
    applies: (input) => !textual(input),
    prepare: (t) => t,
    run: (t) => htmlToText(asText(t)),
  },
  {
    name: 'decode',
    applies: always,
    prepare: (text) => Buffer.from(text),
    run: (bytes) => decodeInput(bytes as Buffer, { maxBytes: UNBOUNDED }),
  },
  onText('repair', repairByteShiftedRuns),
  onText('pinyin', stripPinyinAnnotations),
  onText('boilerplate', stripBoilerplate),
  onText('unwrap', unwrapLines),
  onText('chrome', stripChrome),
  onText('script', detectScript),
  onText('attribution', (text) => extractAttribution(`${text}${' '.repeat(variant++ % 2)}`)),
  onText('structure', detectStructure),
  onBlocks('quiz', findQuizItems),
  onBlocks('interview', findInterviewPairs),
  onBlocks('qa', findQaPairs),
  onBlocks('glossary', findGlossaryTerms),
  onBlocks('law-articles', lawCoverage),
  onText('laws', findCitedLaws),
  onText('completeness', truncationFlag),
  onText('summaryOf', (text) => summaryOf(text.replace(/\n/g, ''))),
]

/** Best of a few runs for short times (a busy machine adds, never subtracts). */
function timeOf(stage: Stage, prepared: unknown): number {
  let best = Infinity
  for (let run = 0; run < 5; run++) {
    // With --expose-gc (npm run bench:hostile): the garbage of the previous run is not counted here.
    ;(globalThis as { gc?: () => void }).gc?.()
    const started = performance.now()
    stage.run(prepared)
    const ms = performance.now() - started
    best = Math.min(best, ms)
    if (best * (run + 1) > 200) break
  }
  return best
}

function sizesOf(input: HostileInput): number[] {
  const sizes: number[] = []
  if (input.unit === 'levels') for (let s = START_LEVELS; s <= MAX_LEVELS; s *= 2) sizes.push(s)
  else {
    const max = input.name === 'single line' ? LINE_KB : MAX_KB
    for (let kb = START_KB; kb <= max; kb *= 2) sizes.push(kb * 1024)
  }
  return sizes
}

const label = (input: HostileInput, size: number) =>
  input.unit === 'levels'
    ? `${size}`
    : size >= 1024 * 1024
      ? `${size / 1024 / 1024}M`
      : `${size / 1024}K`
const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(1)}s` : `${value.toFixed(1)}`

interface Row {
  stage: string
  input: string
  worst: number | null
  stopped: boolean
}

/**
 * The growth of the time per byte per doubling, fitted over the sizes that took NOISE_MS or more
 * (least squares of log time on log size: one GC pause does not decide): 2^(slope − 1).
 */
function growthOf(times: { size: number; ms: number }[]): number | null {
  const points = times.filter((time) => time.ms >= NOISE_MS)
  if (points.length < 2) return null
  const xs = points.map((point) => Math.log2(point.size))
  const ys = points.map((point) => Math.log2(point.ms))
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const mx = mean(xs)
  const my = mean(ys)
  let numerator = 0
  let denominator = 0
  xs.forEach((x, i) => {
    numerator += (x - mx) * ((ys[i] ?? 0) - my)
    denominator += (x - mx) ** 2
  })
  return 2 ** (numerator / denominator - 1)
}

function benchStages(): Row[] {
  const rows: Row[] = []
  for (const stage of STAGES) {
    if (ONLY && stage.name !== ONLY) continue
    console.log(`\n## ${stage.name}`)
    for (const input of HOSTILE_INPUTS) {
      if (!stage.applies(input)) continue
      const times: { size: number; ms: number }[] = []
      let stopped = false
      for (const size of sizesOf(input)) {
        if (times.length > 0 && (times.at(-1)?.ms ?? 0) > CAP_MS) {
          stopped = true
          break
        }
        const prepared = stage.prepare(input.build(size))
        times.push({ size, ms: timeOf(stage, prepared) })
      }
      const growths = times.slice(1).map((now, i) => {
        const before = times[i]
        return before && before.ms >= NOISE_MS ? now.ms / (2 * before.ms) : null
      })
      const worst = growthOf(times)
      const verdict =
        stopped || (worst !== null && worst > TARGET)
          ? 'SUPER-LINEAR'
          : worst === null
            ? 'fast'
            : 'ok'
      const last = times.at(-1)
      const detail =
        stage.detail && last
          ? `  [${stage.detail(stage.run(stage.prepare(input.build(last.size))))}]`
          : ''
      const cells = times.map(
        ({ size, ms: t }, i) =>
          `${label(input, size)} ${ms(t)}${i > 0 && growths[i - 1] != null ? ` (${growths[i - 1]?.toFixed(2)})` : ''}`,
      )
      console.log(
        `  ${input.name.padEnd(24)} ${verdict.padEnd(12)} ${worst === null ? '    ' : `${worst.toFixed(2)}×`} ${cells.join('  ')}${stopped ? '  stopped' : ''}${detail}`,
      )
      rows.push({ stage: stage.name, input: input.name, worst, stopped })
    }
  }
  return rows
}

// ---------------------------------------------------------------------------------------------
// Denial of service: the event loop blocked per input.

const DOS: { input: string; size: number }[] = [
  { input: 'single line', size: 4 * 1024 * 1024 },
  { input: 'paragraph without 。！？', size: 1024 * 1024 },
  { input: 'nested <blockquote>', size: 2000 },
  { input: 'nested <div>', size: 2000 },
  { input: 'digits', size: 1024 * 1024 },
  { input: 'brackets', size: 1024 * 1024 },
  { input: 'pinyin-like (abc)', size: 1024 * 1024 },
  { input: 'many short lines', size: 1024 * 1024 },
  { input: 'run of spaces', size: 1024 * 1024 },
  { input: 'spaces after 答案', size: 1024 * 1024 },
  { input: 'run of dots', size: 256 * 1024 },
  { input: 'headline-like lines', size: 512 * 1024 },
]

/**
 * How long analysing and planning `text` takes, on a thread of its own (the time a single import
 * held the event loop when it ran in-process); null when it took over `cap` ms and was stopped.
 */
function inProcessBlock(text: string, cap: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./hostile-thread.mjs', import.meta.url), {
      workerData: { text },
    })
    const timer = setTimeout(() => {
      void worker.terminate()
      resolve(null)
    }, cap)
    worker.on('message', (elapsed: number) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(elapsed)
    })
    worker.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

interface ThreadModule {
  AnalysisThread: new () => {
    ready: Promise<boolean>
    analyze: (bytes: Buffer, options: object, budgetMs?: number) => Promise<unknown>
    close: () => Promise<void>
  }
}

/** The longest the event loop went without running a 1 ms timer while `work` ran. */
async function blockedDuring(
  work: () => Promise<unknown>,
): Promise<{ ms: number; outcome: string }> {
  const loop = watchEventLoop()
  let outcome = 'analysed'
  try {
    await work()
  } catch (error) {
    outcome = error instanceof Error ? error.message.slice(0, 60) : String(error)
  }
  const { longest, sinceLast } = loop.stop()
  return { ms: Math.max(longest, sinceLast), outcome }
}

async function benchDenialOfService(): Promise<void> {
  console.log(
    `\n## Event loop blocked per import (in-process: the analysis itself, stopped after ${ms(DOS_CAP_MS)}; off-thread: the longest the event loop waited while the analysis thread worked)`,
  )
  // The analysis thread, where this checkout has one (it did not before issue 17).
  const pool = (await import('../src/ingest/analysis-pool.js').catch(
    () => null,
  )) as Partial<ThreadModule> | null
  const thread = pool?.AnalysisThread ? new pool.AnalysisThread() : null
  if (thread) await thread.ready
  for (const { input: name, size } of DOS) {
    const input = hostileInput(name)
    const text = input.build(size)
    const blocked = await inProcessBlock(text, DOS_CAP_MS)
    const inProcess = blocked === null ? `> ${ms(DOS_CAP_MS)} (stopped)` : ms(blocked)
    let offThread = 'no analysis thread in this checkout'
    if (thread) {
      const { ms: waited, outcome } = await blockedDuring(() =>
        // Within the importer's own budget (IMPORT_ANALYSIS_TIMEOUT_MS, 30 s by default).
        thread.analyze(Buffer.from(text), { maxBytes: UNBOUNDED }),
      )
      offThread = `${ms(waited)} (${outcome})`
    }
    console.log(
      `  ${`${name} ${label(input, size)}`.padEnd(32)} in-process ${inProcess.padEnd(18)} off-thread ${offThread}`,
    )
  }
  await thread?.close()
}

const DOS_ONLY = process.argv.includes('--dos-only')
const rows = DOS_ONLY ? [] : benchStages()
if (!DOS_ONLY) {
  const failing = rows.filter((row) => row.worst !== null && row.worst > TARGET)
  console.log(
    `\n${rows.length} stage × input pairs; ${failing.length} super-linear (time per byte grows over ${TARGET}× per doubling):`,
  )
  for (const row of failing)
    console.log(
      `  ${row.stage} on ${row.input}${row.stopped ? ' (stopped)' : ''} (${row.worst?.toFixed(2)}×)`,
    )
}
if (!ONLY) await benchDenialOfService()
