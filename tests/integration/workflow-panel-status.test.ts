/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * What the review panel is told (issue 15, item 6): why approve is missing for a reviewer who
 * created or edited the item (four-eyes), an approval gate that counts unresolved blocking
 * comments (so "all checks pass" never stands above a refusal), and which comments this user may
 * resolve (an editor's Resolve on someone else's comment ended in HTTP 403).
 */
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'
import { act, crew, driveTo, makeItem, type Crew } from './workflow-helpers.js'

let people: Crew
beforeAll(async () => {
  people = await crew()
})

const status = async (id: number | string, user: TestUser, language = 'en') => {
  const res = await cms().http('GET', `/api/articles/${id}/workflow`, {
    token: user.token,
    headers: { 'accept-language': language },
  })
  expect(res.status).toBe(200)
  return res.body
}

/** An edit of the article's draft over REST, as `user`. */
async function editDraft(id: number | string, user: TestUser, json: object) {
  const edited = await cms().http('PATCH', `/api/articles/${id}?draft=true&depth=0`, {
    token: user.token,
    json,
  })
  expect(edited.status).toBe(200)
}

test('a reviewer who created the item is told why approve is missing, in the admin language', async () => {
  const { id } = await makeItem('articles', people.reviewer)
  await act('articles', id, 'submit', people.reviewer)
  const body = await status(id, people.reviewer)
  expect(body.allowedActions.map((a: { action: string }) => a.action)).not.toContain('approve')
  expect(body.unavailableActions).toEqual([
    {
      action: 'approve',
      reason: 'four-eyes-created',
      message: 'You cannot approve it: you created it (four-eyes rule).',
    },
  ])
  const zh = await status(id, people.reviewer, 'zh-CN')
  expect(zh.unavailableActions[0].message).toBe('您不能批准：此内容由您创建（四眼原则）。')
  // Another reviewer may approve, and is told nothing of the kind.
  const other = await status(id, people.otherReviewer)
  expect(other.allowedActions.map((a: { action: string }) => a.action)).toContain('approve')
  expect(other.unavailableActions).toEqual([])
})

test('a reviewer who edited it since is told that reason', async () => {
  const { id } = await makeItem('articles', people.editor)
  await editDraft(id, people.reviewer, { summary: '审核人改写的摘要。' })
  await act('articles', id, 'submit', people.editor)
  const body = await status(id, people.reviewer)
  expect(body.unavailableActions).toEqual([
    expect.objectContaining({ action: 'approve', reason: 'four-eyes-edited' }),
  ])
})

test('an unresolved blocking comment fails the approval gate the panel shows; resolving it passes', async () => {
  const { id } = await makeItem('articles', people.editor)
  await act('articles', id, 'submit', people.editor)
  const comment = await cms().http('POST', '/api/review-comments', {
    token: people.reviewer.token,
    json: { itemCollection: 'articles', itemId: String(id), body: '出处需要核实', blocking: true },
  })
  expect(comment.status).toBe(201)
  const blocked = await status(id, people.otherReviewer)
  expect(blocked.gate.ok).toBe(true)
  expect(blocked.approvalGate.ok).toBe(false)
  expect(blocked.approvalGate.failures).toEqual([
    expect.objectContaining({
      check: 'blocking-comment',
      message: expect.stringContaining('出处需要核实'),
    }),
  ])
  // The server refuses the approval for the same reason the panel now shows.
  const refused = await cms().http('POST', `/api/articles/${id}/workflow/approve`, {
    token: people.otherReviewer.token,
    json: {},
  })
  expect(refused.status).toBe(400)
  const resolved = await cms().http('PATCH', `/api/review-comments/${comment.body.doc.id}`, {
    token: people.reviewer.token,
    json: { resolved: true },
  })
  expect(resolved.status).toBe(200)
  expect((await status(id, people.otherReviewer)).approvalGate.ok).toBe(true)
})

test('each comment says whether this user may resolve it, as the server decides', async () => {
  const { id } = await makeItem('articles', people.editor)
  const post = (user: TestUser, body: string) =>
    cms().http('POST', '/api/review-comments', {
      token: user.token,
      json: { itemCollection: 'articles', itemId: String(id), body },
    })
  const own = await post(people.editor, '编辑自己的意见')
  const reviewers = await post(people.reviewer, '审核人的意见')
  const forEditor = await status(id, people.editor)
  const flags = Object.fromEntries(
    forEditor.comments.map((c: { body: string; canResolve: boolean }) => [c.body, c.canResolve]),
  )
  expect(flags).toEqual({ 编辑自己的意见: true, 审核人的意见: false })
  // …and the server agrees: the editor's Resolve on the reviewer's comment is refused.
  const tryResolve = await cms().http('PATCH', `/api/review-comments/${reviewers.body.doc.id}`, {
    token: people.editor.token,
    json: { resolved: true },
  })
  expect(tryResolve.status).toBe(403)
  expect(own.status).toBe(201)
  const forReviewer = await status(id, people.otherReviewer)
  expect(forReviewer.comments.every((c: { canResolve: boolean }) => c.canResolve)).toBe(true)
})

test('the versions to compare: the latest (submitted) one against the live one, once something is live', async () => {
  const { id } = await makeItem('articles', people.editor)
  const draftOnly = await status(id, people.reviewer)
  expect(draftOnly.versions.latest).toEqual(expect.any(String))
  expect(draftOnly.versions.published).toBeUndefined()
  await driveTo('articles', id, 'published', people)
  const live = await status(id, people.reviewer)
  // Just published: the latest version is the live one, nothing to compare.
  expect(live.versions.published).toBe(live.versions.latest)
  await editDraft(id, people.editor, { title: '修改后的标题' })
  await act('articles', id, 'submit', people.editor)
  const submitted = await status(id, people.reviewer)
  expect(submitted.versions.published).toBe(live.versions.published)
  expect(submitted.versions.latest).not.toBe(live.versions.published)
  const liveDoc = await cms().payload.findByID({ collection: 'articles', id, depth: 0 })
  expect(liveDoc.title).not.toBe('修改后的标题')
  const [latestVersion, publishedVersion] = await Promise.all(
    [submitted.versions.latest, submitted.versions.published].map((versionId: string) =>
      cms().payload.findVersionByID({ collection: 'articles', id: versionId, depth: 0 }),
    ),
  )
  expect(latestVersion.version.title).toBe('修改后的标题')
  expect(publishedVersion.version._status).toBe('published')
  expect(publishedVersion.version.title).toBe(liveDoc.title)
})
