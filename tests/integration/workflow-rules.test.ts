/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import sharp from 'sharp'
import { cms } from '../support/cms.js'
import { WORKFLOW_COLLECTIONS } from '../../src/workflow/states.js'
import { RIGHTS_LABELS } from '../../src/i18n/source-labels.js'
import { act, crew, driveTo, latest, makeItem, makeSource } from './workflow-helpers.js'
import type { Collection, Crew } from './workflow-helpers.js'

let people: Crew
beforeAll(async () => {
  people = await crew()
})

async function image(alt: string): Promise<number | string> {
  const data = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#335' } })
    .png()
    .toBuffer()
  const media = await cms().payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: `cover-${Date.now()}.png`, size: data.length },
    overrideAccess: true,
  })
  return media.id
}

async function submitted(collection: Collection, overrides: Record<string, unknown> = {}) {
  const doc = await makeItem(collection, people.editor, overrides)
  const res = await act(collection, doc.id, 'submit', people.editor)
  expect(res.status).toBe(200)
  return doc.id
}

describe('four-eyes', () => {
  test('a reviewer who created the content cannot approve it; another reviewer can', async () => {
    const author = await cms().createUser(['editor', 'reviewer'])
    const doc = await makeItem('articles', author)
    expect((await act('articles', doc.id, 'submit', author)).status).toBe(200)
    const own = await act('articles', doc.id, 'approve', author)
    expect(own.status).toBe(403)
    expect(own.body.code).toBe('four-eyes')
    expect((await act('articles', doc.id, 'approve', people.reviewer)).status).toBe(200)
  })

  test('a reviewer who last edited the content cannot approve it; changing only the assignee is not an edit', async () => {
    const id = await submitted('qa-entries')
    // Assigning themselves does not make the reviewer an editor of the content.
    const assign = await cms().http('PATCH', `/api/qa-entries/${id}?draft=true`, {
      token: people.reviewer.token,
      json: { assignee: people.reviewer.id },
    })
    expect(assign.status).toBe(200)
    expect((await latest('qa-entries', id)).lastEditedBy).toBe(people.editor.id)

    const edit = await cms().http('PATCH', `/api/qa-entries/${id}?draft=true`, {
      token: people.reviewer.token,
      json: { question: '修改后的问题：什么是间谍组织？' },
    })
    expect(edit.status).toBe(200)
    expect((await latest('qa-entries', id)).lastEditedBy).toBe(people.reviewer.id)
    const own = await act('qa-entries', id, 'approve', people.reviewer)
    expect(own.status).toBe(403)
    expect(own.body.code).toBe('four-eyes')
    const other = await act('qa-entries', id, 'approve', people.otherReviewer)
    expect(other.status).toBe(200)
  })

  test('only an admin may override four-eyes, only with a reason, and the override is recorded', async () => {
    const doc = await makeItem('glossary-terms', people.admin)
    expect((await act('glossary-terms', doc.id, 'submit', people.admin)).status).toBe(200)
    expect((await act('glossary-terms', doc.id, 'approve', people.admin)).status).toBe(403)
    const noReason = await act('glossary-terms', doc.id, 'approve', people.admin, {
      overrideFourEyes: true,
    })
    expect(noReason.status).toBe(400)
    const reviewerTries = await act('glossary-terms', doc.id, 'approve', people.reviewer, {
      overrideFourEyes: true,
      reason: '急需',
    })
    expect(reviewerTries.status).toBe(403)
    const ok = await act('glossary-terms', doc.id, 'approve', people.admin, {
      overrideFourEyes: true,
      reason: '唯一在岗审核人休假',
    })
    expect(ok.status).toBe(200)
    const row = await cms().payload.findByID({
      collection: 'workflow-events',
      id: ok.body.event.id,
      overrideAccess: true,
    })
    expect(row).toMatchObject({
      action: 'approve',
      fourEyesOverride: true,
      overrideReason: '唯一在岗审核人休假',
      actorId: String(people.admin.id),
    })
  })
})

describe('the publish gate', () => {
  async function gateFailures(
    collection: Collection,
    overrides: Record<string, unknown>,
    language = 'en',
  ) {
    const id = await submitted(collection, overrides)
    const res = await act(collection, id, 'approve', people.reviewer, {}, language)
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('gate-failed')
    expect((await latest(collection, id)).workflowState).toBe('in_review')
    return res.body.failures as { check: string; message: string; field?: string }[]
  }
  const checksOf = (failures: { check: string }[]) => [
    ...new Set(failures.map((failure) => failure.check)),
  ]

  test('passes for a complete item', async () => {
    const id = await submitted('articles')
    expect((await act('articles', id, 'approve', people.reviewer)).status).toBe(200)
  })

  test.each(WORKFLOW_COLLECTIONS)('1. no verified source (%s)', async (collection) => {
    const failures = await gateFailures(collection, {
      sources: [{ source: await makeSource({ verified: false }), role: 'original' }],
    })
    expect(checksOf(failures)).toEqual(['source-verified'])
    expect(failures[0].field).toBe('sources')
  })

  test.each(['unknown', 'denied', 'quote-only'] as const)(
    '2. an original source with rights "%s"',
    async (rights) => {
      const failures = await gateFailures('articles', {
        sources: [{ source: await makeSource({ rights }), role: 'original' }],
      })
      expect(checksOf(failures)).toEqual(['source-rights'])
      expect(failures[0].field).toBe('sources.0.source')
      // The status and the role by label, not as the stored codes (issue 15, item 7).
      expect(failures[0].message).toContain(`rights status is “${RIGHTS_LABELS[rights].en}”`)
      expect(failures[0].message).toContain('used as “Original”')
    },
  )

  test('2. a reprint whose permission expired; a merely cited source with unknown rights is fine', async () => {
    const expired = await makeSource({
      rights: 'permission-granted',
      expiresAt: '2020-01-01T00:00:00.000Z',
    })
    const failures = await gateFailures('qa-entries', {
      sources: [
        { source: await makeSource(), role: 'original' },
        { source: expired, role: 'reprinted-from' },
      ],
    })
    expect(checksOf(failures)).toEqual(['source-rights'])
    expect(failures[0].field).toBe('sources.1.source')
    expect(failures[0].message).toContain('expired')

    const cited = await submitted('qa-entries', {
      sources: [
        { source: await makeSource(), role: 'original' },
        { source: await makeSource({ rights: 'unknown' }), role: 'cites' },
      ],
    })
    expect((await act('qa-entries', cited, 'approve', people.reviewer)).status).toBe(200)
  })

  test('3. an unresolved quality flag (resolved ones do not block)', async () => {
    const failures = await gateFailures('glossary-terms', {
      qualityFlags: [
        { type: 'corrupted-text', message: '第3段有乱码：?!斗纯植乐髁x法', resolved: false },
        { type: 'needs-check', message: '已核对', resolved: true },
      ],
    })
    expect(checksOf(failures)).toEqual(['quality-flags'])
    expect(failures).toHaveLength(1)
    expect(failures[0].field).toBe('qualityFlags.0')
  })

  test('4. missing summary or topics, in the reader’s language', async () => {
    expect(checksOf(await gateFailures('articles', { summary: '' }))).toEqual(['required'])
    const noTopic = await gateFailures('qa-entries', { topics: [] }, 'zh')
    expect(checksOf(noTopic)).toEqual(['required'])
    expect(noTopic[0]).toMatchObject({ field: 'topics', message: '至少需要选择一个专题。' })
  })

  test('4. an article for WeChat needs a cover, a title ≤ 32 and a digest ≤ 128', async () => {
    const noCover = await gateFailures('articles', { forWeChat: true })
    expect(noCover).toEqual([expect.objectContaining({ check: 'wechat', field: 'coverImage' })])
    const tooLong = await gateFailures('articles', {
      forWeChat: true,
      coverImage: await image('封面：国家安全教育日海报'),
      title: '国'.repeat(33),
      summary: '摘'.repeat(129),
    })
    expect(tooLong.map((failure) => failure.field).sort()).toEqual(['summary', 'title'])
    expect(checksOf(tooLong)).toEqual(['wechat'])
  })

  test('5. every image has alt text', async () => {
    const failures = await gateFailures('articles', { coverImage: await image(' ') })
    expect(failures).toEqual([expect.objectContaining({ check: 'image-alt', field: 'coverImage' })])
  })

  test('every failure is reported at once', async () => {
    const failures = await gateFailures('articles', {
      sources: [
        { source: await makeSource({ verified: false, rights: 'unknown' }), role: 'original' },
      ],
      summary: '',
      qualityFlags: [{ type: 'truncated-document', message: '文档不完整' }],
    })
    expect(checksOf(failures).sort()).toEqual([
      'quality-flags',
      'required',
      'source-rights',
      'source-verified',
    ])
  })

  test('an unresolved blocking comment blocks approval until it is resolved', async () => {
    const id = await submitted('articles')
    const comment = await cms().http('POST', '/api/review-comments?depth=0', {
      token: people.reviewer.token,
      json: {
        itemCollection: 'articles',
        itemId: String(id),
        body: '标题与正文不符',
        fieldPath: 'title',
        blocking: true,
      },
    })
    expect(comment.status).toBe(201)
    expect(comment.body.doc.author).toBe(people.reviewer.id)
    const blocked = await act('articles', id, 'approve', people.otherReviewer)
    expect(blocked.status).toBe(400)
    expect(blocked.body.failures).toEqual([
      expect.objectContaining({ check: 'blocking-comment', field: 'title' }),
    ])
    // The editor cannot resolve a reviewer's comment; a reviewer can.
    const editorResolves = await cms().http(
      'PATCH',
      `/api/review-comments/${comment.body.doc.id}`,
      { token: people.editor.token, json: { resolved: true } },
    )
    expect(editorResolves.status).toBe(403)
    const resolved = await cms().http(
      'PATCH',
      `/api/review-comments/${comment.body.doc.id}?depth=0`,
      { token: people.reviewer.token, json: { resolved: true } },
    )
    expect(resolved.status).toBe(200)
    expect(resolved.body.doc).toMatchObject({ resolved: true, resolvedBy: people.reviewer.id })
    expect((await act('articles', id, 'approve', people.otherReviewer)).status).toBe(200)
  })

  test('publishing checks the gate again at that moment', async () => {
    const source = await makeSource()
    const id = await submitted('articles', { sources: [{ source, role: 'original' }] })
    expect((await act('articles', id, 'approve', people.reviewer)).status).toBe(200)
    await cms().payload.update({
      collection: 'sources',
      id: source,
      data: { verification: { status: 'rejected' } },
      overrideAccess: true,
    })
    const publish = await act('articles', id, 'publish', people.reviewer)
    expect(publish.status).toBe(400)
    expect(publish.body.failures.map((failure: { check: string }) => failure.check)).toEqual([
      'source-verified',
    ])
    expect((await cms().http('GET', `/api/articles/${id}`)).status).toBe(404)
  })
})

describe('nothing but the publish transition makes content published', () => {
  test.each(WORKFLOW_COLLECTIONS)(
    'direct _status writes, bulk updates and GraphQL are refused, version restores become drafts, on %s',
    async (collection) => {
      const type = {
        articles: 'Article',
        'qa-entries': 'QAEntry',
        'glossary-terms': 'GlossaryTerm',
      }[collection]
      const doc = await makeItem(collection, people.editor)
      for (const user of [people.editor, people.reviewer, people.admin]) {
        const direct = await cms().http('PATCH', `/api/${collection}/${doc.id}`, {
          token: user.token,
          json: { _status: 'published' },
        })
        expect(direct.status).toBe(403)
        const asDraft = await cms().http('PATCH', `/api/${collection}/${doc.id}?draft=true`, {
          token: user.token,
          json: { _status: 'published' },
        })
        expect(asDraft.status).toBe(403)
        const bulk = await cms().http('PATCH', `/api/${collection}?where[id][equals]=${doc.id}`, {
          token: user.token,
          json: { _status: 'published' },
        })
        expect(bulk.body.docs ?? []).toHaveLength(0)
        expect(bulk.body.errors?.length).toBeGreaterThan(0)
        const gql = await cms().graphql(
          `mutation { update${type}(id: ${JSON.stringify(doc.id)}, data: { _status: published }) { id _status } }`,
          {},
          user.token,
        )
        expect(gql.body.errors?.length).toBeGreaterThan(0)
        const create = await cms().http('POST', `/api/${collection}`, {
          token: user.token,
          json: {
            ...doc,
            id: undefined,
            slug: undefined,
            termKey: undefined,
            _status: 'published',
          },
        })
        expect(create.status).toBe(403)
        // The workflow state is not writable either.
        await cms().http('PATCH', `/api/${collection}/${doc.id}?draft=true`, {
          token: user.token,
          json: { workflowState: 'approved' },
        })
      }
      const stored = await latest(collection, doc.id)
      expect(stored).toMatchObject({ _status: 'draft', workflowState: 'draft' })
      expect((await cms().http('GET', `/api/${collection}/${doc.id}`)).status).toBe(404)

      await driveTo(collection, doc.id, 'published', people)
      const versions = await cms().payload.findVersions({
        collection,
        where: { parent: { equals: doc.id } },
        sort: 'createdAt',
        depth: 0,
        overrideAccess: true,
      })
      const live = (await cms().http('GET', `/api/${collection}/${doc.id}?depth=0`)).body
      // A restore asked as a non-draft one (Payload's version view does that for a draft version)
      // is made a draft restore: the live version stays, the restored one is the latest draft.
      const restore = await cms().http(
        'POST',
        `/api/${collection}/versions/${versions.docs[0].id}`,
        { token: people.admin.token },
      )
      expect(restore.status).toBe(200)
      expect(await latest(collection, doc.id)).toMatchObject({ _status: 'draft' })
      const after = await cms().http('GET', `/api/${collection}/${doc.id}?depth=0`)
      expect(after.status).toBe(200)
      expect(after.body.updatedAt).toBe(live.updatedAt)
      const unpublish = await cms().http('PATCH', `/api/${collection}/${doc.id}`, {
        token: people.reviewer.token,
        json: { _status: 'draft' },
      })
      expect(unpublish.status).toBe(403)
      expect((await cms().http('GET', `/api/${collection}/${doc.id}`)).status).toBe(200)
    },
  )

  test('an edit of published content is a new draft version back in draft; the live version stays until re-approved', async () => {
    const doc = await makeItem('articles', people.editor, { title: '反间谍法解读' })
    await driveTo('articles', doc.id, 'published', people)
    const edit = await cms().http('PATCH', `/api/articles/${doc.id}?draft=true`, {
      token: people.editor.token,
      json: { title: '反间谍法解读（修订版）' },
    })
    expect(edit.status).toBe(200)
    expect(await latest('articles', doc.id)).toMatchObject({
      workflowState: 'draft',
      title: '反间谍法解读（修订版）',
      approvedBy: null,
    })
    expect((await cms().http('GET', `/api/articles/${doc.id}`)).body.title).toBe('反间谍法解读')

    const history = await cms().payload.find({
      collection: 'workflow-events',
      where: { and: [{ itemId: { equals: String(doc.id) } }, { event: { equals: 'edited' } }] },
      overrideAccess: true,
    })
    expect(history.docs[0]).toMatchObject({
      from: 'published',
      to: 'draft',
      actorId: String(people.editor.id),
    })

    await driveTo('articles', doc.id, 'published', people)
    expect((await cms().http('GET', `/api/articles/${doc.id}`)).body.title).toBe(
      '反间谍法解读（修订版）',
    )
  })

  test('an edit of approved content sends it back to draft', async () => {
    const doc = await makeItem('glossary-terms', people.editor)
    await driveTo('glossary-terms', doc.id, 'approved', people)
    await cms().http('PATCH', `/api/glossary-terms/${doc.id}?draft=true`, {
      token: people.otherEditor.token,
      json: { definition: '新的释义' },
    })
    expect(await latest('glossary-terms', doc.id)).toMatchObject({
      workflowState: 'draft',
      lastEditedBy: people.otherEditor.id,
    })
    expect((await act('glossary-terms', doc.id, 'publish', people.reviewer)).status).toBe(409)
  })
})

describe('the audit trail', () => {
  let rowId: string
  beforeAll(async () => {
    const doc = await makeItem('articles', people.editor)
    const res = await act('articles', doc.id, 'submit', people.editor, { comment: '请审核' })
    rowId = res.body.event.id
  })

  test('records item, version, from, to, actor, time and comment', async () => {
    const row = await cms().payload.findByID({
      collection: 'workflow-events',
      id: rowId,
      overrideAccess: true,
    })
    expect(row).toMatchObject({
      itemCollection: 'articles',
      action: 'submit',
      event: 'submitted',
      from: 'draft',
      to: 'in_review',
      actorId: String(people.editor.id),
      comment: '请审核',
    })
    expect(row.version).toBeTruthy()
    expect(Date.parse(row.at)).toBeGreaterThan(Date.now() - 60_000)
  })

  test('cannot be changed or deleted over REST or GraphQL, by anyone, admins included', async () => {
    for (const user of [people.admin, people.reviewer]) {
      expect(
        (
          await cms().http('PATCH', `/api/workflow-events/${rowId}`, {
            token: user.token,
            json: { comment: '篡改' },
          })
        ).status,
      ).toBe(403)
      expect(
        (await cms().http('DELETE', `/api/workflow-events/${rowId}`, { token: user.token })).status,
      ).toBe(403)
      expect(
        (
          await cms().http('PATCH', `/api/workflow-events?where[id][equals]=${rowId}`, {
            token: user.token,
            json: { comment: '篡改' },
          })
        ).body.errors?.length,
      ).toBeGreaterThan(0)
      expect(
        (
          await cms().http('POST', '/api/workflow-events', {
            token: user.token,
            json: {
              itemCollection: 'articles',
              itemId: '1',
              action: 'publish',
              event: 'published',
              at: new Date().toISOString(),
            },
          })
        ).status,
      ).toBe(403)
      const gqlUpdate = await cms().graphql(
        `mutation { updateWorkflowEvent(id: ${JSON.stringify(rowId)}, data: { comment: "篡改" }) { id } }`,
        {},
        user.token,
      )
      expect(gqlUpdate.body.errors?.length).toBeGreaterThan(0)
      const gqlDelete = await cms().graphql(
        `mutation { deleteWorkflowEvent(id: ${JSON.stringify(rowId)}) { id } }`,
        {},
        user.token,
      )
      expect(gqlDelete.body.errors?.length).toBeGreaterThan(0)
    }
    const row = await cms().payload.findByID({
      collection: 'workflow-events',
      id: rowId,
      overrideAccess: true,
    })
    expect(row.comment).toBe('请审核')
  })

  test('cannot be changed or deleted through the Local API, with an admin user or even without access control', async () => {
    const admin = await cms().payload.findByID({
      collection: 'users',
      id: people.admin.id,
      overrideAccess: true,
    })
    const tamper = (options: { overrideAccess?: boolean } = {}) =>
      cms().payload.update({
        collection: 'workflow-events',
        id: rowId,
        data: { comment: '篡改' },
        user: admin,
        ...options,
      })
    await expect(tamper({ overrideAccess: false })).rejects.toThrow()
    await expect(tamper()).rejects.toThrow(/cannot be changed|不可修改/)
    await expect(
      cms().payload.delete({ collection: 'workflow-events', id: rowId, user: admin }),
    ).rejects.toThrow(/cannot be changed|不可修改/)
    await expect(
      cms().payload.delete({ collection: 'workflow-events', where: { id: { equals: rowId } } }),
    ).rejects.toThrow()
    await expect(
      cms().payload.create({
        collection: 'workflow-events',
        data: {
          itemCollection: 'articles',
          itemId: '1',
          // A valid action and event: the refusal comes from the guard, not from the options.
          action: 'submit',
          event: 'submitted',
          at: new Date().toISOString(),
        },
      }),
    ).rejects.toThrow(/written by the workflow|只能由审核流程写入/)
    const row = await cms().payload.findByID({
      collection: 'workflow-events',
      id: rowId,
      overrideAccess: true,
    })
    expect(row.comment).toBe('请审核')
  })
})

describe('what anonymous readers see', () => {
  test('drafts, review comments, the audit trail, the queue and the workflow fields stay hidden', async () => {
    const doc = await makeItem('articles', people.editor, { title: '审核中的文章' })
    await act('articles', doc.id, 'submit', people.editor, { assignee: people.reviewer.id })
    await cms().http('POST', '/api/review-comments', {
      token: people.reviewer.token,
      json: { itemCollection: 'articles', itemId: String(doc.id), body: '内部意见：出处待核' },
    })

    expect((await cms().http('GET', `/api/articles/${doc.id}`)).status).toBe(404)
    expect(
      (await cms().http('GET', `/api/articles?where[id][equals]=${doc.id}&draft=true`)).body.docs,
    ).toHaveLength(0)
    const comments = await cms().http('GET', '/api/review-comments')
    expect(comments.status).toBe(403)
    expect(comments.text).not.toContain('内部意见')
    expect((await cms().http('GET', '/api/workflow-events')).status).toBe(403)
    const gql = await cms().graphql(
      '{ ReviewComments { docs { body } } WorkflowEvents { docs { comment } } }',
    )
    expect(JSON.stringify(gql.body.data ?? {})).not.toContain('内部意见')
    expect((await cms().http('GET', '/api/workflow/queue')).status).toBe(401)
    expect((await cms().http('GET', `/api/articles/${doc.id}/workflow`)).status).toBe(401)

    const other = await act('articles', doc.id, 'approve', people.otherReviewer)
    expect(other.status).toBe(200)
    expect((await act('articles', doc.id, 'publish', people.otherReviewer)).status).toBe(200)
    const live = await cms().http('GET', `/api/articles/${doc.id}`)
    expect(live.status).toBe(200)
    for (const field of [
      'workflowState',
      'assignee',
      'submittedBy',
      'lastEditedBy',
      'approvedBy',
      'dueDate',
      'scheduledFor',
    ])
      expect(live.body).not.toHaveProperty(field)
    expect(live.text).not.toContain('内部意见')
  })
})

describe('review queue', () => {
  test('filters by state, assignee and overdue, and names a bad parameter', async () => {
    const overdue = await makeItem('qa-entries', people.editor)
    await act('qa-entries', overdue.id, 'submit', people.editor, {
      assignee: people.otherReviewer.id,
      dueDate: new Date(Date.now() - 3600_000).toISOString(),
    })
    const later = await makeItem('articles', people.editor)
    await act('articles', later.id, 'submit', people.editor, {
      assignee: people.otherReviewer.id,
      dueDate: new Date(Date.now() + 86400_000).toISOString(),
    })

    const mine = await cms().http('GET', '/api/workflow/queue?state=in_review&assignee=me', {
      token: people.otherReviewer.token,
    })
    expect(mine.status).toBe(200)
    expect(mine.body.docs.map((item: { id: string }) => item.id)).toEqual([
      String(overdue.id),
      String(later.id),
    ])
    const late = await cms().http('GET', '/api/workflow/queue?assignee=me&overdue=true', {
      token: people.otherReviewer.token,
    })
    expect(late.body.docs).toEqual([
      expect.objectContaining({
        collection: 'qa-entries',
        id: String(overdue.id),
        overdue: true,
        state: 'in_review',
      }),
    ])

    const bad = await cms().http('GET', '/api/workflow/queue?state=pending', {
      token: people.reviewer.token,
    })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain('state')

    const notReviewer = await act(
      'articles',
      (await makeItem('articles', people.editor)).id,
      'submit',
      people.editor,
      { assignee: people.otherEditor.id },
    )
    expect(notReviewer.status).toBe(400)
    expect(notReviewer.body.failures).toEqual([expect.objectContaining({ field: 'assignee' })])
  })
})

describe('corrections and retractions', () => {
  test('a correction goes through review, is public once published and emits "corrected"; a retraction hides the body', async () => {
    const { onWorkflowEvent } = await cms().load('src/workflow/events.ts')
    const seen: { type: string; itemId: string }[] = []
    const stop = onWorkflowEvent((event: { type: string; itemId: string }) => {
      seen.push(event)
    })
    try {
      const doc = await makeItem('articles', people.editor, { title: '保密工作常识' })
      await driveTo('articles', doc.id, 'published', people)
      const correction = {
        text: '原文称该法于2014年施行，应为2015年。',
        date: new Date().toISOString(),
      }
      await cms().http('PATCH', `/api/articles/${doc.id}?draft=true`, {
        token: people.editor.token,
        json: { corrections: [correction] },
      })
      expect((await cms().http('GET', `/api/articles/${doc.id}`)).body.corrections).toEqual([])
      await driveTo('articles', doc.id, 'published', people)
      const live = await cms().http('GET', `/api/articles/${doc.id}`)
      expect(live.body.corrections).toEqual([expect.objectContaining({ text: correction.text })])
      expect(
        seen.filter((event) => event.itemId === String(doc.id)).map((event) => event.type),
      ).toEqual([
        'submitted',
        'approved',
        'published',
        'edited',
        'submitted',
        'approved',
        'published',
        'corrected',
      ])

      await cms().http('PATCH', `/api/articles/${doc.id}?draft=true`, {
        token: people.editor.token,
        json: { retraction: { retracted: true, reason: '经核实，文中案例与事实不符。' } },
      })
      await driveTo('articles', doc.id, 'published', people)
      const retracted = await cms().http('GET', `/api/articles/${doc.id}`)
      expect(retracted.status).toBe(200)
      expect(retracted.body.body).toBeNull()
      expect(retracted.body.retraction).toMatchObject({
        retracted: true,
        reason: '经核实，文中案例与事实不符。',
      })
      expect(Date.parse(retracted.body.retraction.at)).toBeGreaterThan(0)
      const staff = await cms().http('GET', `/api/articles/${doc.id}`, {
        token: people.editor.token,
      })
      expect(staff.body.body).not.toBeNull()
      expect(
        seen
          .filter((event) => event.itemId === String(doc.id))
          .map((event) => event.type)
          .slice(-2),
      ).toEqual(['published', 'corrected'])
    } finally {
      stop()
    }
  })
})

test('collections without a workflow keep the simple rule: reviewers publish directly, editors cannot', async () => {
  const byEditor = await cms().http('POST', '/api/topics', {
    token: people.editor.token,
    json: { name: '编辑发布的专题', slug: `editor-topic-${Date.now()}`, _status: 'published' },
  })
  expect(byEditor.status).toBe(403)
  const byReviewer = await cms().http('POST', '/api/topics', {
    token: people.reviewer.token,
    json: { name: '审核发布的专题', slug: `reviewer-topic-${Date.now()}`, _status: 'published' },
  })
  expect(byReviewer.status).toBe(201)
  expect(byReviewer.body.doc._status).toBe('published')
})

describe('publishedAt', () => {
  test.each(['articles', 'qa-entries'] as const)(
    '%s: the first publish through the workflow stamps it; an edit published again keeps it',
    async (collection) => {
      const doc = await makeItem(collection, people.editor)
      expect(doc.publishedAt ?? null).toBeNull()
      await driveTo(collection, doc.id, 'published', people)
      const first = (await latest(collection, doc.id)).publishedAt
      expect(typeof first).toBe('string')
      expect(Number.isNaN(Date.parse(first))).toBe(false)

      const edit = await cms().http('PATCH', `/api/${collection}/${doc.id}?draft=true`, {
        token: people.editor.token,
        json:
          collection === 'articles'
            ? { summary: '修订后的摘要。' }
            : { question: '修订后的问题？' },
      })
      expect(edit.status).toBe(200)
      await driveTo(collection, doc.id, 'published', people)
      const again = await latest(collection, doc.id)
      expect(again.workflowState).toBe('published')
      expect(again.publishedAt).toBe(first)
    },
  )
})
