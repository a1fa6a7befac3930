/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Document locks belong to whoever holds them: another staff member cannot delete or rewrite
 * one (an admin can; taking a lock over for oneself, as the admin's "take over" does, stays
 * possible). And two editors saving whole documents no longer lose one update: a save made from
 * an older version than one somebody else saved since is a 409 naming that editor and time.
 */
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'
import { crew, makeItem } from '../integration/workflow-helpers.js'
import type { Crew } from '../integration/workflow-helpers.js'

let people: Crew
let roleless: TestUser
beforeAll(async () => {
  people = await crew()
  roleless = await cms().createUser([])
})

const LOCKS = '/api/payload-locked-documents'

async function lockBy(user: TestUser, id: number | string) {
  const res = await cms().http('POST', LOCKS, {
    token: user.token,
    json: {
      document: { relationTo: 'articles', value: id },
      user: { relationTo: 'users', value: user.id },
    },
  })
  if (res.status !== 201) throw new Error(`lock failed: ${res.status} ${res.text}`)
  return res.body.doc.id as number | string
}

const lockExists = async (lockId: number | string) =>
  (
    await cms().payload.count({
      collection: 'payload-locked-documents',
      where: { id: { equals: lockId } },
      overrideAccess: true,
    })
  ).totalDocs === 1

describe('document locks', () => {
  test("another editor cannot delete someone's lock, by id or in bulk", async () => {
    const { id } = await makeItem('articles', people.editor)
    const lock = await lockBy(people.editor, id)
    const byId = await cms().http('DELETE', `${LOCKS}/${lock}`, { token: people.otherEditor.token })
    expect([403, 404]).toContain(byId.status)
    const bulk = await cms().http('DELETE', `${LOCKS}?where[id][equals]=${lock}`, {
      token: people.reviewer.token,
    })
    expect(bulk.body?.docs ?? []).toEqual([])
    expect(await lockExists(lock)).toBe(true)

    // Its holder can, and so can an admin.
    expect(
      (await cms().http('DELETE', `${LOCKS}/${lock}`, { token: people.editor.token })).status,
    ).toBe(200)
    const other = await lockBy(people.otherEditor, id)
    expect(
      (await cms().http('DELETE', `${LOCKS}/${other}`, { token: people.admin.token })).status,
    ).toBe(200)
    expect(await lockExists(other)).toBe(false)
  })

  test('a lock cannot be given to someone else or created in their name', async () => {
    const { id } = await makeItem('articles', people.editor)
    const forged = await cms().http('POST', LOCKS, {
      token: people.otherEditor.token,
      json: {
        document: { relationTo: 'articles', value: id },
        user: { relationTo: 'users', value: people.editor.id },
      },
    })
    expect(forged.status).toBe(403)

    const lock = await lockBy(people.editor, id)
    const handedOn = await cms().http('PATCH', `${LOCKS}/${lock}`, {
      token: people.otherEditor.token,
      json: { user: { relationTo: 'users', value: people.reviewer.id } },
    })
    expect([403, 404]).toContain(handedOn.status)
    // Taking it over for oneself is the admin's "take over": the holder's editor is told.
    const takeOver = await cms().http('PATCH', `${LOCKS}/${lock}`, {
      token: people.otherEditor.token,
      json: { user: { relationTo: 'users', value: people.otherEditor.id } },
    })
    expect(takeOver.status).toBe(200)
  })

  test('users without a role neither read nor make locks', async () => {
    const { id } = await makeItem('articles', people.editor)
    await lockBy(people.editor, id)
    const read = await cms().http('GET', `${LOCKS}?depth=0`, { token: roleless.token })
    expect(read.body?.docs ?? []).toEqual([])
    const make = await cms().http('POST', LOCKS, {
      token: roleless.token,
      json: {
        document: { relationTo: 'articles', value: id },
        user: { relationTo: 'users', value: roleless.id },
      },
    })
    expect(make.status).toBe(403)
  })
})

describe('saves based on a stale version', () => {
  const read = async (id: number | string, user: TestUser) =>
    (await cms().http('GET', `/api/articles/${id}?draft=true&depth=0`, { token: user.token })).body

  const save = (
    id: number | string,
    user: TestUser,
    doc: Record<string, unknown>,
    language = 'en',
  ) =>
    cms().http('PATCH', `/api/articles/${id}?draft=true&depth=0`, {
      token: user.token,
      json: doc,
      headers: { 'accept-language': language },
    })

  test('the second of two whole-document saves from the same version is a 409 naming the first', async () => {
    const { id } = await makeItem('articles', people.editor)
    const mine = await read(id, people.editor)
    const theirs = await read(id, people.otherEditor)

    const first = await save(id, people.editor, { ...mine, summary: '编辑甲的摘要' })
    expect(first.status).toBe(200)
    const savedAt = first.body.doc.updatedAt

    const second = await save(id, people.otherEditor, { ...theirs, title: `${theirs.title}（改）` })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toContain('编辑甲')
    expect(second.body.errors[0].message).toContain(savedAt)
    expect(second.body.errors[0].data).toMatchObject({
      code: 'stale-version',
      editor: { name: '编辑甲' },
      updatedAt: savedAt,
    })
    const inChinese = await save(id, people.otherEditor, theirs, 'zh')
    expect(inChinese.status).toBe(409)
    expect(inChinese.body.errors[0].message).toMatch(/^未保存：编辑甲 于 .+ 保存了此文档的较新版本/)

    // Nothing was lost: the first save stands, and a save from the new version goes through.
    expect((await read(id, people.editor)).summary).toBe('编辑甲的摘要')
    const fresh = await read(id, people.otherEditor)
    const retry = await save(id, people.otherEditor, { ...fresh, title: `${fresh.title}（改）` })
    expect(retry.status).toBe(200)
    expect(retry.body.doc.summary).toBe('编辑甲的摘要')
  })

  test("one's own newer version is no conflict, and a save without updatedAt is not checked", async () => {
    const { id } = await makeItem('articles', people.editor)
    const base = await read(id, people.editor)
    expect((await save(id, people.editor, { ...base, summary: '第一次' })).status).toBe(200)
    expect((await save(id, people.editor, { ...base, summary: '第二次' })).status).toBe(200)
    const partial = await save(id, people.otherEditor, { summary: '只改摘要' })
    expect(partial.status).toBe(200)

    // Restoring an older version carries that version's updatedAt: it is no stale save.
    const versions = await cms().http(
      'GET',
      `/api/articles/versions?where[parent][equals]=${id}&sort=updatedAt&depth=0`,
      { token: people.editor.token },
    )
    const oldest = versions.body.docs[0].id
    const restore = await cms().http('POST', `/api/articles/versions/${oldest}?draft=true`, {
      token: people.editor.token,
    })
    expect(restore.status).toBe(200)
  })

  test('a workflow transition since the read counts as a newer version by its actor', async () => {
    const { id } = await makeItem('articles', people.editor)
    const stale = await read(id, people.editor)
    const submitted = await cms().http('POST', `/api/articles/${id}/workflow/submit`, {
      token: people.otherEditor.token,
      json: { assignee: people.reviewer.id },
    })
    expect(submitted.status).toBe(200)
    const res = await save(id, people.editor, { ...stale, assignee: null })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toContain('编辑乙')
  })
})
