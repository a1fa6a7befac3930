/**
 * A deleted document's id is never handed out again, and what was recorded about it (audit trail,
 * review comments, publications in the calendar) never shows under a new document — not even where
 * a new document does get the same id (a database from before the AUTOINCREMENT migration still
 * holds such rows).
 *
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { jest } from '@jest/globals'
import { cms } from '../support/cms.js'
import { act, crew, expectOk, makeItem, type Crew } from './workflow-helpers.js'

jest.setTimeout(120_000)

let people: Crew
beforeAll(async () => {
  people = await crew()
})

async function status(id: number | string) {
  const res = await cms().http('GET', `/api/articles/${id}/workflow`, {
    token: people.reviewer.token,
  })
  await expectOk(res)
  return res.body as {
    events: { id: number | string; itemId: string; event: string }[]
    comments: { id: number | string; body: string }[]
    blockingComments: number
  }
}

async function blockingComment(id: number | string, body: string) {
  const res = await cms().http('POST', '/api/review-comments', {
    token: people.reviewer.token,
    json: { itemCollection: 'articles', itemId: String(id), body, blocking: true },
  })
  await expectOk(res, 201)
}

test('deleting the article with the highest id: the next article gets a new id and starts with no history and no comments', async () => {
  const deleted = await makeItem('articles', people.editor)
  await expectOk(await act('articles', deleted.id, 'submit', people.editor))
  await blockingComment(deleted.id, '出处不全，请补充。')
  const before = await status(deleted.id)
  expect(before.events.map((event) => event.event)).toContain('submitted')
  expect(before.comments).toHaveLength(1)
  const { docs: newest } = await cms().payload.find({
    collection: 'articles',
    sort: '-id',
    limit: 1,
    draft: true,
    overrideAccess: true,
  })
  expect(newest[0].id).toBe(deleted.id)

  const removal = await cms().http('DELETE', `/api/articles/${deleted.id}`, {
    token: people.admin.token,
  })
  await expectOk(removal)
  const created = await makeItem('articles', people.editor)

  expect(created.id).not.toBe(deleted.id)
  expect(Number(created.id)).toBeGreaterThan(Number(deleted.id))
  const after = await status(created.id)
  expect(after.events).toEqual([])
  expect(after.comments).toEqual([])
  expect(after.blockingComments).toBe(0)
})

test('rows a deleted document left under an id a new document has do not show under the new one', async () => {
  const item = await makeItem('articles', people.editor)
  const { payload } = cms()
  // What a database from before the migration holds: audit rows and a blocking comment of a
  // deleted article whose id the new one got. Only the workflow may append audit rows, so these
  // are written below the Local API, as the deleted article's workflow once wrote them.
  const earlier = '2026-01-05T08:00:00.000Z'
  const now = new Date().toISOString()
  for (const [event, itemCreatedAt] of [
    ['published', earlier],
    ['submitted', 'deleted'],
  ] as const) {
    await payload.db.create({
      collection: 'workflow-events',
      data: {
        itemCollection: 'articles',
        itemId: String(item.id),
        itemCreatedAt,
        itemTitle: '已删除的文章',
        action: event === 'published' ? 'publish' : 'submit',
        event,
        at: now,
      },
    })
  }
  await payload.db.create({
    collection: 'review-comments',
    data: {
      itemCollection: 'articles',
      itemId: String(item.id),
      itemCreatedAt: earlier,
      body: '已删除文章的阻止性意见',
      blocking: true,
      resolved: false,
    },
  })

  const shown = await status(item.id)
  expect(shown.events).toEqual([])
  expect(shown.comments).toEqual([])
  expect(shown.blockingComments).toBe(0)

  // Its own history and comments do show, and only its own comment blocks the approval.
  await expectOk(await act('articles', item.id, 'submit', people.editor))
  await blockingComment(item.id, '请核对引文。')
  const own = await status(item.id)
  expect(own.events.map((event) => event.event)).toEqual(['submitted'])
  expect(own.comments.map((comment) => comment.body)).toEqual(['请核对引文。'])
  expect(own.blockingComments).toBe(1)
  const refused = await act('articles', item.id, 'approve', people.reviewer)
  expect(refused.status).toBe(400)
  expect(refused.text).toContain('请核对引文')
  expect(refused.text).not.toContain('已删除文章')

  // The calendar does not list the deleted article's publication under the new one.
  const from = new Date(Date.now() - 3600_000).toISOString()
  const to = new Date(Date.now() + 3600_000).toISOString()
  const calendar = await cms().http('GET', `/api/workflow/calendar?from=${from}&to=${to}`, {
    token: people.editor.token,
  })
  await expectOk(calendar)
  const entries: { kind: string; id: string }[] = calendar.body.entries
  expect(entries.filter((entry) => entry.id === String(item.id))).toEqual([])
})

test('rows written before the key existed (MongoDB keeps them as they were) still show by id', async () => {
  const item = await makeItem('articles', people.editor)
  await cms().payload.db.create({
    collection: 'review-comments',
    data: {
      itemCollection: 'articles',
      itemId: String(item.id),
      body: '旧意见',
      blocking: false,
      resolved: false,
    },
  })
  const shown = await status(item.id)
  expect(shown.comments.map((comment) => comment.body)).toEqual(['旧意见'])
})
