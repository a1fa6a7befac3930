/**
 * An instance whose clock is behind (issue 13, item 7): 90 s, more than search's 60 s lookback.
 * Live content edited and published through the lagging instance carries an `updatedAt` older than
 * the newest one already stored, so "count + newest updatedAt" did not change and the other
 * instance kept serving the old text (stale for good), and its new version stayed behind the
 * previous one, so the edit itself was lost (src/db/monotonic-versions.ts). With the change
 * counters (src/db/change-counters.ts) both the delivery cache and search of the other instance
 * converge.
 * The bound below is a hang guard far above the 2 s freshness and catch-up intervals and below
 * search's 60 s sweep, which would otherwise hide a missed change; nothing measures time.
 */
import path from 'node:path'
import { jest } from '@jest/globals'
import { announceDatabase, Cluster, sleep, until } from '../support/cluster.js'
import { approvedArticle, createBasics, type Basics, type Id } from '../support/cluster-content.js'
import { projectRoot } from '../../src/paths.js'

jest.setTimeout(900_000)

const ROUNDS = 5
const EMAIL = 'cluster-clock@example.org'
const PASSWORD = 'cluster-password-1234'
const SKEW_MS = -90_000
const CONVERGE_BOUND_MS = 30_000
const NORMAL = 0
const LAGGING = 1

let cluster: Cluster
let basics: Basics

beforeAll(async () => {
  announceDatabase('skewed-clock')
  cluster = new Cluster({ ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD: PASSWORD })
  await (await cluster.start(NORMAL)).waitFor(/CMS ready/, 180_000)
  const clock = path.join(projectRoot, 'tests/support/skewed-clock.mjs')
  await (
    await cluster.start(LAGGING, {
      NODE_OPTIONS: `--import ${clock}`,
      CLOCK_SKEW_MS: String(SKEW_MS),
    })
  ).waitFor(/CMS ready/, 180_000)
  await cluster.login(EMAIL, PASSWORD)
  basics = await createBasics(cluster, 'clock')
})

afterAll(async () => {
  await cluster?.close()
})

/** The title instance `which` delivers for `slug` (a public read, answered from its cache when warm). */
async function deliveredTitle(which: number, slug: string): Promise<string | undefined> {
  const res = await fetch(`${cluster.bases[which]}/v1/articles/${encodeURIComponent(slug)}`)
  if (res.status !== 200) return undefined
  const body = await res.json()
  return body.title
}

async function searchFinds(which: number, word: string, id: Id): Promise<boolean> {
  const res = await fetch(`${cluster.bases[which]}/v1/search?q=${encodeURIComponent(word)}`)
  if (res.status !== 200) return false
  const body = await res.json()
  const hits: { id?: Id }[] = body.results
  return hits.some((hit) => String(hit.id) === String(id))
}

/** A new draft of live article `id`, submitted, approved and published, all through `which`. */
async function republish(which: number, id: Id, title: string): Promise<void> {
  await cluster.ok(cluster.call(which, 'PATCH', `/api/articles/${id}?draft=true`, { title }))
  for (const [action, body] of [
    ['submit', {}],
    ['approve', { overrideFourEyes: true, reason: 'cluster clock test' }],
    ['publish', {}],
  ] as const)
    await cluster.ok(cluster.call(which, 'POST', `/api/articles/${id}/workflow/${action}`, body))
}

test('the lagging instance stamps what it writes with its own, lagging time (the injected clock works)', async () => {
  const written = await cluster.ok(
    cluster.call(LAGGING, 'POST', '/api/topics', { name: '钟差专题', slug: 'clock-skew-probe' }),
    201,
  )
  expect(Date.now() - Date.parse(written.doc.createdAt)).toBeGreaterThan(60_000)
})

test(`live content republished on an instance ${-SKEW_MS / 1000} s behind reaches the other instance's delivery and search (${ROUNDS} rounds)`, async () => {
  for (let round = 1; round <= ROUNDS; round++) {
    const id = await approvedArticle(cluster, basics)
    await cluster.ok(cluster.call(NORMAL, 'POST', `/api/articles/${id}/workflow/publish`, {}))
    const slug: string = (
      await cluster.ok(cluster.call(NORMAL, 'GET', `/api/articles/${id}?depth=0`))
    ).slug
    const first = await until(`round ${round}: the article live on the normal instance`, () =>
      deliveredTitle(NORMAL, slug),
    )
    // A newer article published on the normal instance: the edited one is then not the newest, so
    // its new (lagging) updatedAt leaves "newest updatedAt" as it was.
    const newer = await approvedArticle(cluster, basics)
    await cluster.ok(cluster.call(NORMAL, 'POST', `/api/articles/${newer}/workflow/publish`, {}))
    // Read again on the normal instance once its own second clearing after that publish (250 ms
    // after the commit) is over: its cache then holds the article as published.
    await sleep(1_000)
    expect(await deliveredTitle(NORMAL, slug)).toBe(first)
    const word = `钟差${round}号${Math.random().toString(36).slice(2, 7)}`
    const retitled = `${first}（${word}）`
    await republish(LAGGING, id, retitled)

    await until(
      () => `round ${round}: the normal instance delivering "${retitled}"`,
      async () => ((await deliveredTitle(NORMAL, slug)) === retitled ? true : undefined),
      CONVERGE_BOUND_MS,
    )
    await until(
      () => `round ${round}: the normal instance's search finding "${word}"`,
      async () => ((await searchFinds(NORMAL, word, id)) ? true : undefined),
      CONVERGE_BOUND_MS,
    )
  }
})
