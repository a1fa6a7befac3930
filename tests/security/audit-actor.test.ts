/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * The audit trail names the actor as their user record said at the time of the action: a name
 * only an administrator sets, read from the record — not a name the user gave themselves, nor
 * whatever the caller's user object carries.
 */
import { cms } from '../support/cms.js'
import { act, crew, makeItem } from '../integration/workflow-helpers.js'
import type { Crew } from '../integration/workflow-helpers.js'

let people: Crew
beforeAll(async () => {
  people = await crew()
})

async function actorNames(id: number | string): Promise<string[]> {
  const { docs } = await cms().payload.find({
    collection: 'workflow-events',
    where: {
      and: [{ itemCollection: { equals: 'articles' } }, { itemId: { equals: String(id) } }],
    },
    sort: 'at',
    overrideAccess: true,
  })
  return docs.map((event) => String(event.actorName))
}

test('a user cannot rename themselves (to pass as someone else in the audit trail)', async () => {
  const res = await cms().http('PATCH', `/api/users/${people.editor.id}`, {
    token: people.editor.token,
    json: { name: '管理员' },
  })
  const user = await cms().payload.findByID({
    collection: 'users',
    id: people.editor.id,
    overrideAccess: true,
  })
  // Payload leaves out a field the caller may not write: the save answers, the name stays.
  expect([200, 403]).toContain(res.status)
  expect(user.name).toBe('编辑甲')

  const { id } = await makeItem('articles', people.editor)
  expect((await act('articles', id, 'submit', people.editor)).status).toBe(200)
  expect(await actorNames(id)).toEqual(['编辑甲'])
})

test("the name comes from the user record, not from the caller's user object", async () => {
  const { runTransition } = await cms().load('src/workflow/transition.ts')
  const { id } = await makeItem('articles', people.editor)
  const record = await cms().payload.findByID({
    collection: 'users',
    id: people.otherEditor.id,
    overrideAccess: true,
  })
  await runTransition(cms().payload, {
    collection: 'articles',
    id,
    action: 'submit',
    user: { ...record, name: '审核乙' },
  })
  expect(await actorNames(id)).toEqual(['编辑乙'])
})

test('an administrator renames users; earlier entries keep the name of their time', async () => {
  const { id } = await makeItem('articles', people.editor)
  expect((await act('articles', id, 'submit', people.otherEditor)).status).toBe(200)
  const rename = await cms().http('PATCH', `/api/users/${people.otherEditor.id}`, {
    token: people.admin.token,
    json: { name: '编辑乙（调岗）' },
  })
  expect(rename.status).toBe(200)
  expect(rename.body.doc.name).toBe('编辑乙（调岗）')
  expect((await act('articles', id, 'withdraw', people.otherEditor)).status).toBe(200)
  expect(await actorNames(id)).toEqual(['编辑乙', '编辑乙（调岗）'])
  await cms().payload.update({
    collection: 'users',
    id: people.otherEditor.id,
    data: { name: '编辑乙' },
    overrideAccess: true,
  })
})
