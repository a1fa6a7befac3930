/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'
import {
  serverEnvFor,
  startFakeWeChat,
  type FakeWeChat,
} from '../unit/delivery/fake-wechat-server.js'
import { createArticle, createImage, slugsFor } from './delivery-fixtures.js'
import { link, p, paragraph, root, text, upload } from './delivery-fixtures.js'

const slug = slugsFor('wxpub')
let wechat: FakeWeChat
let restoreEnv: () => void
let setServerEnv: (vars: Record<string, string | undefined>) => () => void
let editor: TestUser
let reviewer: TestUser
let cover: number | string
let bodyImage: number | string

type Publication = {
  id: number | string
  status: string
  errorLog?: Array<{ code?: number; step: string; message: string }>
  [key: string]: unknown
}

beforeAll(async () => {
  wechat = await startFakeWeChat()
  ;({ setServerEnv } = await cms().load('tests/integration/delivery-server-env.ts'))
  restoreEnv = setServerEnv({ ...serverEnvFor(wechat), WECHAT_MAX_ATTEMPTS: '3' })
  ;[editor, reviewer] = await Promise.all([
    cms().createUser(['editor']),
    cms().createUser(['reviewer']),
  ])
  cover = await createImage('微信封面', 1600, 900)
  bodyImage = await createImage('正文配图', 800, 600)
})
afterAll(async () => {
  restoreEnv()
  await wechat.close()
})

async function publishedArticle(name: string): Promise<number | string> {
  return createArticle({
    title: `保密法常识${name}`,
    slug: slug(name),
    summary: '保守国家秘密是每个公民的义务',
    byline: '国家保密局',
    coverImage: cover,
    body: root(
      p('国家秘密关系国家安全和利益。'),
      paragraph(text('参见'), link('https://www.gjbmj.gov.cn', '国家保密局网站')),
      upload(bodyImage),
    ),
  })
}

const request = (id: unknown, token?: string) =>
  cms().http('POST', `/api/articles/${id}/wechat-publish`, { token })

async function publication(id: number | string): Promise<Publication> {
  return (await cms().payload.findByID({
    collection: 'wechat-publications' as 'users',
    id,
    overrideAccess: true,
    depth: 0,
  })) as unknown as Publication
}

/** Runs the WeChat queue until the publication settles (what the cron does every few seconds in production). */
async function runUntilSettled(id: number | string, seen: string[] = []): Promise<Publication> {
  for (let i = 0; i < 20; i++) {
    await cms().payload.jobs.run({ queue: 'wechat', silent: true })
    const current = await publication(id)
    if (seen.at(-1) !== current.status) seen.push(current.status)
    if (current.status === 'published' || current.status === 'failed') return current
  }
  throw new Error(`publication ${id} did not settle: ${seen.join(' → ')}`)
}

test('only reviewers and admins, only published articles', async () => {
  const id = await publishedArticle('access')
  const draft = await createArticle({
    title: '未发布',
    slug: slug('draft'),
    coverImage: cover,
    body: root(p('草稿')),
    published: false,
  })
  expect((await request(id)).status).toBe(401)
  const asEditor = await request(id, editor.token)
  expect(asEditor.status).toBe(403)
  expect(asEditor.body.errors[0].message).toMatch(/reviewer|审核人/)
  const onDraft = await request(draft, reviewer.token)
  expect(onDraft.status).toBe(409)
  expect(onDraft.body.errors[0].message).toMatch(/published|发布/)
  expect((await request(999999999, reviewer.token)).status).toBe(404)
})

test('publish flow: cover material, body images, draft, submit, then status polling through the jobs queue', async () => {
  const id = await publishedArticle('flow')
  wechat.publishPolls = 2
  wechat.finalPublishStatus = 0
  const res = await request(id, reviewer.token)
  expect(res.status).toBe(202)
  const publicationId = res.body.publication.id
  expect(res.body.publication.status).toBe('queued')
  expect((await request(id, reviewer.token)).status).toBe(409)

  // The access token expires in the middle of the run: the client refreshes it and carries on.
  wechat.expireAllTokens()
  const seen: string[] = []
  const done = await runUntilSettled(publicationId, seen)
  expect(seen).toEqual(['publishing', 'published'])
  expect(done).toMatchObject({
    status: 'published',
    thumbMediaId: expect.stringMatching(/^MATERIAL_/),
    draftMediaId: expect.stringMatching(/^DRAFT_/),
    publishId: expect.any(String),
    articleUrl: expect.stringMatching(/^https:\/\/mp\.weixin\.qq\.com\/s\//),
    polls: 3,
  })
  expect(done.contentImages).toEqual([
    {
      id: expect.any(String),
      from: expect.stringMatching(/\/api\/media\/file\//),
      to: expect.stringMatching(/^http:\/\/mmbiz\.qpic\.cn\//),
    },
  ])

  const endpoints = wechat.uploads.map((u) => u.endpoint)
  expect(endpoints).toEqual(
    expect.arrayContaining(['/cgi-bin/material/add_material', '/cgi-bin/media/uploadimg']),
  )
  const [draft] = wechat.drafts.get(done.draftMediaId as string) as Array<Record<string, string>>
  expect(draft).toMatchObject({
    title: '保密法常识flow',
    author: '国家保密局',
    digest: '保守国家秘密是每个公民的义务',
    thumb_media_id: done.thumbMediaId,
  })
  expect(draft!.content_source_url).toMatch(new RegExp(`/articles/${slug('flow')}$`))
  expect(draft!.content).toContain('mmbiz.qpic.cn')
  expect(draft!.content).not.toContain('/api/media/file/')
  expect(draft!.content).toContain('参考资料')
  expect(wechat.calls.some((c) => c.path === '/cgi-bin/stable_token')).toBe(true)
})

test('45009 (rate limit) backs off and retries the step, resuming without re-uploading', async () => {
  const id = await publishedArticle('retry')
  wechat.publishPolls = 0
  const uploadsBefore = wechat.uploads.length
  wechat.rateLimitNextSubmit()
  const res = await request(id, reviewer.token)
  const seen: string[] = []
  const done = await runUntilSettled(res.body.publication.id, seen)
  expect(seen).toEqual(['retrying', 'publishing', 'published'])
  expect(done.attempts).toBe(1)
  expect(done.errorLog).toEqual([
    expect.objectContaining({
      step: 'freepublish/submit',
      code: 45009,
      message: expect.stringContaining('quota'),
    }),
  ])
  expect(wechat.uploads.length - uploadsBefore).toBe(2)
})

test('a failed publish and a non-retryable error stop with a readable reason', async () => {
  wechat.publishPolls = 1
  wechat.finalPublishStatus = 4
  const rejected = await runUntilSettled(
    (await request(await publishedArticle('rejected'), reviewer.token)).body.publication.id,
  )
  expect(rejected.status).toBe('failed')
  expect(rejected.failureReason).toBe('WeChat publish_status 4: rejected by platform review')
  expect(rejected.errorLog).toEqual([expect.objectContaining({ code: 4 })])
  wechat.finalPublishStatus = 0

  const restore = setServerEnv({ WECHAT_APP_SECRET: 'wrong-secret' })
  try {
    const id = (await request(await publishedArticle('badsecret'), reviewer.token)).body.publication
      .id
    const failed = await runUntilSettled(id)
    expect(failed.status).toBe('failed')
    expect(failed.attempts).toBe(1)
    expect(failed.failureReason).toMatch(/errcode 40125 \(invalid AppSecret\)/)
  } finally {
    restore()
  }
})

test('without WeChat settings the action says what to configure', async () => {
  const restore = setServerEnv({ WECHAT_APP_ID: undefined })
  try {
    const res = await request(await publishedArticle('unconfigured'), reviewer.token)
    expect(res.status).toBe(503)
    expect(res.body.errors[0].message).toContain('WECHAT_APP_ID')
  } finally {
    restore()
  }
})
