import sharp from 'sharp'
import { renderRichText } from '../../../src/delivery/lexical-html.js'
import {
  WeChatApiError,
  WeChatClient,
  WeChatPublishTimeoutError,
  WeChatRateLimitError,
  describePublishFailure,
} from '../../../src/delivery/wechat-client.js'
import { buildWeChatDraftArticle } from '../../../src/delivery/wechat-draft.js'
import { renderWeChatHtml } from '../../../src/delivery/wechat-render.js'
import { startFakeWeChat, type FakeWeChat } from './fake-wechat-server.js'
import { paragraph, qaPair, readSeed, root, text } from './seed-lexical.js'

let wechat: FakeWeChat
let clock: number

beforeEach(async () => {
  wechat = await startFakeWeChat()
  clock = Date.parse('2024-10-09T08:00:00Z')
})
afterEach(() => wechat.close())

function client(
  overrides: Partial<ConstructorParameters<typeof WeChatClient>[0]> = {},
): WeChatClient {
  return new WeChatClient({
    appId: wechat.appId,
    appSecret: wechat.appSecret,
    apiBase: wechat.baseUrl,
    now: () => clock,
    ...overrides,
  })
}

const tokenCalls = () => wechat.calls.filter((c) => c.path.endsWith('token')).length
const poster = () =>
  sharp({ create: { width: 900, height: 383, channels: 3, background: '#b71c1c' } })
    .png()
    .toBuffer()

test('the access token is fetched once, cached, and refreshed near expiry', async () => {
  const api = client({ tokenMarginSeconds: 300 })
  const [a, b] = await Promise.all([api.accessToken(), api.accessToken()])
  expect(a).toBe('ACCESS_TOKEN_1')
  expect(b).toBe(a)
  clock += (7200 - 301) * 1000
  expect(await api.accessToken()).toBe('ACCESS_TOKEN_1')
  clock += 2000
  expect(await api.accessToken()).toBe('ACCESS_TOKEN_2')
  expect(tokenCalls()).toBe(2)
  expect(wechat.calls[0]).toMatchObject({ method: 'POST', path: '/cgi-bin/stable_token' })
})

test('the classic token endpoint works too, and a wrong secret is a readable error', async () => {
  expect(await client({ tokenMode: 'classic' }).accessToken()).toBe('ACCESS_TOKEN_1')
  expect(wechat.calls[0]).toMatchObject({ method: 'GET', path: '/cgi-bin/token' })
  const failure = client({ appSecret: 'wrong' }).accessToken()
  await expect(failure).rejects.toThrow(WeChatApiError)
  await expect(failure).rejects.toThrow(
    'WeChat cgi-bin/stable_token failed: errcode 40125 (invalid AppSecret): invalid appsecret',
  )
})

test('a token rejected with 40001 or 42001 is refreshed and the call retried once', async () => {
  const api = client()
  const png = await poster()
  expect(await api.uploadImage(png, 'poster.png')).toBe('http://mmbiz.qpic.cn/mmbiz_png/fake1/0')
  wechat.invalidateTokensOnce()
  expect(await api.uploadImage(png, 'poster.png')).toBe('http://mmbiz.qpic.cn/mmbiz_png/fake2/0')
  wechat.expireAllTokens()
  expect(await api.uploadImage(png, 'poster.png')).toBe('http://mmbiz.qpic.cn/mmbiz_png/fake3/0')
  expect(tokenCalls()).toBe(3)
  const uploads = wechat.calls
    .filter((c) => c.path === '/cgi-bin/media/uploadimg')
    .map((c) => c.token)
  expect(uploads).toEqual([
    'ACCESS_TOKEN_1',
    'ACCESS_TOKEN_1',
    'ACCESS_TOKEN_2',
    'ACCESS_TOKEN_2',
    'ACCESS_TOKEN_3',
  ])
  // The multipart body arrived intact.
  expect(wechat.uploads[2]).toMatchObject({ filename: 'poster.png', type: 'image/png' })
  expect(wechat.uploads[2]!.bytes.equals(png)).toBe(true)
})

test('a token rejected twice in a row is not retried forever', async () => {
  const api = client()
  await api.accessToken()
  wechat.expireAllTokens()
  wechat.invalidateTokensOnce()
  // First call: 42001 → refresh → the fresh token hits the one-off 40001 → error surfaces.
  await expect(api.addDraft([])).rejects.toMatchObject({
    errcode: 40001,
    endpoint: 'cgi-bin/draft/add',
  })
  expect(tokenCalls()).toBe(2)
})

test('full flow: cover material, content images, draft, publish, polling until published', async () => {
  const api = client()
  const png = await poster()
  const cover = await api.addMaterialImage(png, 'cover.png')
  expect(cover).toEqual({
    mediaId: 'MATERIAL_1',
    url: 'http://mmbiz.qpic.cn/mmbiz_png/material1/0?wx_fmt=png',
  })

  const seed = readSeed('001_3725888e3f78c79b.txt')
  const question = /问：(为什么要制定规定？)/.exec(seed)![1]!
  const answer = /答：(制定规定是[^\n]+)/.exec(seed)![1]!
  const html = renderRichText(
    root(
      paragraph(text('国家安全部26日公布《反间谍安全防范工作规定》。')),
      {
        type: 'upload',
        value: {
          id: 1,
          url: 'https://example.org/media/poster.png',
          alt: '海报',
          mimeType: 'image/png',
        },
      },
      qaPair('q', question, answer),
    ),
  ).html
  const rendered = await renderWeChatHtml(html, {
    rewriteImageUrl: () => api.uploadImage(png, 'poster.png'),
  })
  expect(rendered.images[0]!.to).toMatch(/^http:\/\/mmbiz\.qpic\.cn\//)

  const article = buildWeChatDraftArticle({
    title: '国家安全部就《反间谍安全防范工作规定》答记者问',
    author: '国家安全部',
    digest: answer.slice(0, 60),
    html: rendered.html,
    thumbMediaId: cover.mediaId,
    contentSourceUrl: 'https://example.org/posts/1',
  })
  const draftId = await api.addDraft([article])
  expect(draftId).toBe('DRAFT_1')
  expect(wechat.drafts.get(draftId)).toEqual([article])

  const publishId = await api.submitPublish(draftId)
  expect(await api.getPublishStatus(publishId)).toMatchObject({ status: 'publishing', code: 1 })
  const done = await api.waitForPublish(publishId, { intervalMs: 10, timeoutMs: 2000 })
  expect(done).toMatchObject({
    status: 'success',
    code: 0,
    articleId: `ARTICLE_${publishId}`,
    articleUrl: `https://mp.weixin.qq.com/s/${publishId}`,
  })
  expect(wechat.calls.filter((c) => c.path === '/cgi-bin/freepublish/get')).toHaveLength(3)
  expect(tokenCalls()).toBe(1)
})

test('45009 raises a retryable rate-limit error; other errcodes a WeChatApiError naming the endpoint', async () => {
  const api = client()
  const png = await poster()
  const cover = await api.addMaterialImage(png, 'cover.png')
  const draftId = await api.addDraft([
    buildWeChatDraftArticle({
      title: '国家安全',
      html: '<p>正文</p>',
      thumbMediaId: cover.mediaId,
    }),
  ])
  wechat.rateLimitNextSubmit()
  const limited = await api.submitPublish(draftId).catch((e: unknown) => e)
  expect(limited).toBeInstanceOf(WeChatRateLimitError)
  expect(limited).toMatchObject({
    errcode: 45009,
    retryable: true,
    endpoint: 'cgi-bin/freepublish/submit',
  })
  expect((limited as Error).message).toBe(
    'WeChat cgi-bin/freepublish/submit failed: errcode 45009 (API daily quota reached): reach max api daily quota limit',
  )
  // Retrying later succeeds.
  expect(await api.submitPublish(draftId)).toMatch(/^\d+$/)

  const invalid = await api.submitPublish('NO_SUCH_DRAFT').catch((e: unknown) => e)
  expect(invalid).toBeInstanceOf(WeChatApiError)
  expect(invalid).not.toBeInstanceOf(WeChatRateLimitError)
  expect(invalid).toMatchObject({ errcode: 40007, errmsg: 'invalid media_id', retryable: false })
})

test('a failed publish reports its code; a slow one times out with the last status', async () => {
  const api = client()
  const cover = await api.addMaterialImage(await poster(), 'cover.png')
  const draftId = await api.addDraft([
    buildWeChatDraftArticle({
      title: '国家安全',
      html: '<p>正文</p>',
      thumbMediaId: cover.mediaId,
    }),
  ])
  wechat.publishPolls = 0
  wechat.finalPublishStatus = 4
  const failed = await api.waitForPublish(await api.submitPublish(draftId), { intervalMs: 10 })
  expect(failed).toMatchObject({ status: 'failed', code: 4, failedIndexes: [1] })
  expect(describePublishFailure(failed.code)).toBe('rejected by platform review')

  wechat.publishPolls = 1000
  const slow = await api
    .waitForPublish(await api.submitPublish(draftId), { intervalMs: 20, timeoutMs: 100 })
    .catch((e: unknown) => e)
  expect(slow).toBeInstanceOf(WeChatPublishTimeoutError)
  expect((slow as WeChatPublishTimeoutError).last.status).toBe('publishing')
})

test('a non-JSON answer (wrong apiBase path) is reported, not parsed', async () => {
  const api = new WeChatClient({
    appId: wechat.appId,
    appSecret: wechat.appSecret,
    apiBase: `${wechat.baseUrl}/wrong`,
  })
  await expect(api.accessToken()).rejects.toThrow(/HTTP 404, not JSON: <html>not found<\/html>/)
})
