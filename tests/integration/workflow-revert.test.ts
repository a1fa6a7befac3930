/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * "Revert to published" (issue 15, item 6): Payload's button re-saved the published document as a
 * publishing write and the publish guard answered editors with a developer's hint (draft=true).
 * Through the workflow (POST /api/{collection}/{id}/workflow-revert) it throws away the
 * unpublished changes in every locale, for anyone who may edit content, with messages in the
 * admin's language and a row in the audit trail.
 */
import { cms } from '../support/cms.js'
import { act, crew, driveTo, latest, makeItem, type Crew } from './workflow-helpers.js'
import type { TestUser } from '../support/test-server.js'

let people: Crew
beforeAll(async () => {
  people = await crew()
})

const revert = (id: number | string, user: TestUser, language = 'en') =>
  cms().http('POST', `/api/articles/${id}/workflow-revert`, {
    token: user.token,
    headers: { 'accept-language': language },
  })

const saveDraft = async (id: number | string, user: TestUser, json: object, locale = 'zh-Hans') => {
  const res = await cms().http('PATCH', `/api/articles/${id}?draft=true&depth=0&locale=${locale}`, {
    token: user.token,
    json,
  })
  expect(res.status).toBe(200)
}

test('an editor reverts a live article under review: every locale’s changes are discarded, the state is published again', async () => {
  const { id } = await makeItem('articles', people.editor)
  await driveTo('articles', id, 'published', people)
  const published = await latest('articles', id)
  await saveDraft(id, people.editor, { title: '未经审核的新标题' })
  await saveDraft(id, people.editor, { title: '未經審核的繁體標題' }, 'zh-Hant')
  await act('articles', id, 'submit', people.editor)
  expect((await latest('articles', id)).workflowState).toBe('in_review')

  const res = await revert(id, people.otherEditor, 'zh-CN')
  expect(res.status).toBe(200)
  expect(res.body.message).toBe('已还原到已发布的版本：未发布的修改已丢弃。')
  expect(res.body.state).toBe('published')

  const after = await latest('articles', id)
  expect(after.title).toBe(published.title)
  expect(after.workflowState).toBe('published')
  expect(after._status).toBe('published')
  // The other locale's draft went neither live nor into the latest version.
  const hant = await cms().payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    locale: 'zh-Hant',
    fallbackLocale: false,
    overrideAccess: true,
  })
  expect(hant.title).not.toBe('未經審核的繁體標題')
  const live = await cms().http('GET', `/api/articles/${id}?locale=zh-Hant&depth=0`)
  expect(live.body.title).not.toBe('未經審核的繁體標題')

  const events = await cms().payload.find({
    collection: 'workflow-events',
    where: { and: [{ itemId: { equals: String(id) } }, { action: { equals: 'revert' } }] },
    overrideAccess: true,
  })
  expect(events.docs).toEqual([
    expect.objectContaining({ event: 'reverted', from: 'in_review', to: 'published' }),
  ])
  expect(events.docs[0]?.actorId).toBe(String(people.otherEditor.id))
  // Nothing left to revert, and the panel's compare link has nothing to compare.
  const again = await revert(id, people.editor)
  expect(again.status).toBe(409)
  expect(again.body.message).toBe(
    'There are no unpublished changes: the latest version is the published one.',
  )
})

test('refusals are plain sentences in the admin’s language: nothing published, or a role that cannot edit', async () => {
  const { id } = await makeItem('articles', people.editor)
  const draft = await revert(id, people.editor, 'zh-CN')
  expect(draft.status).toBe(409)
  expect(draft.body.message).toBe('尚未发布：没有可还原的已发布版本。')
  await driveTo('articles', id, 'published', people)
  await saveDraft(id, people.editor, { summary: '新的摘要。' })
  const sourceAdmin = await revert(id, people.sourceAdmin)
  expect(sourceAdmin.status).toBe(403)
  expect(sourceAdmin.body.message).toBe(
    'Only an editor, a reviewer or an administrator can revert content.',
  )
  expect(sourceAdmin.body.message).not.toContain('draft=true')
  expect((await latest('articles', id)).summary).toBe('新的摘要。')
})
