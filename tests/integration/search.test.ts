/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { buildRichText } from '../../src/richtext/build.js'
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'
import { createTopic } from './delivery-fixtures.js'

// The worker's database is shared with other test files: every query below is scoped by a topic of this file.
const run = `${process.pid}-${Date.now().toString(36)}`
const TOPIC = `search-test-${run}`
const RANKING_TOPIC = `search-rank-${run}`

let editor: TestUser
let topicId: number | string
let rankingTopicId: number | string

type Status = 'draft' | 'published'

/** A published Q&A set, Q&A entry or glossary term in this file's topic, created as trusted server code. */
function publishedInTopic(
  collection: 'qa-sets' | 'qa-entries' | 'glossary-terms',
  data: Record<string, unknown>,
) {
  return cms().payload.create({
    collection,
    data: { ...data, topics: [topicId as number], _status: 'published' } as never,
    overrideAccess: true,
  })
}

async function article(
  title: string,
  body: string,
  {
    status = 'published',
    topic = topicId,
    publishedAt,
  }: { status?: Status; topic?: number | string; publishedAt?: string } = {},
) {
  return cms().payload.create({
    collection: 'articles',
    data: {
      title,
      kind: 'explainer',
      body: buildRichText(body.split('\n').map((text) => ({ type: 'paragraph', text }))),
      topics: [topic as number],
      publishedAt,
      _status: status,
    } as never,
    draft: status === 'draft',
    overrideAccess: true,
  })
}

async function search(params: Record<string, string>, token?: string) {
  return cms().http('GET', `/v1/search?${new URLSearchParams({ topic: TOPIC, ...params })}`, {
    token,
  })
}

async function ids(
  q: string,
  extra: Record<string, string> = {},
  token?: string,
): Promise<(string | number)[]> {
  const response = await search({ q, limit: '50', ...extra }, token)
  expect(response.status).toBe(200)
  return response.body.results.map((result: { id: string | number }) => result.id)
}

/** The query finds `wanted` and not `other` (the ids it found, for further checks). */
async function expectFinds(
  q: string,
  wanted: { id: string | number },
  { not: other }: { not: { id: string | number } },
): Promise<(string | number)[]> {
  const found = await ids(q)
  expect(found).toContain(wanted.id)
  expect(found).not.toContain(other.id)
  return found
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`not within ${timeoutMs} ms`)
}

const createdTerms: (number | string)[] = []

/** Glossary terms are unique per database: reuse one another file made, remove the ones made here afterwards. */
async function ensureTerm(term: string): Promise<void> {
  const existing = await cms().payload.find({
    collection: 'glossary-terms',
    where: { term: { equals: term } },
    draft: true,
    overrideAccess: true,
    limit: 1,
  })
  if (existing.docs.length > 0) return
  const created = await cms().payload.create({
    collection: 'glossary-terms',
    data: { term, definition: `${term}的释义。`, _status: 'published' } as never,
    overrideAccess: true,
  })
  createdTerms.push(created.id)
}

afterAll(async () => {
  for (const id of createdTerms)
    await cms().payload.delete({ collection: 'glossary-terms', id, overrideAccess: true })
})

beforeAll(async () => {
  editor = await cms().createUser(['editor'])
  topicId = await createTopic('搜索测试', TOPIC)
  rankingTopicId = await createTopic('排序测试', RANKING_TOPIC)
})

describe('readers', () => {
  let simplified: { id: number | string }
  let traditional: { id: number | string }

  beforeAll(async () => {
    simplified = await article(
      '国家安全教育日主题活动',
      '每年4月15日是全民国家安全教育日。\n各地开展宣传活动。',
    )
    traditional = await article('香港舉辦講座', '今年的國家安全教育日，香港各界舉辦講座。')
  })

  test('a Traditional query finds Simplified content and the reverse', async () => {
    const fromTraditional = await ids('國家安全教育日')
    const fromSimplified = await ids('国家安全教育日')
    expect(fromTraditional).toEqual(expect.arrayContaining([simplified.id, traditional.id]))
    expect(fromSimplified).toEqual(fromTraditional)
  })

  test('snippets are highlighted in the requested script, with the item URL', async () => {
    const hans = (await search({ q: '國家安全教育日', script: 'hans' })).body.results.find(
      (result: { id: unknown }) => result.id === simplified.id,
    )
    const tw = (await search({ q: '国家安全教育日', script: 'hant-tw' })).body.results.find(
      (result: { id: unknown }) => result.id === simplified.id,
    )
    expect(hans.snippet).toContain('<mark>国家安全教育日</mark>')
    expect(tw.snippet).toContain('<mark>國家安全教育日</mark>')
    expect(tw.title).toBe('國家安全教育日主題活動')
    expect(hans.url).toMatch(/^\/v1\/articles\/guo-jia-an-quan-jiao-yu-ri/)
    expect(hans).toMatchObject({ type: 'article', status: 'published' })
  })

  test('Q&A entries and glossary terms come back with their type and URL; terms by alias', async () => {
    const set = await publishedInTopic('qa-sets', {
      title: '类型核对问答',
      slug: `search-set-${run}`,
    })
    const entry = await publishedInTopic('qa-entries', {
      question: '什么是类型核对？',
      slug: `search-qa-${run}`,
      answer: buildRichText([{ type: 'paragraph', text: '类型核对的答案。' }]),
      set: set.id,
    })
    const term = await publishedInTopic('glossary-terms', {
      term: `核对术语${run}`,
      slug: `search-term-${run}`,
      aliases: ['校验名词'],
      definition: '用于类型核对的术语。',
    })
    createdTerms.push(term.id)
    const results = (await search({ q: '类型核对' })).body.results
    expect(results.find((result: { id: unknown }) => result.id === entry.id)).toMatchObject({
      type: 'qa',
      title: '什么是类型核对？',
      url: `/v1/qa/sets/search-set-${run}#search-qa-${run}`,
    })
    const terms = (await search({ q: '校验名词', type: 'term' })).body.results
    expect(terms).toEqual([
      expect.objectContaining({
        id: term.id,
        type: 'term',
        url: `/v1/glossary/search-term-${run}`,
      }),
    ])
  })

  test('script takes the same values and aliases as the rest of /v1', async () => {
    const titles = async (script: string) => {
      const response = await search({ q: '国家安全教育日', script })
      expect([script, response.status]).toEqual([script, 200])
      return response.body.results.map((result: { title: string }) => result.title)
    }
    const tw = await titles('hant-tw')
    expect(tw).toContain('國家安全教育日主題活動')
    for (const alias of ['zh-TW', 'zh-Hant-TW', 'zh-hant']) expect(await titles(alias)).toEqual(tw)
    expect(await titles('zh-HK')).toEqual(await titles('hant-hk'))
    expect(await titles('zh-CN')).toEqual(await titles('hans'))
    const articles = await cms().http('GET', '/v1/articles?limit=1&script=zh-TW')
    expect(articles.status).toBe(200)
  })

  test('several words must all occur; a quoted phrase must occur as written', async () => {
    const both = await article('工作简报', '本年度反恐工作扎实推进，各方加强国际合作。')
    const one = await article('年度总结', '反恐工作取得成效。')
    await expectFinds('反恐 国际合作', both, { not: one })

    const phrase = await article('案例通报', '破获一个间谍组织。')
    const scattered = await article('安全提示', '警惕间谍活动，不参加非法组织。')
    expect(await ids('间谍 组织')).toEqual(expect.arrayContaining([phrase.id, scattered.id]))
    const exact = await expectFinds('"间谍组织"', phrase, { not: scattered })
    expect(await ids('“间谍组织”')).toEqual(exact)
  })

  test('a glossary term is kept whole and found by its pinyin', async () => {
    await ensureTerm('专用间谍器材')
    await ensureTerm('间谍')
    const whole = await article('查获案例', '海关查获专用间谍器材一批。')
    const apart = await article('器材管理', '专用设备与间谍案件无关，器材另行登记。')
    await expectFinds('专用间谍器材', whole, { not: apart })

    const spy = await article('反间谍法解读', '本文解读反间谍法。')
    for (const query of ['jiandie', 'jian die', 'jiàn dié'])
      expect(await ids(query)).toContain(spy.id)
    const hit = (await search({ q: 'jiandie' })).body.results.find(
      (result: { id: unknown }) => result.id === spy.id,
    )
    expect(hit.title).toContain('间谍')
    expect(hit.snippet).toContain('<mark>间谍</mark>')
  })

  test('ranking: title before body, whole phrase before scattered words, newer before older', async () => {
    const make = (title: string, body: string, publishedAt: string) =>
      article(title, body, { topic: rankingTopicId, publishedAt })
    const scatteredNew = await make(
      '工作简报',
      '本年度反恐工作扎实推进。\n各方加强国际合作。',
      '2025-03-01T00:00:00.000Z',
    )
    const scatteredOld = await make(
      '年度总结',
      '反恐工作取得成效，国际合作持续深化。',
      '2021-03-01T00:00:00.000Z',
    )
    const bodyPhrase = await make(
      '会议报道',
      '会议讨论了反恐国际合作的前景。',
      '2022-03-01T00:00:00.000Z',
    )
    const titleWords = await make('国际合作与反恐', '正文内容。', '2020-01-01T00:00:00.000Z')
    const titlePhrase = await make('深化反恐国际合作', '正文内容。', '2019-01-01T00:00:00.000Z')
    expect(await ids('反恐 国际合作', { topic: RANKING_TOPIC })).toEqual([
      titlePhrase.id,
      titleWords.id,
      bodyPhrase.id,
      scatteredNew.id,
      scatteredOld.id,
    ])
  })

  test('cursor pages are disjoint and complete', async () => {
    for (let n = 1; n <= 7; n++)
      await article(`保密提示第${n}期`, '遵守保密规定。', {
        topic: rankingTopicId,
        publishedAt: `2024-01-0${n}T00:00:00.000Z`,
      })
    const seen: unknown[] = []
    let cursor = ''
    for (let page = 0; page < 5; page++) {
      const response = await search({
        q: '保密提示',
        topic: RANKING_TOPIC,
        limit: '3',
        ...(cursor ? { cursor } : {}),
      })
      expect(response.status).toBe(200)
      seen.push(...response.body.results.map((result: { title: string }) => result.title))
      if (!response.body.nextCursor) break
      cursor = response.body.nextCursor
    }
    expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1].map((n) => `保密提示第${n}期`))
  })
})

describe('drafts and publishing', () => {
  test('drafts are never returned to anonymous readers but are to editors, marked as drafts', async () => {
    const created = await cms().http('POST', '/api/articles?draft=true&depth=0', {
      token: editor.token,
      json: { title: '草稿：涉密载体管理细则', kind: 'explainer', topics: [topicId] },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(await ids('涉密载体管理细则')).not.toContain(id)
    const staff = await search({ q: '涉密载体管理细则' }, editor.token)
    expect(staff.status).toBe(200)
    expect(staff.headers.get('cache-control')).toContain('no-store')
    expect(staff.body.results.find((result: { id: unknown }) => result.id === id)).toMatchObject({
      status: 'draft',
    })
    // a bad token is an anonymous reader, never staff
    expect(await ids('涉密载体管理细则', {}, 'not-a-token')).not.toContain(id)
  })

  test('a draft saved over a published article: readers keep the published text, editors see the draft', async () => {
    const doc = await article('网络安全宣传周', '宣传周介绍防范电信诈骗。')
    const edit = await cms().http('PATCH', `/api/articles/${doc.id}?draft=true`, {
      token: editor.token,
      json: {
        title: '网络安全宣传周（修订）',
        body: buildRichText([{ type: 'paragraph', text: '修订稿改讲数据出境评估。' }]),
      },
    })
    expect(edit.status).toBe(200)
    expect(await ids('电信诈骗')).toContain(doc.id)
    expect(await ids('数据出境评估')).not.toContain(doc.id)
    expect(await ids('数据出境评估', {}, editor.token)).toContain(doc.id)
    expect(await ids('电信诈骗', {}, editor.token)).not.toContain(doc.id)
  })

  test('an unpublished item disappears from reader results at once; a deleted one for everybody', async () => {
    const doc = await article('境外非政府组织管理', '境外非政府组织在境内活动须依法登记。')
    expect(await ids('境外非政府组织')).toContain(doc.id)
    await cms().payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'draft' } as never,
      overrideAccess: true,
    })
    expect(await ids('境外非政府组织')).not.toContain(doc.id)
    expect(await ids('境外非政府组织', {}, editor.token)).toContain(doc.id)
    await cms().payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true })
    expect(await ids('境外非政府组织', {}, editor.token)).not.toContain(doc.id)
  })
})

describe('another instance on the same database', () => {
  test('a second index catches up with a change, an unpublish and a deletion made elsewhere', async () => {
    const { SearchService } = await cms().load('src/search/service.ts')
    const second = new SearchService({ payload: cms().payload, catchUpIntervalMs: 500 }).start()
    try {
      await second.ready
      const found = (q: string) =>
        second
          .search(q, { topic: TOPIC, limit: 50 })
          .results.map((result: { id: unknown }) => result.id)
      // The second service is not registered for this instance's hooks: it learns of changes only by catching up.
      const doc = await article('出入境安全提醒', '出境人员应当遵守涉密人员出境审批规定。')
      const seenAfter = await eventually(async () => found('涉密人员出境审批').includes(doc.id))
      expect(seenAfter).toBeLessThan(10_000)
      await cms().payload.update({
        collection: 'articles',
        id: doc.id,
        data: {
          body: buildRichText([{ type: 'paragraph', text: '改为介绍因私出境证件集中保管。' }]),
        } as never,
        overrideAccess: true,
      })
      await eventually(
        async () =>
          found('证件集中保管').includes(doc.id) && !found('涉密人员出境审批').includes(doc.id),
      )
      await cms().payload.update({
        collection: 'articles',
        id: doc.id,
        data: { _status: 'draft' } as never,
        overrideAccess: true,
      })
      await eventually(async () => !found('涉密人员出境审批').includes(doc.id))
      await cms().payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true })
      await eventually(async () => !second.index.has('article', doc.id))
    } finally {
      second.stop()
    }
  })
})

/** GET /v1/search of `service` with its own result cache, on a port of its own (standing for an instance). */
async function searchInstance(service: unknown) {
  const { default: express } = await cms().load('node_modules/express/index.js')
  const { searchRoutes } = await cms().load('src/search/routes.ts')
  const { SearchResultCache } = await cms().load('src/search/result-cache.ts')
  const cache = new SearchResultCache()
  const app = express()
  app.use(searchRoutes(cms().payload, service, cache))
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    cache: cache as { hits: number; misses: number },
    get: async (q: string) => {
      const response = await fetch(`${base}/v1/search?${new URLSearchParams({ q, topic: TOPIC })}`)
      return { status: response.status, body: await response.text() }
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

describe('result cache', () => {
  test('a repeated query is answered from the cache with the same body; a publish here invalidates it', async () => {
    const { searchServiceOf } = await cms().load('src/search/registry.ts')
    const instance = await searchInstance(searchServiceOf(cms().payload))
    try {
      const first = await article('缓存核对：保密工作条例', '保密工作条例第一版。')
      const before = await instance.get('保密工作条例')
      const again = await instance.get('保密工作条例')
      expect(again).toEqual(before)
      expect(instance.cache).toMatchObject({ hits: 1, misses: 1 })
      expect(JSON.parse(before.body).results.map((r: { id: unknown }) => r.id)).toEqual([first.id])

      const second = await article('缓存核对：保密工作条例释义', '保密工作条例第二版。')
      const after = JSON.parse((await instance.get('保密工作条例')).body)
      expect(instance.cache.misses).toBe(2)
      expect(after.total).toBe(2)
      expect(after.results.map((r: { id: unknown }) => r.id)).toContain(second.id)
    } finally {
      await instance.close()
    }
  })

  test('another instance: its cached answer changes once its index caught up with a publish made elsewhere', async () => {
    const { SearchService } = await cms().load('src/search/service.ts')
    const other = new SearchService({ payload: cms().payload, catchUpIntervalMs: 300 }).start()
    const instance = await searchInstance(other)
    try {
      await other.ready
      const query = '跨实例缓存核对'
      const empty = await instance.get(query)
      expect(JSON.parse(empty.body).total).toBe(0)
      expect(await instance.get(query)).toEqual(empty) // from the cache
      expect(instance.cache.hits).toBe(1)
      // Published through this instance: the other one hears of it only by catching up.
      const doc = await article('跨实例缓存核对', '另一实例的缓存须随索引更新。')
      await eventually(async () => JSON.parse((await instance.get(query)).body).total === 1)
      const answer = JSON.parse((await instance.get(query)).body)
      expect(answer.results[0].id).toBe(doc.id)
      await cms().payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true })
      await eventually(async () => JSON.parse((await instance.get(query)).body).total === 0)
    } finally {
      other.stop()
      await instance.close()
    }
  })
})

describe('bad queries', () => {
  test.each([
    ['empty q', { q: '' }, 'q', 'empty_query'],
    ['no q', {}, 'q', 'empty_query'],
    ['q of 201 characters', { q: '安'.repeat(201) }, 'q', 'query_too_long'],
    ['punctuation only', { q: '，。！？……' }, 'q', 'no_searchable_text'],
    ['operators only', { q: '.*()+-"' }, 'q', 'no_searchable_text'],
    ['unknown type', { q: '安全', type: 'video' }, 'type', 'invalid_type'],
    ['unknown script', { q: '安全', script: 'zh-Latn' }, 'script', 'invalid_script'],
    ['forged cursor', { q: '安全', cursor: 'not-a-cursor' }, 'cursor', 'invalid_cursor'],
    ['empty cursor', { q: '安全', cursor: '' }, 'cursor', 'invalid_cursor'],
    ['unknown parameter', { q: '安全', page: '2' }, 'page', 'unknown_parameter'],
    ['limit 0', { q: '安全', limit: '0' }, 'limit', 'invalid_limit'],
    ['limit 51', { q: '安全', limit: '51' }, 'limit', 'invalid_limit'],
    ['limit not a number', { q: '安全', limit: 'ten' }, 'limit', 'invalid_limit'],
    ['topic not a slug', { q: '安全', topic: 'Not A Slug!' }, 'topic', 'invalid_topic'],
  ])('%s → 400 naming the parameter', async (_label, params, parameter, code) => {
    const response = await cms().http(
      'GET',
      `/v1/search?${new URLSearchParams(params as Record<string, string>)}`,
    )
    expect(response.status).toBe(400)
    expect(response.body.errors[0]).toMatchObject({ parameter, code })
    expect(response.body.errors[0].message).toMatch(
      new RegExp(parameter === 'q' ? 'query' : parameter),
    )
  })

  test('a repeated parameter and a Chinese error message', async () => {
    const repeated = await cms().http('GET', '/v1/search?q=a&q=b')
    expect(repeated.status).toBe(400)
    expect(repeated.body.errors[0]).toMatchObject({ parameter: 'q', code: 'repeated_parameter' })
    const chinese = await cms().http('GET', '/v1/search?q=', {
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
    })
    expect(chinese.body.errors[0]).toMatchObject({ message: '搜索词为空。', code: 'empty_query' })
    const script = await cms().http('GET', '/v1/search?q=安全&script=xx', {
      headers: { 'accept-language': 'zh-CN' },
    })
    expect(script.body.errors[0].message).toBe('script 的取值必须是：hans, hant-tw, hant-hk。')
  })

  test('errors have the shape, message and headers of the other /v1 routes', async () => {
    const fromSearch = await cms().http('GET', '/v1/search?q=安全&cursor=not-a-cursor')
    const fromList = await cms().http('GET', '/v1/articles?cursor=not-a-cursor')
    for (const response of [fromSearch, fromList]) {
      expect(response.status).toBe(400)
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
    expect(fromSearch.body).toEqual(fromList.body)
    expect(fromSearch.body.errors[0]).toEqual({
      message: expect.stringContaining('query parameter "cursor"'),
      parameter: 'cursor',
      value: 'not-a-cursor',
      code: 'invalid_cursor',
    })
    const script = await cms().http('GET', '/v1/search?q=安全&script=xx')
    expect(script.body).toEqual((await cms().http('GET', '/v1/glossary?script=xx')).body)
  })

  test('a list cursor is not a search cursor, and the reverse', async () => {
    for (let n = 1; n <= 2; n++)
      await article(`游标互换第${n}期`, '两种游标。', { topic: rankingTopicId })
    const page = await search({ q: '游标互换', topic: RANKING_TOPIC, limit: '1' })
    const searchCursor = page.body.nextCursor
    expect(typeof searchCursor).toBe('string')
    const articles = await cms().http('GET', `/v1/articles?topic=${RANKING_TOPIC}&limit=1`)
    const listCursor = articles.body.nextCursor
    expect(typeof listCursor).toBe('string')
    const searched = await search({ q: '游标互换', topic: RANKING_TOPIC, cursor: listCursor })
    expect(searched.body.errors[0]).toMatchObject({ parameter: 'cursor', code: 'invalid_cursor' })
    const listed = await cms().http('GET', `/v1/articles?cursor=${searchCursor}`)
    expect(listed.body.errors[0]).toMatchObject({ parameter: 'cursor', code: 'invalid_cursor' })
  })

  test('regex and operator characters are plain text', async () => {
    expect(await ids('反恐.*')).toEqual(await ids('反恐'))
    expect(await ids('(国家安全教育日')).toEqual(await ids('国家安全教育日'))
    const where = await search({ q: '$where' })
    expect(where.status).toBe(200)
    expect(where.body.results).toEqual([])
  })
})
