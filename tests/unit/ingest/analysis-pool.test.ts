import fs from 'node:fs'
import { AnalysisAhead } from '../../../src/ingest/analysis-pool.js'
import { ImportInputError } from '../../../src/ingest/errors.js'
import { planDrafts } from '../../../src/ingest/drafts.js'
import { analyzeDocument } from '../../../src/ingest/pipeline.js'

/** Rich-text blocks get a fresh id each time they are built. */
const withoutBlockIds = (value: unknown) =>
  JSON.parse(JSON.stringify(value).replace(/"id":"[0-9a-f]+"/g, '"id":"…"'))

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url)
const seeds = fs
  .readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => fs.readFileSync(new URL(name, SEEDS)))

test('documents analysed ahead on the worker thread come back as the in-process analysis and drafts plan, errors with their class', async () => {
  const inputs = [
    ...seeds,
    Buffer.alloc(0),
    Buffer.from([0x25, 0x50, 0x00, 0x01]),
    Buffer.from('问：什么是国家秘密？\n答：国家秘密是关系国家安全和利益的事项。'.repeat(4000)),
  ]
  const ahead = new AnalysisAhead(inputs.length, (index) => ({
    bytes: inputs[index] as Buffer,
    options: { fileName: `doc-${index}.txt`, maxBytes: 200_000 },
  }))
  try {
    // Once the worker is ready, every analysis goes to it.
    expect(await ahead.workerReady).toBe(true)
    for (const [index, input] of inputs.entries()) {
      const { bytes, analysis, plan } = ahead.get(index)
      expect(bytes).toBe(input)
      if (index < seeds.length) {
        const inProcess = analyzeDocument(input, { fileName: `doc-${index}.txt` })
        const { timings: _timings, ...expected } = inProcess
        const { timings, ...received } = await analysis
        expect(received).toEqual(expected)
        expect(Object.keys(timings)).toEqual(
          expect.arrayContaining(['decode', 'repair', 'structure']),
        )
        expect(withoutBlockIds(await plan)).toEqual(withoutBlockIds(planDrafts(inProcess)))
        continue
      }
      expect(await plan).toBeNull()
      const error = await analysis.then(
        () => null,
        (rejection: unknown) => rejection,
      )
      expect(error).toBeInstanceOf(ImportInputError)
      expect((error as ImportInputError).code).toBe(
        ['empty', 'binary', 'too-large'][index - seeds.length],
      )
    }
  } finally {
    await ahead.close()
  }
})

test('a batch whose writes run on microtasks alone still hands its documents to the worker once it is ready', async () => {
  // Not a race against the worker's start-up (seconds on a loaded machine): the batch goes on
  // until this thread has seen the worker's "ready" (bounded: without the fix it never sees it,
  // as every await below is a microtask), and the documents asked for after that must go to it.
  const bound = 400
  const after = 20
  const ahead = new AnalysisAhead(bound + after, (index) => ({
    bytes: seeds[index % seeds.length] as Buffer,
    options: {},
  }))
  let seenReady = false
  void ahead.workerReady.then((ready) => (seenReady = ready))
  // Like a batch of SQLite writes: libsql answers synchronously, so nothing but microtasks runs.
  const writeLikeTheDatabase = async () => {
    for (let turn = 0; turn < 1000; turn++) await Promise.resolve()
  }
  try {
    let index = 0
    for (; index < bound && !seenReady; index++) {
      await ahead.get(index).analysis
      await writeLikeTheDatabase()
    }
    expect(seenReady).toBe(true)
    const hereWhenReady = ahead.analysedHere
    for (const end = index + after; index < end; index++) {
      await ahead.get(index).analysis
      await writeLikeTheDatabase()
    }
    // Up to `ahead` (2) documents were started in-process before "ready" arrived.
    expect(ahead.analysedHere - hereWhenReady).toBeLessThanOrEqual(2)
  } finally {
    await ahead.close()
  }
})

test('without a worker (a single document) the analysis runs in-process', async () => {
  const ahead = new AnalysisAhead(1, () => ({ bytes: seeds[0] as Buffer, options: {} }))
  expect(await ahead.workerReady).toBe(false)
  expect((await ahead.get(0).analysis).title).toBe(analyzeDocument(seeds[0] as Buffer).title)
  // Planned by the importer itself.
  expect(await ahead.get(0).plan).toBeNull()
  await ahead.close()
})
