/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * The desk's data over REST (issue 15): the queue's groups and their counts, and the editorial
 * calendar of scheduled publishes, scheduled unpublishes and publishes that took place.
 */
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'
import { act, crew, driveTo, makeItem } from './workflow-helpers.js'
import type { Crew } from './workflow-helpers.js'

let people: Crew
beforeAll(async () => {
  people = await crew()
})

const HOUR = 3600_000
const get = (path: string, user?: TestUser, language = 'en') =>
  cms().http('GET', path, { token: user?.token, headers: { 'accept-language': language } })

describe('review queue groups', () => {
  test('each group lists what its counts say; a group is the queue’s own parameters', async () => {
    // A reviewer of this test only, so that "assigned to me" is exactly what the test assigns.
    const mine = await cms().createUser(['reviewer'], '审核丙')
    const countsOf = async () => (await get('/api/workflow/queue/counts', mine)).body.counts
    const before = await countsOf()
    expect(before.mine).toBe(0)

    const late = await makeItem('qa-entries', people.editor)
    await act('qa-entries', late.id, 'submit', people.editor, {
      assignee: mine.id,
      dueDate: new Date(Date.now() - HOUR).toISOString(),
    })
    const later = await makeItem('articles', people.editor)
    await act('articles', later.id, 'submit', people.editor, {
      assignee: mine.id,
      dueDate: new Date(Date.now() + 24 * HOUR).toISOString(),
    })
    const nobodys = await makeItem('glossary-terms', people.editor)
    await act('glossary-terms', nobodys.id, 'submit', people.editor)
    const sentBack = await makeItem('articles', people.editor)
    await driveTo('articles', sentBack.id, 'changes_requested', people)

    const after = await countsOf()
    expect(after).toEqual({
      mine: 2,
      unassigned: before.unassigned + 1,
      overdue: before.overdue + 1,
      changes: before.changes + 1,
      open: before.open + 4,
    })
    for (const group of ['mine', 'unassigned', 'overdue', 'changes', 'open']) {
      const list = await get(`/api/workflow/queue?group=${group}&limit=500`, mine)
      expect(list.status).toBe(200)
      expect(list.body.totalDocs).toBe(after[group])
    }
    const own = await get('/api/workflow/queue?group=mine', mine)
    expect(
      own.body.docs.map((item: { id: string; overdue: boolean }) => [item.id, item.overdue]),
    ).toEqual([
      [String(late.id), true],
      [String(later.id), false],
    ])
    const changes = await get('/api/workflow/queue?group=changes&limit=500', mine)
    expect(changes.body.docs).toContainEqual(
      expect.objectContaining({ id: String(sentBack.id), state: 'changes_requested' }),
    )
    // Counts follow the collection filter.
    const articles = (await get('/api/workflow/queue/counts?collection=articles', mine)).body.counts
    expect(articles.mine).toBe(1)

    const bad = await get('/api/workflow/queue?group=someday', mine, 'zh')
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain('group')
    expect((await get('/api/workflow/queue/counts')).status).toBe(401)
    const roleless = await cms().createUser([])
    expect((await get('/api/workflow/queue/counts', roleless)).status).toBe(403)
  })
})

describe('editorial calendar', () => {
  test('scheduled publishes, scheduled unpublishes of live items and publishes that took place', async () => {
    const publishAt = new Date(Date.now() + 48 * HOUR)
    const planned = await makeItem('articles', people.editor)
    await driveTo('articles', planned.id, 'approved', people)
    expect(
      (
        await act('articles', planned.id, 'schedule', people.reviewer, {
          publishAt: publishAt.toISOString(),
        })
      ).status,
    ).toBe(200)

    const live = await makeItem('glossary-terms', people.editor)
    await driveTo('glossary-terms', live.id, 'published', people)
    const unpublishAt = new Date(Date.now() + 72 * HOUR)
    expect(
      (
        await act('glossary-terms', live.id, 'unpublish', people.reviewer, {
          reason: '到期撤下',
          unpublishAt: unpublishAt.toISOString(),
        })
      ).status,
    ).toBe(200)

    const from = new Date(Date.now() - 24 * HOUR).toISOString()
    const to = new Date(Date.now() + 96 * HOUR).toISOString()
    const calendar = await get(`/api/workflow/calendar?from=${from}&to=${to}`, people.editor)
    expect(calendar.status).toBe(200)
    const ofItem = (collection: string, id: number | string) =>
      calendar.body.entries.filter(
        (entry: { collection: string; id: string }) =>
          entry.collection === collection && entry.id === String(id),
      )
    expect(ofItem('articles', planned.id)).toEqual([
      expect.objectContaining({ kind: 'publish', at: publishAt.toISOString(), state: 'scheduled' }),
    ])
    expect(ofItem('glossary-terms', live.id)).toEqual([
      expect.objectContaining({ kind: 'published', state: 'published' }),
      expect.objectContaining({ kind: 'unpublish', at: unpublishAt.toISOString() }),
    ])
    const times = calendar.body.entries.map((entry: { at: string }) => entry.at)
    expect(times).toEqual([...times].sort())

    // Outside the range nothing of these shows; bad ranges are named.
    const earlier = await get(
      `/api/workflow/calendar?from=${new Date(Date.now() - 96 * HOUR).toISOString()}&to=${from}`,
      people.editor,
    )
    expect(
      earlier.body.entries.filter((entry: { id: string }) => entry.id === String(planned.id)),
    ).toEqual([])
    const backwards = await get(`/api/workflow/calendar?from=${to}&to=${from}`, people.editor)
    expect(backwards.status).toBe(400)
    expect(backwards.body.message).toContain('"to"')
    const missing = await get(`/api/workflow/calendar?from=${from}`, people.editor, 'zh')
    expect(missing.status).toBe(400)
    expect(missing.body.message).toContain('参数 to')
    expect((await get(`/api/workflow/calendar?from=${from}&to=${to}`)).status).toBe(401)
  })
})
