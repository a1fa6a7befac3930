/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'

let author: TestUser
let editor: TestUser
let reviewer: TestUser
let sourceAdmin: TestUser

beforeAll(async () => {
  author = await cms().createUser(['editor'], '王小明')
  editor = await cms().createUser(['editor'], '李编辑')
  reviewer = await cms().createUser(['reviewer'], '张审核')
  sourceAdmin = await cms().createUser(['source-admin'], '赵来源')
})

test('staff read a colleague as id, name and roles, never the e-mail or anything else', async () => {
  for (const reader of [editor, reviewer, sourceAdmin]) {
    const one = await cms().http('GET', `/api/users/${author.id}`, { token: reader.token })
    expect(one.status).toBe(200)
    expect(one.body).toEqual({ id: author.id, name: '王小明', roles: ['editor'] })

    const list = await cms().http('GET', `/api/users?limit=100`, { token: reader.token })
    expect(list.status).toBe(200)
    const listed = list.body.docs.find((doc: { id: number }) => doc.id === author.id)
    expect(listed).toEqual({ id: author.id, name: '王小明', roles: ['editor'] })
    expect(JSON.stringify(list.body)).not.toContain(author.email)
  }
})

test('staff cannot find a colleague by e-mail address', async () => {
  const res = await cms().http(
    'GET',
    `/api/users?where[email][equals]=${encodeURIComponent(author.email)}`,
    { token: editor.token },
  )
  expect(res.body.docs ?? []).toEqual([])
  expect(JSON.stringify(res.body)).not.toContain(author.email)
})

test('an article populated with its creator shows the name to another editor', async () => {
  const created = await cms().http('POST', '/api/articles?draft=true&depth=0', {
    token: author.token,
    json: { title: '谁写的这篇', kind: 'explainer' },
  })
  expect(created.status).toBe(201)
  const read = await cms().http('GET', `/api/articles/${created.body.doc.id}?draft=true&depth=1`, {
    token: editor.token,
  })
  expect(read.status).toBe(200)
  expect(read.body.createdBy).toEqual({ id: author.id, name: '王小明', roles: ['editor'] })
})

test('GraphQL gives staff the name and refuses the e-mail', async () => {
  const res = await cms().graphql(`{ User(id: ${author.id}) { id name email } }`, {}, editor.token)
  expect(res.body.data?.User?.name).toBe('王小明')
  expect(res.body.data?.User?.email ?? null).toBeNull()
})

test('an account still reads its own e-mail; admins read everyone', async () => {
  const me = await cms().http('GET', `/api/users/${author.id}`, { token: author.token })
  expect(me.body.email).toBe(author.email)
  const admin = await cms().createUser(['admin'], '管理员')
  const byAdmin = await cms().http('GET', `/api/users/${author.id}`, { token: admin.token })
  expect(byAdmin.body.email).toBe(author.email)
})

test('a user without a role reads only themself; anonymous callers read nobody', async () => {
  const nobody = await cms().createUser([], '无角色')
  const other = await cms().http('GET', `/api/users/${author.id}`, { token: nobody.token })
  expect(other.status).toBe(404)

  const anonymousOne = await cms().http('GET', `/api/users/${author.id}`)
  expect(anonymousOne.status).toBe(403)
  const anonymousList = await cms().http('GET', '/api/users')
  expect(anonymousList.status).toBe(403)
  expect(JSON.stringify(anonymousList.body)).not.toContain('王小明')
})
