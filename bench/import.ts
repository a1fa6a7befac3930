/**
 * `npm run bench:import [-- <generated-docs>]` — the importer's throughput, with a baseline from the same run:
 *  1. the text pipeline alone (MB/s) against decode + NFKC;
 *  2. the five sample documents end to end, database writes included (target < 3 s on SQLite);
 *  3. N generated documents (variations of the samples, default 1,000) end to end (target < 60 s);
 * each database figure next to the same number of plain Source inserts without the pipeline.
 * Runs on a fresh temporary SQLite database (or DATABASE_URI when it is given).
 */
import fs from 'node:fs'
import { analyzeDocument } from '../src/ingest/pipeline.js'
import { useTemporaryEnvironment } from '../tests/support/temporary-environment.js'

const seedsDir = new URL('../tests/fixtures/seeds/', import.meta.url)
const seedNames = fs
  .readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
const seeds = seedNames.map((name) => fs.readFileSync(new URL(name, seedsDir)))
const generatedCount = Number(process.argv[2] ?? 1000)
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

function pipelineThroughput(): void {
  const rounds = 10
  const bytes = seeds.reduce((sum, seed) => sum + seed.length, 0) * rounds
  const measure = (run: (input: Buffer) => unknown) => {
    for (const seed of seeds) run(seed)
    const started = performance.now()
    for (let round = 0; round < rounds; round++) for (const seed of seeds) run(seed)
    return bytes / 1024 / 1024 / ((performance.now() - started) / 1000)
  }
  const baseline = measure((input) => new TextDecoder('utf-8').decode(input).normalize('NFKC'))
  const pipeline = measure((input) => analyzeDocument(input))
  console.log('1. text pipeline alone')
  console.log(`   analyzeDocument      ${pipeline.toFixed(2).padStart(8)} MB/s`)
  console.log(
    `   baseline decode+NFKC ${baseline.toFixed(2).padStart(8)} MB/s  (pipeline = 1/${(baseline / pipeline).toFixed(0)} of it)`,
  )
}

/** A variation of a sample: another issue number in the title and every question, so nothing is a duplicate. */
function variation(index: number): Buffer {
  const seed = seeds[index % seeds.length] as Buffer
  const text = seed.toString('utf8')
  const tag = `（第${index + 1}期）`
  const firstLine = text.match(/^\s*\S[^\n]*/)?.[0] ?? ''
  const varied = text
    .replace(firstLine, `${firstLine}${tag}`)
    .replace(
      /(问：|問：|问:|^\d{1,2}\.)([^\n]{2,60}?)([？?]?)$/gm,
      (_, label: string, question: string, mark: string) => `${label}${question}${tag}${mark}`,
    )
  return Buffer.from(varied, 'utf8')
}

async function main(): Promise<void> {
  pipelineThroughput()

  useTemporaryEnvironment('bench-import', {}, { keepDatabase: true })
  const { bootPayload } = await import('../src/runtime/boot.js')
  const { importDocument } = await import('../src/ingest/run.js')
  const { ensureDefaultTopics } = await import('../src/seed/demo.js')
  const { closeDedicatedConnection } = await import('../src/db/sqlite-transaction.js')
  const { AnalysisAhead } = await import('../src/ingest/analysis-pool.js')
  // Like the CLI: the analysis workers start before Payload boots.
  const generated = Array.from({ length: generatedCount }, (_, i) => variation(i))
  const generatedName = (i: number) => `generated-${i}.txt`
  const aheadOf = (inputs: Buffer[], names: (i: number) => string) =>
    new AnalysisAhead(inputs.length, (i) => ({
      bytes: inputs[i] as Buffer,
      options: { fileName: names(i) },
    }))
  const seedsAhead = aheadOf(seeds, (i) => seedNames[i] as string)
  const generatedAhead = aheadOf(generated, generatedName)
  const { payload } = await bootPayload()
  payload.logger.level = 'error'
  try {
    await payload.create({
      collection: 'users',
      data: { email: 'bench-admin@example.com', password: 'bench-password', roles: ['admin'] },
      overrideAccess: true,
    })
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'bench-editor@example.com', password: 'bench-password', roles: ['editor'] },
      overrideAccess: true,
    })
    await ensureDefaultTopics(payload)

    const plainSources = async (inputs: Buffer[], label: string) => {
      const started = performance.now()
      for (const [i, input] of inputs.entries()) {
        await payload.create({
          collection: 'sources',
          data: { title: `${label} ${i}`, rawSnapshot: input.toString('utf8') } as never,
          overrideAccess: true,
        })
      }
      return performance.now() - started
    }
    // Like the CLI: this process is the database's only writer, so each import runs in a
    // transaction, and the next documents are analysed on a worker thread meanwhile.
    const importAll = async (
      inputs: Buffer[],
      names: (i: number) => string,
      ahead: InstanceType<typeof AnalysisAhead>,
      onProgress?: (done: number) => void,
    ) => {
      const perDoc: number[] = []
      const started = performance.now()
      for (const [i, input] of inputs.entries()) {
        const { analysis, plan } = ahead.get(i)
        const result = await importDocument(payload, input, {
          user: editor,
          origin: 'cli',
          fileName: names(i),
          soleWriter: true,
          analysis,
          plan,
        })
        if (result.outcome !== 'created')
          throw new Error(
            `${names(i)}: ${result.outcome} ${result.failure?.stage ?? ''} ${result.failure?.message ?? ''}`,
          )
        perDoc.push(result.ms)
        onProgress?.(i + 1)
      }
      await ahead.close()
      return { ms: performance.now() - started, perDoc }
    }

    const five = await importAll(seeds, (i) => seedNames[i] as string, seedsAhead)
    const fiveBaseline = await plainSources(seeds, 'baseline')
    console.log(
      '2. five sample documents end to end (SQLite, analysis + all drafts + Import record)',
    )
    seedNames.forEach((name, i) =>
      console.log(`   ${name}  ${String(five.perDoc[i]).padStart(6)} ms`),
    )
    console.log(
      `   total ${seconds(five.ms)} (target < 3 s) · baseline: 5 plain Source inserts ${Math.round(fiveBaseline)} ms · ratio ${(five.ms / fiveBaseline).toFixed(0)}×`,
    )

    const bytes = generated.reduce((sum, input) => sum + input.length, 0)
    const many = await importAll(generated, generatedName, generatedAhead, (done) => {
      if (process.stderr.isTTY && done % 50 === 0)
        process.stderr.write(`\r   ${done}/${generatedCount}`)
    })
    if (process.stderr.isTTY) process.stderr.write('\r')
    const manyBaseline = await plainSources(generated, 'generated baseline')
    const counts = await Promise.all(
      (['articles', 'qa-entries', 'glossary-terms', 'sources'] as const).map(
        async (collection) =>
          `${(await payload.count({ collection, overrideAccess: true })).totalDocs} ${collection}`,
      ),
    )
    console.log(
      `3. ${generatedCount} generated documents end to end (${(bytes / 1024 / 1024).toFixed(1)} MB)`,
    )
    console.log(
      `   total ${seconds(many.ms)} (target < 60 s) · ${(generatedCount / (many.ms / 1000)).toFixed(1)} docs/s · median ${median(many.perDoc)} ms, p95 ${percentile(many.perDoc, 0.95)} ms per document`,
    )
    console.log(
      `   baseline: ${generatedCount} plain Source inserts ${seconds(manyBaseline)} · ratio ${(many.ms / manyBaseline).toFixed(0)}×`,
    )
    console.log(`   analysed on the worker thread: all ${generatedCount} (none in-process)`)
    console.log(`   database now holds ${counts.join(', ')}`)
  } finally {
    await Promise.all([seedsAhead.close(), generatedAhead.close()])
    closeDedicatedConnection(payload)
    await payload.destroy()
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0
}
const median = (values: number[]) => percentile(values, 0.5)

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
