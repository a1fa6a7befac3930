/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { validate } from '@readme/openapi-parser'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import type { FormatsPlugin } from 'ajv-formats'
import { cms } from '../support/cms.js'
import { exitWithin, projectRoot, runScript, tempDir } from '../support/spawn.js'
import type { TestUser } from '../support/test-server.js'
import type { paths } from '../../types/delivery-api.js'
import {
  cited,
  createArticle,
  createImage,
  createSource,
  createTerm,
  createTopic,
  heading,
  p,
  root,
  run,
  slugsFor,
  updateArticle,
} from './delivery-fixtures.js'

const slug = slugsFor('oas')
const payload = () => cms().payload

/** An answer as the server sent it: status, headers and the (decoded) bytes. */
interface Answer {
  status: number
  headers: Headers
  body: Buffer
}

async function request(
  url: string,
  headers: Record<string, string> = {},
  base = cms().baseUrl,
): Promise<Answer> {
  const res = await fetch(`${base}${url}`, { headers })
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) }
}

let document: any
let editor: TestUser
let sourceAdmin: TestUser
let articleId: number | string
let tooLongId: number | string

beforeAll(async () => {
  const parent = await createTopic('国家安全', slug('parent'))
  const child = await createTopic('网络安全', slug('child'))
  await payload().update({ collection: 'topics', id: child, data: { parent } as never })
  const source = await createSource(`开放接口来源${run}`, true)
  const law = await payload().create({
    collection: 'laws',
    data: {
      name: '中华人民共和国网络安全法',
      shortName: '网络安全法',
      _status: 'published',
    } as never,
  })
  const cover = await createImage('网络安全宣传周')
  await createTerm(`接口术语${run}`, slug('term'), `接口术语${run}是用于测试的术语。`, {
    aliases: [`别名${run}`],
  })
  articleId = await createArticle({
    title: `开放接口文章${run}`,
    slug: slug('article'),
    kind: 'news',
    summary: '网络运营者应当履行网络安全保护义务。',
    byline: '本报记者 张三',
    tags: ['网络安全'],
    topics: [child],
    coverImage: cover,
    sources: [{ source, role: 'cites' }],
    body: root(
      heading('总则'),
      cited(`维护国家安全，接口术语${run}。`, source, '第十条'),
      p('网络运营者应当履行网络安全保护义务。'),
    ),
    publishedAt: '2024-11-02T08:00:00.000Z',
  })
  await updateArticle(articleId, {
    legalBasis: [{ law: law.id, article: '第十条', text: '国家保护网络安全。' }],
    corrections: [{ text: '更正了日期。', date: '2024-11-03T00:00:00.000Z' }],
  })
  await createArticle({
    title: `开放接口旧文${run}`,
    slug: slug('older'),
    topics: [child],
    body: root(p('较早的文章。')),
    publishedAt: '2024-10-01T08:00:00.000Z',
  })
  const retracted = await createArticle({
    title: `开放接口撤稿${run}`,
    slug: slug('retracted'),
    body: root(p('RETRACTED-BODY')),
  })
  await updateArticle(retracted, {
    retraction: { retracted: true, reason: '事实有误', at: '2024-11-05T00:00:00.000Z' },
  })
  tooLongId = await createArticle({
    title: `一个远远超过微信公众号三十二个字符标题上限的开放接口测试文章标题${run}`,
    slug: slug('too-long'),
    body: root(p('正文。')),
  })
  const set = await payload().create({
    collection: 'qa-sets',
    data: {
      title: `开放接口问答${run}`,
      slug: slug('qa'),
      summary: '记者问答',
      topics: [child],
      sources: [{ source, role: 'cites' }],
      _status: 'published',
    } as never,
  })
  await payload().create({
    collection: 'qa-entries',
    data: {
      question: '什么是网络安全？',
      slug: slug('qa1'),
      answer: root(cited('网络安全是国家安全的组成部分。', source)),
      set: set.id,
      position: 1,
      legalBasis: [{ law: law.id, article: '第一条' }],
      _status: 'published',
    } as never,
  })
  ;[editor, sourceAdmin] = await Promise.all([
    cms().createUser(['editor']),
    cms().createUser(['source-admin']),
  ])
  const served = await request('/v1/openapi.json')
  expect(served.status).toBe(200)
  document = JSON.parse(served.body.toString('utf8'))
})

describe('the document', () => {
  test('passes @readme/openapi-parser validation as OpenAPI 3.1, without warnings', async () => {
    expect(document.openapi).toBe('3.1.0')
    const result = await validate(structuredClone(document), { resolve: { external: false } })
    expect(result).toEqual({ valid: true, warnings: [], specification: 'OpenAPI' })
  })

  test('the validator refuses a broken document (a dangling $ref, a path parameter not declared)', async () => {
    const broken = structuredClone(document)
    broken.paths['/v1/articles'].get.responses['200'].content['application/json'].schema = {
      $ref: '#/components/schemas/NoSuchSchema',
    }
    broken.paths['/v1/articles/{slug}'].get.parameters = []
    const result = await validate(broken, { resolve: { external: false } })
    expect(result.valid).toBe(false)
  })

  test('names this server (SERVER_URL) and is cached and conditional like other delivery answers', async () => {
    const { deliverySettings } = await cms().load('src/delivery/settings.ts')
    expect(document.servers).toEqual([expect.objectContaining({ url: deliverySettings().apiUrl })])
    const first = await request('/v1/openapi.json')
    expect(first.headers.get('etag')).toMatch(/^W\/".+"$/)
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/)
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const again = await request('/v1/openapi.json', { 'if-none-match': first.headers.get('etag')! })
    expect(again.status).toBe(304)
    check('/v1/openapi.json', first)
    check('/v1/openapi.json', again)
  })

  test('has the CORS of /v1 (CORS_ORIGINS)', async () => {
    const { setServerEnv } = await cms().load('tests/integration/delivery-server-env.ts')
    const restore = setServerEnv({ CORS_ORIGINS: 'https://www.example.cn' })
    try {
      const allowed = await request('/v1/openapi.json', { origin: 'https://www.example.cn' })
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.example.cn')
      const other = await request('/v1/openapi.json', { origin: 'https://elsewhere.example' })
      expect(other.headers.get('access-control-allow-origin')).toBeNull()
    } finally {
      restore()
    }
  })

  test('takes no parameters: script is as unknown as any other', async () => {
    for (const query of ['script=hans', 'script=hant-tw', 'format=yaml']) {
      const answer = await request(`/v1/openapi.json?${query}`)
      expect([query, answer.status]).toEqual([query, 400])
      expect(json(answer).errors[0]).toMatchObject({ code: 'unknown_parameter' })
      check('/v1/openapi.json', answer)
    }
  })

  test('its article kinds are the ones the server’s config accepts', async () => {
    const { selectOptions } = await cms().load('src/delivery/routes/context.ts')
    const kinds: string[] = selectOptions(payload(), 'articles', 'kind')
    expect(kinds.length).toBeGreaterThan(0)
    expect(document.components.parameters.Kind.schema.enum).toEqual(kinds)
    expect(document.components.schemas.ArticleSummary.properties.kind.enum).toEqual(kinds)
  })

  test('every example validates against its schema', () => {
    let examples = 0
    for (const [template, item] of Object.entries<any>(document.paths))
      for (const [status, response] of Object.entries<any>(item.get.responses))
        for (const [mediaType, media] of Object.entries<any>(resolve(response).content ?? {})) {
          if (media.example === undefined || !media.schema) continue
          examples += 1
          const where = `${template} ${status} ${mediaType}`
          expect({ where, errors: schemaErrors(media.schema, media.example) }).toEqual({
            where,
            errors: [],
          })
        }
    // Each route's 200 has one, and the shared error responses theirs.
    expect(examples).toBeGreaterThan(Object.keys(document.paths).length)
  })
})

// ---- checking real answers against the document ----------------------------------------

/** `#/components/…` pointers into the served document. */
function resolve(node: any): any {
  if (!node?.$ref) return node
  const target = String(node.$ref)
    .replace(/^#\//, '')
    .split('/')
    .reduce((at: any, key) => at?.[key], document)
  if (target === undefined) throw new Error(`dangling $ref ${node.$ref}`)
  return resolve(target)
}

const COMPONENTS = 'https://delivery.example/openapi/components'
let ajv: Ajv2020 | undefined
const validators = new Map<string, ValidateFunction>()

/** A schema of the document with its component references pointed at the schema ajv holds. */
const forAjv = (schema: unknown) =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${COMPONENTS}#/$defs/`))

/** ajv's JSON Schema 2020-12 (OpenAPI 3.1's dialect), strict, with formats (uri, date-time). */
function schemaErrors(schema: unknown, value: unknown): string[] {
  if (!ajv) {
    // Union types (`["integer", "string"]` ids) are JSON Schema; strict mode otherwise forbids them.
    ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true })
    // ajv-formats is CommonJS (module.exports is the plugin): required, so ESM interop cannot wrap it.
    const addFormats: FormatsPlugin = createRequire(import.meta.url)('ajv-formats')
    addFormats(ajv)
    ajv.addSchema({ $id: COMPONENTS, $defs: forAjv(document.components.schemas) })
  }
  const key = JSON.stringify(schema)
  let validator = validators.get(key)
  if (!validator) {
    validator = ajv.compile(forAjv(schema))
    validators.set(key, validator)
  }
  if (validator(value)) return []
  return (validator.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  )
}

const json = (answer: Answer) => JSON.parse(answer.body.toString('utf8'))

/** Route (`/v1/articles/{slug}`) → the statuses of the answers checked against the document. */
const checked = new Map<string, Set<number>>()

/**
 * Checks a real answer of `template` against the document: its status is documented, its
 * Content-Type is one the document names for that status, its body validates against that
 * schema (JSON parsed; XML as text; PNG by signature), its required headers are present, and a
 * 304 has no body.
 */
function check(template: string, answer: Answer): any {
  const operation = document.paths[template]?.get
  expect({ template, documented: operation !== undefined }).toEqual({ template, documented: true })
  const documented = operation.responses[String(answer.status)]
  const status = `${template} ${answer.status}`
  expect({ status, documented: documented !== undefined }).toEqual({ status, documented: true })
  const response = resolve(documented)
  for (const [name, header] of Object.entries<any>(response.headers ?? {}))
    if (resolve(header).required)
      expect({ status, name, present: answer.headers.has(name) }).toEqual({
        status,
        name,
        present: true,
      })
  checked.set(template, (checked.get(template) ?? new Set()).add(answer.status))
  if (!response.content) {
    expect({ status, body: answer.body.length }).toEqual({ status, body: 0 })
    return undefined
  }
  const mediaType = String(answer.headers.get('content-type')).split(';')[0]!.trim()
  expect({ status, mediaType, documented: Object.keys(response.content) }).toEqual({
    status,
    mediaType,
    documented: expect.arrayContaining([mediaType]),
  })
  const { schema } = response.content[mediaType]
  if (mediaType === 'image/png') {
    expect(answer.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    return undefined
  }
  const body = /json$/.test(mediaType) ? json(answer) : answer.body.toString('utf8')
  expect({ status, errors: schemaErrors(schema, body) }).toEqual({ status, errors: [] })
  return body
}

/** Requests `url`, checks the answer against `template` and expects `status`. */
async function answerOf(
  template: string,
  url: string,
  status: number,
  headers: Record<string, string> = {},
): Promise<any> {
  const answer = await request(url, headers)
  expect([url, answer.status]).toEqual([url, status])
  return check(template, answer)
}

/** The same URL again with its ETag: a 304, checked too. */
async function notModified(template: string, url: string): Promise<void> {
  const first = await request(url)
  const again = await request(url, { 'if-none-match': String(first.headers.get('etag')) })
  expect([url, again.status]).toEqual([url, 304])
  check(template, again)
}

describe('every route’s real answers validate against the document', () => {
  test('/v1/articles: pages, filters, cursor, 304 and 400s', async () => {
    const template = '/v1/articles'
    const first = await answerOf(template, `/v1/articles?topic=${slug('child')}&limit=1`, 200)
    expect(first.items).toHaveLength(1)
    expect(first.nextCursor).toEqual(expect.any(String))
    const second = await answerOf(
      template,
      `/v1/articles?topic=${slug('child')}&limit=1&cursor=${first.nextCursor}&script=zh-TW`,
      200,
    )
    expect(second.script).toBe('hant-tw')
    await answerOf(template, `/v1/articles?kind=news&tag=${encodeURIComponent('网络安全')}`, 200)
    await notModified(template, '/v1/articles')
    await answerOf(template, '/v1/articles?page=2', 400)
    await answerOf(template, '/v1/articles?cursor=nope', 400)
    await answerOf(template, '/v1/articles?kind=novel', 400)
  })

  test('/v1/articles/{slug}: full, in Traditional, retracted, 404 and 400', async () => {
    const template = '/v1/articles/{slug}'
    const article = await answerOf(template, `/v1/articles/${slug('article')}`, 200)
    // What the fixtures put in is what the schema is checked on.
    expect(article.cover).toBeDefined()
    expect(article.citations).toHaveLength(1)
    expect(article.legalBasis).toHaveLength(1)
    expect(article.corrections).toHaveLength(1)
    expect(article.headings).toHaveLength(1)
    await answerOf(template, `/v1/articles/${slug('article')}?script=hant-hk`, 200)
    const retracted = await answerOf(template, `/v1/articles/${slug('retracted')}`, 200)
    expect(retracted.retraction).toMatchObject({ retracted: true, reason: '事实有误' })
    const missing = await answerOf(template, '/v1/articles/no-such-article', 404)
    expect(missing.errors[0]).toMatchObject({ code: 'not_found', value: 'no-such-article' })
    await answerOf(template, `/v1/articles/${slug('article')}?limit=1`, 400)
    await notModified(template, `/v1/articles/${slug('article')}`)
  })

  test('/v1/qa and /v1/qa/sets/{slug}', async () => {
    const list = await answerOf('/v1/qa', `/v1/qa?topic=${slug('child')}`, 200)
    expect(list.items).toHaveLength(1)
    await answerOf('/v1/qa', '/v1/qa?limit=0', 400)
    const set = await answerOf('/v1/qa/sets/{slug}', `/v1/qa/sets/${slug('qa')}`, 200)
    expect(set.entries[0].legalBasis).toHaveLength(1)
    await answerOf('/v1/qa/sets/{slug}', '/v1/qa/sets/no-such-set', 404)
  })

  test('/v1/glossary and /v1/glossary/{slug}', async () => {
    const glossary = await answerOf('/v1/glossary', '/v1/glossary', 200)
    expect(glossary.count).toBeGreaterThan(0)
    await answerOf('/v1/glossary', '/v1/glossary?topic=no-such-topic', 400)
    await answerOf('/v1/glossary/{slug}', `/v1/glossary/${slug('term')}?script=hant-tw`, 200)
    await answerOf('/v1/glossary/{slug}', '/v1/glossary/no-such-term', 404)
  })

  test('/v1/topics and /v1/topics/{slug}: parents, children, the next page', async () => {
    const topics = await answerOf('/v1/topics', '/v1/topics', 200)
    const child = topics.items.find((topic: any) => topic.slug === slug('child'))
    expect(child.parent).toMatchObject({ slug: slug('parent') })
    await answerOf('/v1/topics', '/v1/topics?limit=1', 400)
    const parent = await answerOf('/v1/topics/{slug}', `/v1/topics/${slug('parent')}`, 200)
    expect(parent.children).toEqual([expect.objectContaining({ slug: slug('child') })])
    const paged = await answerOf('/v1/topics/{slug}', `/v1/topics/${slug('child')}?limit=1`, 200)
    expect(paged.articles.next).toEqual(expect.any(String))
    await answerOf('/v1/topics/{slug}', '/v1/topics/no-such-topic', 404)
  })

  test('/v1/search: results, 400s, and the 503 before the index is built', async () => {
    const template = '/v1/search'
    const found = await answerOf(
      template,
      `/v1/search?q=${encodeURIComponent(`接口术语${run}`)}`,
      200,
    )
    expect(found.results.length).toBeGreaterThan(0)
    const empty = await answerOf(template, '/v1/search', 400)
    expect(empty.errors[0]).toMatchObject({ code: 'empty_query', parameter: 'q' })
    await answerOf(template, '/v1/search?q=x&type=video', 400)
    await answerOf(template, '/v1/search?q=x&sort=new', 400)
    const { searchBeforeItsIndex } = await cms().load('tests/integration/openapi-apps.ts')
    const app = await searchBeforeItsIndex(payload())
    try {
      const starting = await request('/v1/search?q=x', {}, app.baseUrl)
      expect(starting.status).toBe(503)
      expect(check(template, starting).errors[0]).toMatchObject({ code: 'search_not_ready' })
    } finally {
      app.close()
    }
  })

  test('/v1/wechat/feed', async () => {
    const feed = await answerOf('/v1/wechat/feed', `/v1/wechat/feed?topic=${slug('child')}`, 200)
    expect(feed.items[0].cover).not.toBeNull()
    await notModified('/v1/wechat/feed', '/v1/wechat/feed')
    await answerOf('/v1/wechat/feed', '/v1/wechat/feed?kind=news', 400)
  })

  test('/v1/wechat/articles/{id}: 200, 422 over a limit, 401, 403, 404, 400', async () => {
    const template = '/v1/wechat/articles/{id}'
    const auth = (user: TestUser) => ({ authorization: `JWT ${user.token}` })
    const ok = await answerOf(template, `/v1/wechat/articles/${articleId}`, 200, auth(editor))
    expect(ok.limits.ok).toBe(true)
    const over = await answerOf(template, `/v1/wechat/articles/${tooLongId}`, 422, auth(editor))
    expect(over.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'title' })]),
    )
    await answerOf(template, `/v1/wechat/articles/${articleId}`, 401)
    await answerOf(template, `/v1/wechat/articles/${articleId}`, 403, auth(sourceAdmin))
    await answerOf(template, '/v1/wechat/articles/999999999', 404, auth(editor))
    await answerOf(template, `/v1/wechat/articles/${articleId}?draft=1`, 400, auth(editor))
  })

  test('/v1/preview/{collection}/{id}: a draft article and term by token; 401, 403, 404', async () => {
    const template = '/v1/preview/{collection}/{id}'
    const { signPreviewToken } = await cms().load('src/delivery/draft-preview/token.ts')
    const tokenFor = (collection: string, id: unknown): string =>
      signPreviewToken(
        { collection, id: String(id), expiresAt: Math.floor(Date.now() / 1000) + 600 },
        payload().secret,
      )
    const draft = await createArticle({
      title: `开放接口草稿${run}`,
      slug: slug('draft'),
      body: root(p('尚未发布的正文。')),
      published: false,
    })
    const term = await createTerm(`接口草稿术语${run}`, slug('draft-term'), '尚未发布的定义。', {
      published: false,
    })
    const article = await answerOf(
      template,
      `/v1/preview/articles/${draft}?token=${tokenFor('articles', draft)}`,
      200,
    )
    expect(article.title).toBe(`开放接口草稿${run}`)
    await answerOf(
      template,
      `/v1/preview/glossary-terms/${term}?token=${tokenFor('glossary-terms', term)}&script=hant-tw`,
      200,
    )
    await answerOf(template, `/v1/preview/articles/${draft}`, 401)
    await answerOf(
      template,
      `/v1/preview/articles/${draft}?token=${tokenFor('articles', articleId)}`,
      403,
    )
    await answerOf(
      template,
      `/v1/preview/articles/999999999?token=${tokenFor('articles', 999999999)}`,
      404,
    )
  })

  test('the brand images', async () => {
    for (const path of ['/v1/brand/logo.png', '/v1/brand/image.png'])
      await answerOf(path, path, 200)
  })

  test('feeds, topic feeds and the sitemap', async () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
      await answerOf(`/feeds/${file}`, `/feeds/${file}?utm_source=test`, 200)
      await answerOf(`/feeds/${file}`, `/feeds/${file}?script=latin`, 400)
      await notModified(`/feeds/${file}`, `/feeds/${file}`)
      const topicFeed = `/feeds/topics/{slug}/${file}`
      await answerOf(topicFeed, `/feeds/topics/${slug('child')}/${file}?script=hant-tw`, 200)
      await answerOf(topicFeed, `/feeds/topics/no-such-topic/${file}`, 404)
    }
    await answerOf('/sitemap.xml', '/sitemap.xml', 200)
  })

  test('over the public rate limit: a 429 with Retry-After', async () => {
    const { rateLimitedDelivery } = await cms().load('tests/integration/openapi-apps.ts')
    const app = await rateLimitedDelivery(payload())
    try {
      expect((await request('/v1/articles', {}, app.baseUrl)).status).toBe(200)
      const refused = await request('/v1/articles', {}, app.baseUrl)
      expect(refused.status).toBe(429)
      expect(check('/v1/articles', refused).errors[0]).toMatchObject({ code: 'rate_limited' })
    } finally {
      app.close()
    }
  })
})

describe('the document and the server name the same routes', () => {
  test('every route of the document has a checked 2xx answer', () => {
    const unchecked = Object.keys(document.paths).filter(
      (template) => ![...(checked.get(template) ?? [])].some((status) => status < 300),
    )
    expect(unchecked).toEqual([])
  })

  test('every route the delivery and search routers serve is in the document', async () => {
    const { servedRoutes } = await cms().load('tests/integration/openapi-apps.ts')
    const served: string[] = await servedRoutes(payload())
    const documented = Object.entries<any>(document.paths).flatMap(([template, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${template}`),
    )
    expect([...served].sort()).toEqual([...documented].sort())
    // The routes of the README's table, in case a router stopped being walked above.
    expect(served).toEqual(
      expect.arrayContaining(
        [
          '/v1/articles',
          '/v1/articles/{slug}',
          '/v1/qa',
          '/v1/qa/sets/{slug}',
          '/v1/glossary',
          '/v1/glossary/{slug}',
          '/v1/topics',
          '/v1/topics/{slug}',
          '/v1/search',
          '/v1/wechat/feed',
          '/v1/wechat/articles/{id}',
          '/v1/brand/logo.png',
          '/v1/brand/image.png',
          '/v1/preview/{collection}/{id}',
          '/v1/openapi.json',
          '/feeds/rss.xml',
          '/feeds/atom.xml',
          '/feeds/feed.json',
          '/feeds/topics/{slug}/rss.xml',
          '/feeds/topics/{slug}/atom.xml',
          '/feeds/topics/{slug}/feed.json',
          '/sitemap.xml',
        ].map((template) => `GET ${template}`),
      ),
    )
  })
})

describe('consumer types', () => {
  test('types/delivery-api.d.ts is what npm run generate:openapi-types writes now', async () => {
    const out = path.join(tempDir('openapi-types-'), 'delivery-api.d.ts')
    // The script's command (package.json) into a temp file, with this test's environment: the
    // generator reads no delivery variable, so the file is the same on every machine.
    const generation = runScript('src/cli/generate-openapi-types.ts', {}, [out])
    const exit = await exitWithin(generation, 120_000)
    expect({ ...exit, output: generation.output() }).toEqual({
      code: 0,
      signal: null,
      output: expect.stringContaining('wrote'),
    })
    const regenerated = readFileSync(out, 'utf8')
    expect(regenerated).toContain("'/v1/articles/{slug}'")
    // A route change without regenerating fails here: run `npm run generate:openapi-types`.
    expect(readFileSync(path.join(projectRoot, 'types/delivery-api.d.ts'), 'utf8')).toBe(
      regenerated,
    )
  })

  test('the generated types describe what the server sends (checked by tsc)', async () => {
    type ArticlePage = paths['/v1/articles']['get']['responses'][200]['content']['application/json']
    const page: ArticlePage = json(await request('/v1/articles?limit=1'))
    const first: ArticlePage['items'][number] | undefined = page.items[0]
    expect(first?.api).toMatch(/\/v1\/articles\//)
  })
})
