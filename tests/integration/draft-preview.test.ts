/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Website preview of drafts (issue 15, item 13): a signed, expiring token opens the latest
 * version of exactly one document at /v1/preview/:collection/:id, without a login; it is never
 * cached, never grants another document, and the public routes still show only what is published.
 */
import { cms } from '../support/cms.js'
import {
  createArticle,
  createTerm,
  getJson,
  p,
  root,
  run,
  slugsFor,
  updateArticle,
} from './delivery-fixtures.js'

const slug = slugsFor('pvw')
type Id = number | string
let draftId: Id
let publishedId: Id
let termId: Id

const tokenFor = async (collection: string, id: Id, expiresInSeconds = 600) => {
  const { signPreviewToken } = await cms().load('src/delivery/draft-preview/token.ts')
  const token: string = signPreviewToken(
    { collection, id: String(id), expiresAt: Math.floor(Date.now() / 1000) + expiresInSeconds },
    cms().payload.secret,
  )
  return token
}

beforeAll(async () => {
  draftId = await createArticle({
    title: `预览草稿${run}`,
    slug: slug('draft'),
    body: root(p('PREVIEW-DRAFT-BODY 草稿正文。')),
    published: false,
  })
  publishedId = await createArticle({
    title: `已发布文章${run}`,
    slug: slug('published'),
    body: root(p('PUBLISHED-BODY 已发布正文。')),
  })
  await updateArticle(
    publishedId,
    { body: root(p('NEWER-DRAFT-BODY 修改中的正文。')), _status: 'draft' },
    { draft: true },
  )
  termId = await createTerm(`预览术语${run}`, slug('term'), '尚未发布的定义TERM-DRAFT。', {
    published: false,
  })
})

test('a valid token opens the draft, uncached and not for indexing', async () => {
  const res = await getJson(
    `/v1/preview/articles/${draftId}?token=${await tokenFor('articles', draftId)}`,
  )
  expect(res.status).toBe(200)
  expect(res.body.title).toBe(`预览草稿${run}`)
  expect(res.body.html).toContain('PREVIEW-DRAFT-BODY')
  expect(res.headers.get('x-preview-status')).toBe('draft')
  expect(Date.parse(res.headers.get('x-preview-expires-at') ?? '')).toBeGreaterThan(Date.now())
  expect(res.headers.get('cache-control')).toBe('private, no-store')
  expect(res.headers.get('x-robots-tag')).toBe('noindex')
  // The public routes still know nothing of it.
  expect((await getJson(`/v1/articles/${slug('draft')}`)).status).toBe(404)
  expect((await getJson('/v1/articles?limit=50')).text).not.toContain('PREVIEW')
})

test('a published article previews its newer draft; the public route keeps the published text', async () => {
  const preview = await getJson(
    `/v1/preview/articles/${publishedId}?token=${await tokenFor('articles', publishedId)}`,
  )
  expect(preview.status).toBe(200)
  expect(preview.body.html).toContain('NEWER-DRAFT-BODY')
  const live = await getJson(`/v1/articles/${slug('published')}`)
  expect(live.body.html).toContain('PUBLISHED-BODY')
  expect(live.text).not.toContain('NEWER-DRAFT-BODY')
})

test('Traditional output works in preview too', async () => {
  const res = await getJson(
    `/v1/preview/articles/${draftId}?token=${await tokenFor('articles', draftId)}&script=hant-tw`,
  )
  expect(res.status).toBe(200)
  expect(res.body.title).toBe(`預覽草稿${run}`)
})

test('a glossary term draft previews', async () => {
  const res = await getJson(
    `/v1/preview/glossary-terms/${termId}?token=${await tokenFor('glossary-terms', termId)}`,
  )
  expect(res.status).toBe(200)
  expect(JSON.stringify(res.body)).toContain('TERM-DRAFT')
})

test.each([
  ['no token', async () => '', 401, 'preview_token_missing'],
  [
    'another document’s token',
    async () => tokenFor('articles', publishedId),
    403,
    'preview_token_other_document',
  ],
  ['an expired token', async () => tokenFor('articles', draftId, -1), 401, 'preview_token_expired'],
  [
    'a tampered token',
    async () => {
      const token = await tokenFor('articles', draftId)
      return `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`
    },
    401,
    'preview_token_forged',
  ],
  ['garbage', async () => 'not-a-token', 401, 'preview_token_malformed'],
])('%s is refused and shows nothing', async (_, token, status, code) => {
  const res = await getJson(`/v1/preview/articles/${draftId}?token=${await token()}`)
  expect(res.status).toBe(status)
  expect(res.body.errors[0].code).toBe(code)
  expect(res.text).not.toContain('PREVIEW-DRAFT-BODY')
})

test('a token for one collection does not open a document of another with the same id', async () => {
  const res = await getJson(
    `/v1/preview/glossary-terms/${draftId}?token=${await tokenFor('articles', draftId)}`,
  )
  expect(res.status).toBe(403)
})

test('the admin Preview button: a link for signed-in staff, in the PREVIEW_URL template', async () => {
  const { previewButton, previewUrl } = await cms().load('src/delivery/draft-preview/url.ts')
  const { verifyPreviewToken } = await cms().load('src/delivery/draft-preview/token.ts')
  const editor = await cms().createUser(['editor'])
  const user = await cms().payload.findByID({ collection: 'users', id: editor.id })
  const button = previewButton('articles')
  expect(await button({ id: draftId }, { req: { user: null, payload: cms().payload } })).toBeNull()
  const link: string = await button({ id: draftId }, { req: { user, payload: cms().payload } })
  expect(link).toMatch(new RegExp(`/v1/preview/articles/${draftId}\\?token=`))
  // The link it gives opens the draft.
  const res = await fetch(link.replace(/^https?:\/\/[^/]+/, cms().baseUrl))
  expect(res.status).toBe(200)

  const templated: string = previewUrl(
    'articles',
    { id: draftId, slug: slug('draft') },
    cms().payload.secret,
    {
      PREVIEW_URL: 'https://www.example.org/preview/{slug}?id={id}&t={token}',
      PREVIEW_TOKEN_TTL_MINUTES: '5',
    },
  )
  const url = new URL(templated)
  expect(url.origin + url.pathname).toBe(`https://www.example.org/preview/${slug('draft')}`)
  expect(url.searchParams.get('id')).toBe(String(draftId))
  const grant = verifyPreviewToken(url.searchParams.get('t') ?? '', cms().payload.secret)
  expect(grant).toMatchObject({ collection: 'articles', id: String(draftId) })
  expect(grant.expiresAt - Date.now() / 1000).toBeLessThanOrEqual(5 * 60)
})
