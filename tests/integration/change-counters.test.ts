/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * The change counters other instances read (src/db/change-counters.ts): a committed write moves
 * its collection's counter, a transaction of many writes moves it once, a rolled-back one not at all.
 */
import { cms } from '../support/cms.js'
import { createLocalReq } from '../support/local-req.js'

let readChangeCounters: typeof import('../../src/db/change-counters.js').readChangeCounters
let runAtomically: typeof import('../../src/ingest/atomic.js').runAtomically

beforeAll(async () => {
  ;({ readChangeCounters } = (await cms().load(
    'src/db/change-counters.ts',
  )) as typeof import('../../src/db/change-counters.js'))
  ;({ runAtomically } = (await cms().load(
    'src/ingest/atomic.ts',
  )) as typeof import('../../src/ingest/atomic.js'))
})

let distinct = 0
const createTerm = async (req?: Awaited<ReturnType<typeof createLocalReq>>) => {
  distinct++
  const term = `计数术语${process.pid}-${distinct}`
  await cms().payload.create({
    collection: 'glossary-terms',
    data: { term, definition: `${term}的释义。` },
    draft: true,
    overrideAccess: true,
    req,
  })
}
const termsCounter = async () =>
  (await readChangeCounters(cms().payload)).get('glossary-terms') ?? 0

test('a write outside a transaction moves its collection counter each time', async () => {
  const before = await termsCounter()
  await createTerm()
  const afterOne = await termsCounter()
  expect(afterOne).toBeGreaterThan(before)
  await createTerm()
  expect(await termsCounter()).toBeGreaterThan(afterOne)
})

test('a committed transaction of three writes moves the counter once; a rolled-back one not at all', async () => {
  const payload = cms().payload
  const before = await termsCounter()

  // The importer's transaction (SQLite: a dedicated connection, as the CLI has).
  const inTransaction = async (writes: number, fail = false) => {
    const req = await createLocalReq(payload)
    const { mode } = await runAtomically(
      payload,
      req,
      async () => {
        for (let i = 0; i < writes; i++) await createTerm(req)
        if (fail) throw new Error('the work fails after its writes')
      },
      { soleWriter: true },
    ).catch((error: Error) => ({ mode: error.message }))
    return mode
  }
  expect(await inTransaction(3)).toBe('transaction')
  expect(await termsCounter()).toBe(before + 1)

  expect(await inTransaction(2, true)).toBe('the work fails after its writes')
  expect(await termsCounter()).toBe(before + 1)

  // The next transaction counts again: what was remembered went with the one that ended.
  expect(await inTransaction(1)).toBe('transaction')
  expect(await termsCounter()).toBe(before + 2)
})
