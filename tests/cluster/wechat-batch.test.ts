/**
 * A WeChat batch requested through both instances at once (issue 13, item 3), against a fake
 * WeChat API (tests/unit/delivery/fake-wechat-server.ts, as the integration test uses): each
 * article of the batch is asked for on both instances at the same moment, both instances run the
 * `wechat` queue at the same moment, and each article must get one publication, one draft and one
 * `freepublish/submit`.
 */
import { jest } from '@jest/globals'
import sharp from 'sharp'
import { announceDatabase, Cluster, until } from '../support/cluster.js'
import {
  approvedArticle,
  createBasics,
  runQueueEverywhere,
  type Basics,
  type Id,
} from '../support/cluster-content.js'
import {
  serverEnvFor,
  startFakeWeChat,
  type FakeWeChat,
} from '../unit/delivery/fake-wechat-server.js'

jest.setTimeout(900_000)

const ROUNDS = 5
const BATCH = 3
const EMAIL = 'cluster-wechat@example.org'
const PASSWORD = 'cluster-password-1234'

let wechat: FakeWeChat
let cluster: Cluster
let basics: Basics
let cover: Id

async function uploadCover(): Promise<Id> {
  const png = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: { r: 183, g: 28, b: 28 } },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'cluster-cover.png')
  form.append('_payload', JSON.stringify({ alt: '集群封面' }))
  const res = await fetch(`${cluster.bases[0]}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${cluster.token}` },
    body: form,
  })
  const body = await res.json()
  if (res.status !== 201) throw new Error(`media upload: ${res.status} ${JSON.stringify(body)}`)
  return body.doc.id
}

beforeAll(async () => {
  announceDatabase('wechat-batch')
  wechat = await startFakeWeChat()
  wechat.publishPolls = 0
  cluster = new Cluster({
    ADMIN_EMAIL: EMAIL,
    ADMIN_PASSWORD: PASSWORD,
    ...serverEnvFor(wechat),
  })
  await cluster.startInTurn(2)
  await cluster.login(EMAIL, PASSWORD)
  basics = await createBasics(cluster, 'wechat')
  cover = await uploadCover()
})

afterAll(async () => {
  await cluster?.close()
  await wechat?.close()
})

async function publishedArticle(): Promise<Id> {
  const id = await approvedArticle(cluster, basics, { coverImage: cover, byline: '国家安全部' })
  await cluster.ok(cluster.call(1, 'POST', `/api/articles/${id}/workflow/publish`, {}))
  return id
}

async function publicationsOf(id: Id): Promise<Record<string, any>[]> {
  const body = await cluster.ok(
    cluster.call(0, 'GET', `/api/wechat-publications?where[article][equals]=${id}&limit=0&depth=0`),
  )
  return body.docs
}

const submits = () => wechat.calls.filter((call) => call.path === '/cgi-bin/freepublish/submit')

test(`a batch requested on both instances at once: one submit per article, ${ROUNDS} rounds of ${BATCH}`, async () => {
  const perRound: string[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const ids: Id[] = []
    for (let i = 0; i < BATCH; i++) ids.push(await publishedArticle())
    const submitsBefore = submits().length
    const draftsBefore = wechat.drafts.size
    // Every article of the batch asked for through both instances at the same moment.
    const answers = await Promise.all(
      ids.flatMap((id) =>
        [0, 1].map((which) => cluster.call(which, 'POST', `/api/articles/${id}/wechat-publish`)),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    await until(
      () => `round ${round}: every publication settled`,
      async () => {
        await runQueueEverywhere(cluster, 'wechat')
        for (const id of ids) {
          const publications = await publicationsOf(id)
          if (publications.some((pub) => !['published', 'failed'].includes(pub.status)))
            return undefined
        }
        return true
      },
      120_000,
      250,
    )
    // A run that would submit a second time comes after the first run finished: one more each.
    await runQueueEverywhere(cluster, 'wechat')
    for (const id of ids) {
      const publications = await publicationsOf(id)
      expect(publications.map((pub) => pub.status)).toEqual(['published'])
    }
    expect(statuses.filter((status) => status === 202)).toHaveLength(BATCH)
    expect(statuses.filter((status) => status === 409)).toHaveLength(BATCH)
    expect(wechat.drafts.size - draftsBefore).toBe(BATCH)
    expect(submits().length - submitsBefore).toBe(BATCH)
    perRound.push(`answers ${statuses.join(',')}; submits ${submits().length - submitsBefore}`)
  }
  console.log(`wechat batches (per round): ${JSON.stringify(perRound)}`)
})
