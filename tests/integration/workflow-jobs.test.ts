/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { cms } from '../support/cms.js'
import { act, crew, driveTo, latest, makeItem, makeSource } from './workflow-helpers.js'
import type { Crew } from './workflow-helpers.js'

let people: Crew
beforeAll(async () => {
  people = await crew()
})

const runQueue = () => cms().payload.jobs.run({ queue: 'workflow', limit: 50 })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs the queue until `done` (deliveries are asynchronous), for at most 15 s. */
async function runUntil(done: () => boolean) {
  const deadline = Date.now() + 15_000
  await runQueue()
  while (!done() && Date.now() < deadline) {
    await sleep(300)
    await runQueue()
  }
}

/** The workflow events of an item, newest first. */
const newestEventsOf = (id: number | string) =>
  cms().payload.find({
    collection: 'workflow-events',
    where: { itemId: { equals: String(id) } },
    sort: '-at',
    overrideAccess: true,
  })

/**
 * How far ahead a test schedules: the schedule request (the time must still be in the future when
 * the server checks it) and the "not yet" checks must fit before it, on a loaded 2-core machine
 * too (1–1.5 s failed there). The tests then wait until it has passed; nothing asserts a duration.
 */
const SCHEDULE_LEAD_MS = 5000

async function untilPast(iso: string) {
  const wait = Date.parse(iso) - Date.now() + 50
  if (wait > 0) await sleep(wait)
}

describe('scheduled publishing through the jobs queue', () => {
  test('a scheduled item is published once its time has come, not before', async () => {
    const doc = await makeItem('articles', people.editor, { title: '定时发布的文章' })
    await driveTo('articles', doc.id, 'approved', people)
    const publishAt = new Date(Date.now() + SCHEDULE_LEAD_MS).toISOString()
    const scheduled = await act('articles', doc.id, 'schedule', people.reviewer, { publishAt })
    expect(scheduled.status).toBe(200)
    expect(await latest('articles', doc.id)).toMatchObject({
      workflowState: 'scheduled',
      scheduledFor: publishAt,
    })

    await runQueue()
    expect((await cms().http('GET', `/api/articles/${doc.id}`)).status).toBe(404)

    await untilPast(publishAt)
    await runQueue()
    const live = await cms().http('GET', `/api/articles/${doc.id}`)
    expect(live.status).toBe(200)
    expect(await latest('articles', doc.id)).toMatchObject({
      workflowState: 'published',
      _status: 'published',
      scheduledFor: null,
    })
    const events = await newestEventsOf(doc.id)
    expect(events.docs[0]).toMatchObject({
      action: 'scheduled-run',
      event: 'published',
      from: 'scheduled',
      to: 'published',
      actorId: String(people.reviewer.id),
    })
  })

  test('a schedule whose gate fails at run time does not publish and records why', async () => {
    const source = await makeSource()
    const doc = await makeItem('qa-entries', people.editor, {
      sources: [{ source, role: 'original' }],
    })
    await driveTo('qa-entries', doc.id, 'approved', people)
    const publishAt = new Date(Date.now() + SCHEDULE_LEAD_MS).toISOString()
    expect(
      (await act('qa-entries', doc.id, 'schedule', people.reviewer, { publishAt })).status,
    ).toBe(200)
    // Meanwhile the source administrator withdraws the reprint permission.
    await cms().http('PATCH', `/api/sources/${source}`, {
      token: people.sourceAdmin.token,
      json: { rights: { status: 'denied' } },
    })

    await untilPast(publishAt)
    await runQueue()
    expect((await cms().http('GET', `/api/qa-entries/${doc.id}`)).status).toBe(404)
    expect(await latest('qa-entries', doc.id)).toMatchObject({
      workflowState: 'approved',
      _status: 'draft',
      scheduledFor: null,
    })
    const failed = await cms().payload.find({
      collection: 'workflow-events',
      where: {
        and: [{ itemId: { equals: String(doc.id) } }, { event: { equals: 'schedule_failed' } }],
      },
      overrideAccess: true,
    })
    expect(failed.docs).toHaveLength(1)
    expect(failed.docs[0].reason).toMatch(/gate failed/)
    expect(failed.docs[0].gate).toMatchObject({
      ok: false,
      failures: [expect.objectContaining({ check: 'source-rights', field: 'sources.0.source' })],
    })
  })

  test('an edit after scheduling cancels the schedule', async () => {
    const doc = await makeItem('glossary-terms', people.editor)
    await driveTo('glossary-terms', doc.id, 'approved', people)
    const publishAt = new Date(Date.now() + SCHEDULE_LEAD_MS).toISOString()
    await act('glossary-terms', doc.id, 'schedule', people.reviewer, { publishAt })
    await cms().http('PATCH', `/api/glossary-terms/${doc.id}?draft=true`, {
      token: people.editor.token,
      json: { definition: '改过的释义' },
    })
    await untilPast(publishAt)
    await runQueue()
    expect(await latest('glossary-terms', doc.id)).toMatchObject({
      workflowState: 'draft',
      _status: 'draft',
    })
  })

  test('a scheduled unpublish takes the item down at its time, with the reason recorded', async () => {
    const doc = await makeItem('articles', people.editor)
    await driveTo('articles', doc.id, 'published', people)
    const unpublishAt = new Date(Date.now() + SCHEDULE_LEAD_MS).toISOString()
    const res = await act('articles', doc.id, 'unpublish', people.reviewer, {
      reason: '活动结束',
      unpublishAt,
    })
    expect(res.status).toBe(200)
    expect(res.body.state).toBe('published')
    expect((await cms().http('GET', `/api/articles/${doc.id}`)).status).toBe(200)
    await untilPast(unpublishAt)
    await runQueue()
    expect((await cms().http('GET', `/api/articles/${doc.id}`)).status).toBe(404)
    expect((await latest('articles', doc.id)).workflowState).toBe('unpublished')
    const events = await newestEventsOf(doc.id)
    expect(events.docs[0]).toMatchObject({
      event: 'unpublished',
      reason: '活动结束',
      action: 'scheduled-run',
    })
  })
})

interface Received {
  headers: http.IncomingHttpHeaders
  body: string
}

/** A webhook receiver on 127.0.0.1 with a free port; `answers` gives the status per request in order. */
async function receiver(answers: number[]) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      res.statusCode = answers[Math.min(received.length - 1, answers.length - 1)]
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  return {
    url,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

type Receiver = Awaited<ReturnType<typeof receiver>>

/**
 * Runs `use` with a receiver answering `answers` and an active webhook to it for `events`; the
 * webhook is switched off and the receiver closed afterwards, whatever happens.
 */
async function withWebhook(
  options: { answers: number[]; events: string[]; secret: string },
  use: (hook: Receiver, webhookId: number | string) => Promise<void>,
) {
  const hook = await receiver(options.answers)
  const res = await cms().http('POST', '/api/webhooks', {
    token: people.admin.token,
    json: {
      name: `测试 ${hook.url}`,
      url: hook.url,
      events: options.events,
      secret: options.secret,
      active: true,
    },
  })
  expect(res.status).toBe(201)
  const webhookId = res.body.doc.id
  try {
    await use(hook, webhookId)
  } finally {
    await cms().payload.update({
      collection: 'webhooks',
      id: webhookId,
      data: { active: false },
      overrideAccess: true,
    })
    await hook.close()
  }
}

describe('webhooks', () => {
  test('a published event reaches a local receiver with a valid HMAC-SHA256 signature, and the delivery is logged', async () => {
    const secret = crypto.randomBytes(16).toString('hex')
    await withWebhook(
      { answers: [200], events: ['published', 'approved'], secret },
      async (hook, webhookId) => {
        const doc = await makeItem('articles', people.editor, { title: 'Webhook 测试文章' })
        await driveTo('articles', doc.id, 'published', people)
        await runUntil(() => hook.received.length >= 2)
        expect(hook.received.map((request) => request.headers['x-cms-event'])).toEqual([
          'approved',
          'published',
        ])
        for (const request of hook.received) {
          const expected = `sha256=${crypto.createHmac('sha256', secret).update(request.body).digest('hex')}`
          expect(request.headers['x-cms-signature-256']).toBe(expected)
        }
        const published = JSON.parse(hook.received[1].body)
        expect(published).toMatchObject({
          event: 'published',
          data: {
            collection: 'articles',
            itemId: String(doc.id),
            title: 'Webhook 测试文章',
            to: 'published',
          },
        })
        const log = await cms().http(
          'GET',
          `/api/webhook-deliveries?where[webhook][equals]=${webhookId}&depth=0&sort=at`,
          { token: people.admin.token },
        )
        expect(
          log.body.docs.map((row: { event: string; statusCode: number; ok: boolean }) => [
            row.event,
            row.statusCode,
            row.ok,
          ]),
        ).toEqual([
          ['approved', 200, true],
          ['published', 200, true],
        ])
        // Deliveries are admin-only.
        expect(
          (await cms().http('GET', '/api/webhook-deliveries', { token: people.editor.token }))
            .status,
        ).toBe(403)
        expect(
          (await cms().http('GET', '/api/webhooks', { token: people.reviewer.token })).status,
        ).toBe(403)
      },
    )
  })

  test('a failing receiver is retried with backoff until it accepts', async () => {
    const options = { answers: [500, 200], events: ['submitted'], secret: 'retry-secret' }
    await withWebhook(options, async (hook, webhookId) => {
      const doc = await makeItem('glossary-terms', people.editor)
      await act('glossary-terms', doc.id, 'submit', people.editor)
      await runUntil(() => hook.received.length >= 1)
      expect(hook.received).toHaveLength(1)
      // The retry waits for its backoff: running the queue at once does nothing.
      await runQueue()
      expect(hook.received).toHaveLength(1)
      await runUntil(() => hook.received.length >= 2)
      expect(hook.received).toHaveLength(2)
      expect(hook.received[1].body).toBe(hook.received[0].body)
      const log = await cms().payload.find({
        collection: 'webhook-deliveries',
        where: { webhook: { equals: webhookId } },
        sort: 'at',
        depth: 0,
        overrideAccess: true,
      })
      expect(log.docs.map((row) => [row.attempt, row.statusCode, row.ok])).toEqual([
        [1, 500, false],
        [2, 200, true],
      ])
    })
  })

  test('a webhook URL must be http(s)', async () => {
    const res = await cms().http('POST', '/api/webhooks', {
      token: people.admin.token,
      json: { name: 'bad', url: 'ftp://example.com', events: ['published'] },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('url')
  })
})
