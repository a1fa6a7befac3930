/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import * as cheerio from 'cheerio'
import { cms } from '../support/cms.js'
import { EVERY_NODE, everyNodeDocument, type EveryNodeTargets } from '../support/every-node.js'
import { blockId, relationship, root, type LexicalNode } from '../support/lexical.js'
import type { TestUser } from '../support/test-server.js'
import { rssItems } from '../unit/delivery/rss-items.js'
import { htmlProblems } from '../support/html-validity.js'
import {
  createArticle,
  createImage,
  createSource,
  createTerm,
  getJson,
  p,
  run,
  slugsFor,
} from './delivery-fixtures.js'

const slug = slugsFor('den')
const MEDIA_ALT = '全民国家安全教育日海报'
let editor: TestUser
let articleId: number | string
let targets: EveryNodeTargets

beforeAll(async () => {
  editor = await cms().createUser(['editor'])
  const sourceTitle = `保守国家秘密法${run}`
  const source = await createSource(sourceTitle, true)
  const term = await createTerm(`国家秘密${run}`, slug('term'), '关系国家安全和利益的事项。')
  const media = await createImage(MEDIA_ALT)
  const articleTitle = `保密法解读${run}`
  const target = await createArticle({
    title: articleTitle,
    slug: slug('target'),
    body: root(p('被链接的文章。')),
  })
  // Saved through the Local API with the editor's validation: a node or target the editor does
  // not offer fails here, not in delivery.
  articleId = await createArticle({
    title: `每种节点${run}`,
    slug: slug('all'),
    summary: '编辑器提供的每种节点',
    body: everyNodeDocument({ source, term, media, article: target, blockId }),
    coverImage: media,
    publishedAt: new Date(Date.now() + 30 * 60_000).toISOString(),
  })
  const targetPage = await getJson(`/v1/articles/${slug('target')}`)
  expect(targetPage.status).toBe(200)
  targets = {
    sourceTitle,
    articleTitle,
    articleUrl: targetPage.body.url,
    mediaAlt: MEDIA_ALT,
    termSlug: slug('term'),
  }
})

describe('GET /v1/articles/:slug', () => {
  let web: cheerio.CheerioAPI
  let plain: string
  beforeAll(async () => {
    const res = await getJson(`/v1/articles/${slug('all')}`)
    expect(res.status).toBe(200)
    web = cheerio.load(res.body.html, null, false)
    plain = res.body.text
  })

  test('the HTML of every node passes html-validate’s recommended rules', async () => {
    expect(await htmlProblems(web.html())).toEqual([])
  })

  test.each(EVERY_NODE.map((entry) => [entry.feature, entry] as const))(
    '%s: HTML and text',
    (_feature, entry) => {
      expect(entry.web(web, targets)).toBe(true)
      for (const word of entry.text(targets) ?? []) expect(plain).toContain(word)
    },
  )
})

test('/feeds/rss.xml: the item carries every node', async () => {
  const res = await cms().http('GET', '/feeds/rss.xml')
  expect(res.status).toBe(200)
  const item = rssItems(cheerio.load(res.text, { xml: true })).find(
    (entry) => entry.title === `每种节点${run}`,
  )
  expect(item).toBeDefined()
  const content = cheerio.load(item?.content ?? '', null, false)
  const missing = EVERY_NODE.filter((entry) => !entry.web(content, targets))
  expect(missing.map((entry) => entry.feature)).toEqual([])
})

test('WeChat preview: every node in the WeChat HTML', async () => {
  const res = await cms().http('GET', `/v1/wechat/articles/${articleId}`, { token: editor.token })
  expect(res.status).toBe(200)
  const wechat = cheerio.load(res.body.html, null, false)
  const missing = EVERY_NODE.filter((entry) => !entry.wechat(wechat, targets))
  expect(missing.map((entry) => entry.feature)).toEqual([])
})

describe('targets the editor does not offer are refused at save time', () => {
  // Payload's message names the node and the field ("relationship node failed to validate: 该字段有一个无效的选择。").
  const refusal = (node: string) => ({
    data: {
      errors: [
        expect.objectContaining({
          path: 'body',
          message: expect.stringMatching(new RegExp(`^${node} node failed to validate: `)),
        }),
      ],
    },
  })
  const save = (node: LexicalNode) =>
    createArticle({
      title: `拒绝${run}`,
      slug: slug(`refused-${blockId('r')}`),
      body: root(p('x'), node),
    })

  test('a relationship to users', async () => {
    await expect(save(relationship('users', editor.id))).rejects.toMatchObject(
      refusal('relationship'),
    )
  })

  test('an upload from evidence files', async () => {
    await expect(
      save({
        type: 'upload',
        relationTo: 'evidence-files',
        value: 1,
        fields: {},
        format: '',
        version: 3,
      }),
    ).rejects.toMatchObject(refusal('upload'))
  })
})
