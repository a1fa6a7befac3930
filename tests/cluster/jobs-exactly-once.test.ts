/**
 * The workflow queue run by two instances at once (issue 13, items 1 and 2): both instances'
 * crons fire every 10 s at the same second, and each round both are also asked to run the queue
 * at the same moment. A scheduled publish must happen once (one published version, one
 * `published` audit event) and its webhook must reach the receiver once (one POST per delivery id,
 * one delivery per article and event).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { jest } from '@jest/globals'
import { announceDatabase, Cluster, sleep, until } from '../support/cluster.js'
import {
  approvedArticle,
  auditEvents,
  createBasics,
  publishedVersions,
  runQueueEverywhere,
  type Basics,
  type Id,
} from '../support/cluster-content.js'
import { unfinishedJobs } from '../support/cluster-db.js'

jest.setTimeout(900_000)

const ROUNDS = 5
const PER_ROUND = 2
const EMAIL = 'cluster-jobs@example.org'
const PASSWORD = 'cluster-password-1234'

interface Received {
  delivery: string
  event: string
  itemId: string
}

const received: Received[] = []
let receiver: http.Server
let receiverUrl = ''
const cluster = new Cluster({
  ADMIN_EMAIL: EMAIL,
  ADMIN_PASSWORD: PASSWORD,
  WEBHOOK_RETRY_DELAY_MS: '500',
})
let basics: Basics

beforeAll(async () => {
  announceDatabase('jobs-exactly-once')
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const parsed = JSON.parse(body)
      received.push({
        delivery: String(req.headers['x-cms-delivery']),
        event: parsed.event,
        itemId: String(parsed.data?.itemId),
      })
      // A receiver that takes a moment keeps the job running longer, widening the window in
      // which the other instance could pick the same job up.
      setTimeout(() => res.writeHead(200).end('ok'), 300)
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
  await cluster.startInTurn(2)
  await cluster.login(EMAIL, PASSWORD)
  basics = await createBasics(cluster, 'jobs')
  await cluster.ok(
    cluster.call(0, 'POST', '/api/webhooks', {
      name: 'cluster receiver',
      url: receiverUrl,
      events: ['published'],
    }),
    201,
  )
})

afterAll(async () => {
  await cluster.close()
  await new Promise((resolve) => receiver.close(resolve))
})

const postsFor = (id: Id) =>
  received.filter((post) => post.itemId === String(id) && post.event === 'published')

function expectOnce(ids: Id[]): void {
  for (const id of ids) expect(postsFor(id)).toHaveLength(1)
  const byDelivery = new Map<string, number>()
  for (const post of received)
    byDelivery.set(post.delivery, (byDelivery.get(post.delivery) ?? 0) + 1)
  expect([...byDelivery.values()].filter((count) => count > 1)).toEqual([])
}

test(`scheduled publishes run once and their webhooks are delivered once, ${ROUNDS} rounds of ${PER_ROUND} articles`, async () => {
  const all: Id[] = []
  const perRound: string[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const ids: Id[] = []
    for (let i = 0; i < PER_ROUND; i++) ids.push(await approvedArticle(cluster, basics))
    // Far enough ahead that the schedule call is accepted on a loaded machine.
    const publishAt = new Date(Date.now() + 5_000).toISOString()
    for (const [i, id] of ids.entries())
      await cluster.ok(
        cluster.call(i, 'POST', `/api/articles/${id}/workflow/schedule`, { publishAt }),
      )
    await until('the scheduled time', async () =>
      Date.now() > Date.parse(publishAt) + 200 ? true : undefined,
    )
    // Both instances run the queue at the same moment, twice, on top of their crons.
    await runQueueEverywhere(cluster, 'workflow')
    await runQueueEverywhere(cluster, 'workflow')
    let seen = ''
    await until(
      () =>
        `round ${round}: every article published, delivered, the queue drained (last seen ${seen})\n${cluster.output().slice(-6000)}`,
      async () => {
        const versions = await Promise.all(ids.map((id) => publishedVersions(cluster, id)))
        const posts = ids.map((id) => postsFor(id).length)
        const waiting = await unfinishedJobs(cluster, 'workflow')
        seen = `published versions ${versions}, POSTs ${posts}, unfinished jobs ${waiting}`
        const done = versions.every(Boolean) && posts.every(Boolean) && waiting === 0
        return done ? true : undefined
      },
    )
    for (const id of ids) {
      expect(await publishedVersions(cluster, id)).toBe(1)
      expect(await auditEvents(cluster, id, 'published')).toHaveLength(1)
    }
    expectOnce(ids)
    perRound.push(ids.map((id) => `${id}:${postsFor(id).length}`).join(' '))
    all.push(...ids)
  }
  // A late second run would land after its round's checks: look again once more time has passed.
  await sleep(3_000)
  await runQueueEverywhere(cluster, 'workflow')
  for (const id of all) {
    expect(await publishedVersions(cluster, id)).toBe(1)
    expect(await auditEvents(cluster, id, 'published')).toHaveLength(1)
  }
  expectOnce(all)
  expect(received).toHaveLength(all.length)
  console.log(`webhook POSTs per article, per round: ${JSON.stringify(perRound)}`)
})
