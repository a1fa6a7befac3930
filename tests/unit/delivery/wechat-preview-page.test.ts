import {
  renderPreviewMessage,
  renderWeChatPreview,
  type WeChatPreviewPageProps,
} from '../../../src/delivery/preview/WeChatPreviewPage.js'
import type { WeChatDraftArticle } from '../../../src/delivery/wechat-draft.js'
import { attribute, childElements, htmlParseErrors, parseDocument } from '../../support/html.js'

const article: WeChatDraftArticle = {
  article_type: 'news',
  title: '反间谍 <script>alert(1)</script> & 安全',
  author: '国家安全"机关"',
  digest: '摘要',
  content:
    '<section style="color:#333"><p>正文<strong>重点</strong></p><ul><li>一</li></ul></section>',
  content_source_url: 'https://example.cn/articles/a?x=1&y=2',
  thumb_media_id: 'PREVIEW',
  need_open_comment: 0,
  only_fans_can_comment: 0,
}

const props = (overrides: Partial<WeChatPreviewPageProps> = {}): WeChatPreviewPageProps => ({
  article,
  violations: [],
  coverUrl: '/media/cover-900x383.png',
  publications: [],
  publish: { kind: 'unavailable', draft: false, needsReviewer: true },
  ...overrides,
})

function boxes(html: string) {
  const body = childElements(parseDocument(html), 'body')[0]
  if (!body) throw new Error('no <body>')
  return childElements(body)
}

test('the preview is a well-formed document: two WeChat-width boxes, the article in the second', () => {
  const html = renderWeChatPreview(props())
  expect(html.startsWith('<!doctype html><html lang="zh-Hans">')).toBe(true)
  expect(htmlParseErrors(html)).toEqual([])
  const [status, preview] = boxes(html)
  expect(boxes(html)).toHaveLength(2)
  expect(attribute(status!, 'style')).toContain('max-width:677px')
  expect(childElements(preview!).map((child) => child.tagName)).toEqual([
    'img',
    'h1',
    'div',
    'blockquote',
    'div',
    'p',
  ])
  // The WeChat body goes in verbatim, exactly as draft/add will receive it.
  expect(html).toContain(`<div>${article.content}</div>`)
})

test('text from the article is escaped, never markup', () => {
  const html = renderWeChatPreview(props())
  expect(html).not.toContain('<script>alert(1)</script>')
  expect(html).toContain('反间谍 &lt;script&gt;alert(1)&lt;/script&gt; &amp; 安全')
  expect(html).toContain('国家安全&quot;机关&quot;')
  expect(html).toContain('href="https://example.cn/articles/a?x=1&amp;y=2"')
})

test('reviewers get the publish button and a constant script admitted by nonce', () => {
  const html = renderWeChatPreview(
    props({ publish: { kind: 'button', url: '/api/articles/7/wechat-publish', nonce: 'n0nce' } }),
  )
  expect(htmlParseErrors(html)).toEqual([])
  expect(html).toContain('id="publish"')
  expect(html).toContain('data-url="/api/articles/7/wechat-publish"')
  expect(html).toContain('发布到微信公众号 · Publish to WeChat')
  const scripts = html.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? []
  expect(scripts).toHaveLength(1)
  expect(scripts[0]).toMatch(/^<script nonce="n0nce">/)
  expect(scripts[0]).not.toContain('/api/articles/7')
})

test('without the button, the page says why, in Chinese and English', () => {
  const draft = renderWeChatPreview(
    props({ publish: { kind: 'unavailable', draft: true, needsReviewer: true } }),
  )
  expect(draft).not.toContain('id="publish"')
  expect(draft).not.toContain('<script')
  expect(draft).toContain('草稿：发布到网站后才能发到微信。Draft: publish it on the website first.')
  expect(draft).toContain('发布到微信需要审核人角色。Publishing to WeChat needs the reviewer role.')
  const overLimits = renderWeChatPreview(
    props({ publish: { kind: 'unavailable', draft: false, needsReviewer: false } }),
  )
  expect(overLimits).not.toContain('Draft:')
  expect(overLimits).not.toContain('needs the reviewer role')
})

test('limits, missing cover and publication history', () => {
  const html = renderWeChatPreview(
    props({
      coverUrl: undefined,
      violations: [
        {
          field: 'title',
          unit: 'characters',
          limit: 32,
          actual: 40,
          overflow: 8,
          message: 'title is 40 characters, at most 32 allowed',
        },
      ],
      publications: [
        {
          id: 1,
          status: 'published',
          updatedAt: '2025-01-02T03:04:05.000Z',
          articleUrl: 'https://mp.weixin.qq.com/s/abc',
          failureReason: null,
        },
        {
          id: 2,
          status: 'failed',
          updatedAt: '2025-01-01T00:00:00.000Z',
          failureReason: '封面 <太大>',
        },
      ],
    }),
  )
  expect(htmlParseErrors(html)).toEqual([])
  expect(html).toContain('超出微信限制 · Over WeChat limits')
  // Each limit in Chinese as well as English, as the rest of the page.
  expect(html).toContain(
    '<li>标题40字，最多32字（超出8字）。 · title is 40 characters, at most 32 allowed</li>',
  )
  expect(html).toContain('没有封面图 · No cover image')
  expect(html).toContain('发布记录 · Publications')
  expect(html).toContain(
    '<li>published · 2025-01-02T03:04:05.000Z · <a href="https://mp.weixin.qq.com/s/abc">https://mp.weixin.qq.com/s/abc</a></li>',
  )
  expect(html).toContain('<li>failed · 2025-01-01T00:00:00.000Z · 封面 &lt;太大&gt;</li>')
  expect(renderWeChatPreview(props())).toContain('符合微信限制 · Within every WeChat limit')
})

test('message pages: log in, missing role, delivery errors', () => {
  const login = renderPreviewMessage({
    kind: 'login',
    loginUrl: '/admin/login?redirect=%2Fadmin-preview%2Fwechat%2F1&x=1',
  })
  expect(htmlParseErrors(login)).toEqual([])
  expect(login).toContain('<title>微信预览 · WeChat preview</title>')
  expect(login).toContain(
    '请先登录。Please <a href="/admin/login?redirect=%2Fadmin-preview%2Fwechat%2F1&amp;x=1">log in</a> first.',
  )
  expect(renderPreviewMessage({ kind: 'forbidden' })).toContain(
    '预览需要编辑、审核或管理员角色。The WeChat preview needs the editor, reviewer or admin role.',
  )
  const error = renderPreviewMessage({ kind: 'error', message: 'No article with id "<x>"' })
  expect(error).toContain('<p>No article with id &quot;&lt;x&gt;&quot;</p>')
})
