/**
 * Two real server processes (`src/start.ts`) on one database behind a real load balancer process
 * (nginx running deploy/nginx.conf's proxy settings, or a Node proxy where nginx is absent:
 * tests/support/load-balancer.ts), as a cluster runs them: concurrent transitions through the
 * balancer and split over both instances, and sign-in failures counted once for both. Jobs run by
 * both at once are proven in jobs-exactly-once.test.ts and wechat-batch.test.ts; start-up and
 * crashes in cold-start.test.ts and import-crash.test.ts.
 * Every wait here is bounded and only guards against a hang; nothing asserts how long things take.
 */
import { jest } from '@jest/globals'
import { announceDatabase, BALANCED, Cluster, until } from '../support/cluster.js'
import {
  approvedArticle,
  auditEvents,
  createBasics,
  publishedVersions,
  type Basics,
} from '../support/cluster-content.js'

jest.setTimeout(600_000)

const ROUNDS = 5
const EMAIL = 'cluster-admin@example.org'
const PASSWORD = 'cluster-password-1234'

let cluster: Cluster
let basics: Basics

beforeAll(async () => {
  announceDatabase('two-instances')
  cluster = new Cluster({
    ADMIN_EMAIL: EMAIL,
    ADMIN_PASSWORD: PASSWORD,
    WEBHOOK_RETRY_DELAY_MS: '500',
  })
  // One after the other: the first creates the schema and the admin, the second finds them.
  await cluster.startInTurn(2)
  const balancer = await cluster.startBalancer()
  console.log(`two-instances: load balancer is ${balancer.kind}`)
  await cluster.login(EMAIL, PASSWORD)
  basics = await createBasics(cluster, 'two')
})

afterAll(async () => {
  await cluster?.close()
})

const instanceHosts = () => cluster.bases.map((base) => new URL(base).host)

test('the load balancer spreads requests over both instances', async () => {
  const before = cluster.balancer!.upstreams().length
  for (let i = 0; i < 4; i++) await cluster.ok(cluster.call(BALANCED, 'GET', '/health'))
  // nginx logs a request after sending its response: the last line may come a moment later.
  const served = await until(
    () => `4 logged upstreams, saw ${JSON.stringify(cluster.balancer!.upstreams().slice(before))}`,
    async () => {
      const logged = cluster.balancer!.upstreams().slice(before)
      return logged.length >= 4 ? logged : undefined
    },
    30_000,
    50,
  )
  expect(served).toHaveLength(4)
  expect(new Set(served)).toEqual(new Set(instanceHosts()))
})

test('10 concurrent publish calls on one approved article through the load balancer: one 200, nine 409, one published version, one audit event', async () => {
  const perRound: Record<number, number>[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const id = await approvedArticle(cluster, basics)
    const before = cluster.balancer!.upstreams().length
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        cluster.call(BALANCED, 'POST', `/api/articles/${id}/workflow/publish`, {}),
      ),
    )
    // Both instances took part in the race.
    expect(new Set(cluster.balancer!.upstreams().slice(before))).toEqual(new Set(instanceHosts()))
    const counts: Record<number, number> = {}
    for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1
    perRound.push(counts)
    for (const answer of answers.filter((a) => a.status === 409))
      expect(answer.body.errors?.[0]?.message).toMatch(/Cannot publish/)
    expect(counts).toEqual({ 200: 1, 409: 9 })
    expect(await publishedVersions(cluster, id)).toBe(1)
    expect(await auditEvents(cluster, id, 'published')).toHaveLength(1)
  }
  console.log(`publish races (status counts per round): ${JSON.stringify(perRound)}`)
})

test('a 409 loser reads why in Chinese too', async () => {
  const id = await approvedArticle(cluster, basics)
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, i) =>
      cluster.call(
        i,
        'POST',
        `/api/articles/${id}/workflow/publish`,
        {},
        { 'accept-language': 'zh' },
      ),
    ),
  )
  const refused = answers.filter((a) => a.status === 409)
  expect(refused).toHaveLength(5)
  for (const answer of refused) expect(answer.body.errors[0].message).toMatch(/无法执行/)
})

test('sign-in failures are counted once for the cluster: 5 wrong passwords through the balancer, then 429 on either instance', async () => {
  const guess = (which: number | typeof BALANCED, password: string, from?: string) =>
    fetch(`${cluster.base(which)}/api/users/login`, {
      method: 'POST',
      // The default TRUST_PROXY takes the client's address from a proxy on this machine; nginx
      // appends the address it saw, so the client's own claim is one hop further.
      headers: {
        'content-type': 'application/json',
        ...(from ? { 'x-forwarded-for': from } : {}),
      },
      body: JSON.stringify({ email: EMAIL, password }),
    })
  const before = cluster.balancer!.upstreams().length
  for (let i = 0; i < 5; i++) expect((await guess(BALANCED, `wrong-${i}`)).status).toBe(401)
  expect(new Set(cluster.balancer!.upstreams().slice(before))).toEqual(new Set(instanceHosts()))
  for (const which of [0, 1, BALANCED] as const) {
    const refused = await guess(which, PASSWORD)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
  }
  // The account is not locked: its owner signs in from another address, on either instance.
  for (const which of [0, 1])
    expect((await guess(which, PASSWORD, '203.0.113.201')).status).toBe(200)
})
