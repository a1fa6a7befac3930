/**
 * Two instances started at the same moment on an EMPTY database (issue 13, item 4): both must
 * become ready, and what start-up creates — the first administrator, the default topics, the
 * demo content — must exist once. Each round is a fresh folder (and database).
 */
import { jest } from '@jest/globals'
import { announceDatabase, Cluster } from '../support/cluster.js'
import { DEFAULT_TOPICS } from '../../src/seed/topics.js'

jest.setTimeout(1_800_000)

const ROUNDS = 5
const EMAIL = 'cluster-cold@example.org'
const PASSWORD = 'cluster-password-1234'

let cluster: Cluster | undefined

beforeAll(() => announceDatabase('cold-start'))
afterAll(async () => {
  await cluster?.close()
})

/** Slugs that occur more than once in `docs`. */
function repeated(docs: { slug?: string }[]): string[] {
  const seen = new Map<string, number>()
  for (const doc of docs) seen.set(String(doc.slug), (seen.get(String(doc.slug)) ?? 0) + 1)
  return [...seen].filter(([, count]) => count > 1).map(([slug]) => slug)
}

test(`two instances cold-starting together on an empty database, ${ROUNDS} rounds`, async () => {
  const summary: string[] = []
  for (let round = 0; round < ROUNDS; round++) {
    cluster = new Cluster({ ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD: PASSWORD, SEED_DEMO: 'on' })
    try {
      await cluster.startTogether(2)
    } catch (error) {
      throw new Error(`round ${round}: ${String(error)}\n${cluster.output()}`)
    }
    await cluster.login(EMAIL, PASSWORD)
    const get = async (url: string) => (await cluster!.ok(cluster!.call(round, 'GET', url))).docs
    const admins = await get('/api/users?where[roles][contains]=admin&limit=0&depth=0')
    const users = await get('/api/users?limit=0&depth=0')
    const topics = await get('/api/topics?limit=0&depth=0&draft=true')
    const sources = await get('/api/sources?limit=0&depth=0')
    const articles = await get('/api/articles?limit=0&depth=0&draft=true')
    summary.push(
      `admins ${admins.length}, users ${users.length}, topics ${topics.length}, sources ${sources.length}, articles ${articles.length}`,
    )
    expect(admins.map((user: { email: string }) => user.email)).toEqual([EMAIL])
    expect(repeated(users.map((user: { email: string }) => ({ slug: user.email })))).toEqual([])
    expect(repeated(topics)).toEqual([])
    for (const topic of DEFAULT_TOPICS)
      expect(topics.filter((doc: { slug: string }) => doc.slug === topic.slug)).toHaveLength(1)
    // The demo set is five documents: one source and one article each, imported once.
    expect(sources).toHaveLength(5)
    expect(articles).toHaveLength(5)
    await cluster.close()
    cluster = undefined
  }
  console.log(`cold starts (per round): ${JSON.stringify(summary)}`)
})
