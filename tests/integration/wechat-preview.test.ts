/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import * as cheerio from 'cheerio'
import { cms } from '../support/cms.js'
import { childElements, htmlParseErrors, parseDocument } from '../support/html.js'
import type { LexicalNode } from '../support/lexical.js'
import type { TestUser } from '../support/test-server.js'
import {
  createArticle,
  createImage,
  createTerm,
  createTopic,
  run,
  slugsFor,
} from './delivery-fixtures.js'
import { heading, link, p, paragraph, qaPair, root, text, upload } from './delivery-fixtures.js'

const slug = slugsFor('wxp')
let editor: TestUser
let reviewer: TestUser
let sourceAdmin: TestUser
let publishedId: number | string
let draftId: number | string
let tooLongId: number | string

const nestedList: LexicalNode = {
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: [
    { type: 'listitem', value: 1, version: 1, children: [text('第一项')] },
    {
      type: 'listitem',
      value: 2,
      version: 1,
      children: [
        {
          type: 'list',
          listType: 'number',
          tag: 'ol',
          start: 1,
          version: 1,
          children: [{ type: 'listitem', value: 1, version: 1, children: [text('子项')] }],
        },
      ],
    },
  ],
}

beforeAll(async () => {
  ;[editor, reviewer, sourceAdmin] = await Promise.all([
    cms().createUser(['editor']),
    cms().createUser(['reviewer']),
    cms().createUser(['source-admin']),
  ])
  const topic = await createTopic('微信专题', slug('topic'))
  const cover = await createImage('封面', 1600, 900)
  await createTerm(`反间谍安全防范${run}`, slug('term'), '防范间谍行为的工作。')
  const body = root(
    p(`反间谍安全防范${run}是每个公民的责任。`),
    heading('一、法律依据'),
    paragraph(
      text('详见'),
      link('https://www.npc.gov.cn/law', '全国人大网'),
      text('和'),
      link('https://mp.weixin.qq.com/s/abc', '公众号文章'),
    ),
    nestedList,
    qaPair('发现可疑情况怎么办？', '拨打12339举报。'),
    upload(cover),
  )
  publishedId = await createArticle({
    title: '反间谍安全防范指南',
    slug: slug('pub'),
    summary: '国家安全机关提示',
    byline: '国家安全部',
    body,
    coverImage: cover,
    topics: [topic],
    publishedAt: '2024-11-02T00:00:00Z',
  })
  draftId = await createArticle({
    title: '草稿预览',
    slug: slug('draft'),
    summary: '草稿摘要',
    body: root(p('草稿内容')),
    coverImage: cover,
    published: false,
  })
  tooLongId = await createArticle({
    title: '这是一个非常非常长的标题，用来测试微信标题长度限制是否被正确检查并报告出来',
    slug: slug('long'),
    summary: '摘要'.repeat(70),
    byline: '国家安全部有关负责人及本报记者联合署名',
    body: root(p('正文')),
    published: false,
  })
})

const preview = (id: unknown, token?: string) =>
  cms().http('GET', `/v1/wechat/articles/${id}`, { token })

test('the preview needs an editor, reviewer or admin', async () => {
  expect((await preview(publishedId)).status).toBe(401)
  expect((await preview(publishedId, sourceAdmin.token)).status).toBe(403)
  expect((await preview(publishedId, reviewer.token)).status).toBe(200)
  expect((await preview('999999999', editor.token)).status).toBe(404)
})

test('a draft can be previewed: the draft/add object and WeChat-safe HTML', async () => {
  const res = await preview(draftId, editor.token)
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('private, no-store')
  expect(res.body.status).toBe('draft')
  expect(res.body.article).toMatchObject({
    article_type: 'news',
    title: '草稿预览',
    digest: '草稿摘要',
    need_open_comment: 0,
  })
  expect(res.body.article.content_source_url).toMatch(new RegExp(`/articles/${slug('draft')}$`))
})

test('WeChat HTML: inline styles only, external links as footnotes under 参考资料, terms emphasised, flat lists', async () => {
  const res = await preview(publishedId, editor.token)
  expect(res.status).toBe(200)
  const { article, html, footnotes, limits } = res.body
  expect(limits.ok).toBe(true)
  expect(html).toBe(article.content)
  expect(article).toMatchObject({
    title: '反间谍安全防范指南',
    author: '国家安全部',
    digest: '国家安全机关提示',
    thumb_media_id: expect.any(String),
  })
  expect(article.pic_crop_235_1).toBe('0.000000_0.000000_1.000000_1.000000')
  expect(article.pic_crop_1_1).toMatch(/^0\.28\d+_0\.000000_0\.71\d+_1\.000000$/)
  const $ = cheerio.load(html)
  expect($('script, style').length).toBe(0)
  expect($('[class], [id]').length).toBe(0)
  const hrefs = $('a[href]')
    .map((_, el) => $(el).attr('href'))
    .get()
  expect(hrefs).toEqual(['https://mp.weixin.qq.com/s/abc'])
  expect(footnotes).toEqual([{ n: 1, url: 'https://www.npc.gov.cn/law', text: '全国人大网' }])
  expect($.text()).toContain('参考资料')
  expect($.text()).toContain('[1] 全国人大网：https://www.npc.gov.cn/law')
  expect($('strong').first().text()).toBe(`反间谍安全防范${run}`)
  expect($('li ul, li ol').length).toBe(0)
  expect($('h2').attr('style')).toContain('font-size')
  expect($('img').attr('src')).toMatch(/\/api\/media\/file\//)
  expect(html).toContain('发现可疑情况怎么办？')
})

test('limits: each overflow is named with its size and the allowed maximum', async () => {
  const res = await preview(tooLongId, editor.token)
  expect(res.status).toBe(422)
  const fields = res.body.errors.map((e: { field: string }) => e.field)
  expect(fields).toEqual(expect.arrayContaining(['title', 'author', 'digest', 'thumb_media_id']))
  const title = res.body.errors.find((e: { field: string }) => e.field === 'title')
  expect(title).toMatchObject({
    limit: 32,
    actual: [...'这是一个非常非常长的标题，用来测试微信标题长度限制是否被正确检查并报告出来']
      .length,
  })
  expect(title.message).toMatch(/title is \d+ characters, at most 32 allowed \(\d+ over\)/)
  expect(res.body.errors.find((e: { field: string }) => e.field === 'digest')).toMatchObject({
    limit: 128,
    actual: 140,
    overflow: 12,
  })
  expect(res.body.article.title).toBeTruthy()
})

test('the WeChat card feed: wide and square covers, cursor paging, published only', async () => {
  const res = await cms().http('GET', `/v1/wechat/feed?topic=${slug('topic')}&limit=1`)
  expect(res.status).toBe(200)
  expect(res.body.items).toHaveLength(1)
  const card = res.body.items[0]
  expect(card).toMatchObject({
    id: publishedId,
    title: '反间谍安全防范指南',
    digest: '国家安全机关提示',
    topic: expect.objectContaining({ slug: slug('topic') }),
  })
  expect(card.cover.wide).toMatch(/-900x383\.png$/)
  expect(card.cover.square).toMatch(/-500x500\.png$/)
  expect(res.body.nextCursor).toBeNull()
  const all = await cms().http('GET', '/v1/wechat/feed?limit=50')
  expect(all.text).not.toContain('草稿预览')
  const tw = await cms().http('GET', `/v1/wechat/feed?topic=${slug('topic')}&script=hant-tw`)
  expect(tw.body.items[0].title).toBe('反間諜安全防範指南')
})

test('the admin preview page renders at WeChat width for staff only, with the publish action for reviewers', async () => {
  const anonymous = await cms().http('GET', `/admin-preview/wechat/${publishedId}`)
  expect(anonymous.status).toBe(401)
  expect(anonymous.text).toContain('/admin/login?redirect=')
  expect(htmlParseErrors(anonymous.text)).toEqual([])
  const asEditor = await cms().http('GET', `/admin-preview/wechat/${publishedId}`, {
    token: editor.token,
  })
  expect(asEditor.status).toBe(200)
  expect(asEditor.headers.get('content-type')).toMatch(/^text\/html/)
  expect(asEditor.text).toContain('max-width:677px')
  expect(asEditor.text).toContain('反间谍安全防范指南')
  expect(asEditor.text).not.toContain('id="publish"')
  expect(asEditor.text).toContain(
    '发布到微信需要审核人角色。Publishing to WeChat needs the reviewer role.',
  )
  expect(htmlParseErrors(asEditor.text)).toEqual([])
  // The real WeChat body must not break out of its box (a stray end tag would close it early).
  const body = childElements(parseDocument(asEditor.text), 'body')[0]!
  expect(childElements(body).map((box) => box.tagName)).toEqual(['div', 'div'])
  expect(childElements(childElements(body)[1]!, 'p').length).toBeGreaterThan(0)
  const asReviewer = await cms().http('GET', `/admin-preview/wechat/${publishedId}`, {
    token: reviewer.token,
  })
  expect(asReviewer.text).toContain('id="publish"')
  expect(asReviewer.headers.get('content-security-policy')).toMatch(/script-src 'nonce-/)
  expect(asReviewer.text).toContain(`data-url="/api/articles/${publishedId}/wechat-publish"`)
  expect(htmlParseErrors(asReviewer.text)).toEqual([])
  const overLimits = await cms().http('GET', `/admin-preview/wechat/${tooLongId}`, {
    token: reviewer.token,
  })
  expect(overLimits.text).toContain('title is')
  expect(overLimits.text).not.toContain('id="publish"')
  expect(overLimits.text).toContain('超出微信限制 · Over WeChat limits')
  expect(htmlParseErrors(overLimits.text)).toEqual([])
})
