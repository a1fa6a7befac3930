/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'

let editor: TestUser
beforeAll(async () => {
  editor = await cms().createUser(['editor'])
})

test('a glossary term gets pinyin, a polyphone-correct sort key and a pinyin slug', async () => {
  const res = await cms().http('POST', '/api/glossary-terms?draft=true&depth=0', {
    token: editor.token,
    json: { term: '银行卡诈骗', definition: '以银行卡为工具的诈骗。' },
  })
  expect(res.status).toBe(201)
  expect(res.body.doc.pinyin).toBe('yín háng kǎ zhà piàn')
  expect(res.body.doc.pinyinSortKey).toMatch(/^yin hang ka zha pian\|/)
  expect(res.body.doc.slug).toMatch(/^yin-hang-ka-zha-pian(-\d+)?$/)
})

test('the same term in the other script is refused with a message naming the field', async () => {
  // Other test files in this worker share the database: make the pair unique to this test.
  const suffix = `${process.pid}${Date.now() % 100000}`
  const first = await cms().http('POST', '/api/glossary-terms?draft=true', {
    token: editor.token,
    json: { term: `国家秘密${suffix}`, definition: '关系国家安全和利益的事项。' },
  })
  expect(first.status).toBe(201)
  const dup = await cms().http('POST', '/api/glossary-terms?draft=true', {
    token: editor.token,
    json: { term: `國家秘密${suffix}`, definition: '重複的術語。' },
    headers: { 'accept-language': 'en' },
  })
  expect(dup.status).toBe(400)
  expect(dup.body.errors[0].data.errors[0]).toMatchObject({ path: 'term' })
  expect(dup.body.errors[0].data.errors[0].message).toContain(`国家秘密${suffix}`)
})
