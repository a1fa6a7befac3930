/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Four-eyes counts everyone who edited the content since the last approval, not only the last
 * editor: a reviewer who rewrote the text cannot approve it after an editor changed one character.
 */
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'
import { WORKFLOW_COLLECTIONS } from '../../src/workflow/states.js'
import { act, crew, driveTo, latest, makeItem } from '../integration/workflow-helpers.js'
import type { Collection, Crew } from '../integration/workflow-helpers.js'

let people: Crew
beforeAll(async () => {
  people = await crew()
})

/** A content field of each collection and a value for it. */
const EDITS: Record<Collection, (text: string) => Record<string, unknown>> = {
  articles: (text) => ({ summary: text }),
  'qa-entries': (text) => ({ summary: text }),
  'glossary-terms': (text) => ({ definition: text }),
}

async function edit(collection: Collection, id: number | string, user: TestUser, text: string) {
  const res = await cms().http('PATCH', `/api/${collection}/${id}?draft=true&depth=0`, {
    token: user.token,
    json: EDITS[collection](text),
  })
  if (res.status !== 200) throw new Error(`edit failed: ${res.status} ${res.text}`)
}

const status = (collection: Collection, id: number | string, user: TestUser) =>
  cms().http('GET', `/api/${collection}/${id}/workflow`, { token: user.token })

describe.each(WORKFLOW_COLLECTIONS)('%s', (collection) => {
  test('a reviewer who rewrote the content cannot approve it after an editor touched it last', async () => {
    const { id } = await makeItem(collection, people.editor)
    await edit(collection, id, people.reviewer, '审核人重写的全部内容。')
    await edit(collection, id, people.otherEditor, '审核人重写的全部内容！')
    await driveTo(collection, id, 'in_review', people)

    const panel = await status(collection, id, people.reviewer)
    expect(panel.body.allowedActions.map((a: { action: string }) => a.action)).not.toContain(
      'approve',
    )
    const own = await act(collection, id, 'approve', people.reviewer)
    expect({ status: own.status, code: own.body.code }).toEqual({ status: 403, code: 'four-eyes' })
    const inChinese = await act(collection, id, 'approve', people.reviewer, {}, 'zh')
    expect(inChinese.body.message).toContain('四眼原则')
    expect((await latest(collection, id)).workflowState).toBe('in_review')

    // Another reviewer, who never edited it, may.
    const other = await act(collection, id, 'approve', people.otherReviewer)
    expect(other.status).toBe(200)
  })

  test('edits made before the last approval no longer count', async () => {
    const { id } = await makeItem(collection, people.editor)
    await edit(collection, id, people.reviewer, '审核人的早期修改。')
    await driveTo(collection, id, 'in_review', people)
    expect((await act(collection, id, 'approve', people.otherReviewer)).status).toBe(200)
    expect((await act(collection, id, 'publish', people.otherReviewer)).status).toBe(200)

    // A new round: only the editor edits, so the reviewer's old edit is out of it.
    await edit(collection, id, people.otherEditor, '发布后的更正。')
    expect((await act(collection, id, 'submit', people.editor)).status).toBe(200)
    const res = await act(collection, id, 'approve', people.reviewer)
    expect(res.status).toBe(200)
  })
})
