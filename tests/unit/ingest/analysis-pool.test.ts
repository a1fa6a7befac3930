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

test('a batch whose writes run on microtasks alone still gets every document from the worker', async () => {
  const count = 30
  const ahead = new AnalysisAhead(count, (index) => ({
    bytes: seeds[index % seeds.length] as Buffer,
    options: {},
  }))
  // Like a batch of SQLite writes: libsql answers synchronously, so nothing but microtasks runs.
  const writeLikeTheDatabase = async () => {
    for (let turn = 0; turn < 1000; turn++) await Promise.resolve()
  }
  try {
    for (let index = 0; index < count; index++) {
      expect((await ahead.get(index).analysis).title).toBeTruthy()
      await writeLikeTheDatabase()
    }
    expect(await ahead.workerReady).toBe(true)
  } finally {
    await ahead.close()
  }
})

test('a single document is analysed on the worker thread too, and planned there', async () => {
  const ahead = new AnalysisAhead(1, () => ({ bytes: seeds[0] as Buffer, options: {} }))
  const started: number[] = []
  const { analysisEvents } = await import('../../../src/ingest/analysis-pool.js')
  const onStarted = ({ id }: { id: number }) => started.push(id)
  analysisEvents.on('started', onStarted)
  try {
    const { analysis, plan } = ahead.get(0)
    expect((await analysis).title).toBe(analyzeDocument(seeds[0] as Buffer).title)
    expect(withoutBlockIds(await plan)).toEqual(
      withoutBlockIds(planDrafts(analyzeDocument(seeds[0] as Buffer))),
    )
    expect(started).toHaveLength(1)
    expect(await ahead.workerReady).toBe(true)
  } finally {
    analysisEvents.off('started', onStarted)
    await ahead.close()
  }
})

test('past its time budget an analysis is stopped and fails naming its stage; the next document gets a fresh worker', async () => {
  const { AnalysisThread } = await import('../../../src/ingest/analysis-pool.js')
  const { ImportTimeoutError } = await import('../../../src/ingest/errors.js')
  const thread = new AnalysisThread()
  try {
    expect(await thread.ready).toBe(true)
    // 1 ms cannot hold the analysis of 3 MB of text (decoding alone takes longer): it is stopped.
    const big = Buffer.from('国家安全人人有责，维护安全依靠人民，'.repeat(60_000))
    const error = await thread.analyze(big, { maxBytes: 10 * 1024 * 1024 }, 1).then(
      () => null,
      (rejection: unknown) => rejection,
    )
    expect(error).toBeInstanceOf(ImportTimeoutError)
    expect((error as InstanceType<typeof ImportTimeoutError>).message).toMatch(
      /^analyze:[a-z]+ timed out after 1 ms/,
    )
    const next = await thread.analyze(seeds[0] as Buffer, {}, 60_000)
    expect(next.analysis.title).toBe(analyzeDocument(seeds[0] as Buffer).title)
  } finally {
    await thread.close()
  }
})
