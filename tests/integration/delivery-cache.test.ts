/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { cms } from '../support/cms.js'
import {
  createArticle,
  createSource,
  createTerm,
  createTopic,
  run,
  slugsFor,
  updateArticle,
  type ArticleInput,
} from './delivery-fixtures.js'
import { cited, p, root } from './delivery-fixtures.js'

const slug = slugsFor('dlc')
// Long enough that a write on a busy machine finishes well inside it.
const FRESHNESS_MS = 3000
let restoreEnv: () => void
let tag: string
let topicSlug: string

type Cache = {
  ensureFresh(intervalMs?: number): Promise<void>
  stats: { hits: number; misses: number }
}
let cache: Cache
const SKIP = { skipDeliveryInvalidation: true }

/** A published article of this file (tagged `tag`, so the tag's list shows it) with a one-paragraph body. */
const taggedArticle = (
  name: string,
  title: string,
  text: string,
  extra: Partial<ArticleInput> = {},
) =>
  createArticle({
    title: `${title}${run}`,
    slug: slug(name),
    tags: [tag],
    body: root(p(text)),
    ...extra,
  })

beforeAll(async () => {
  const { setServerEnv } = await cms().load('tests/integration/delivery-server-env.ts')
  restoreEnv = setServerEnv({ DELIVERY_FRESHNESS_MS: String(FRESHNESS_MS) })
  const { deliveryCacheFor } = await cms().load('src/delivery/cache/delivery-cache.ts')
  cache = deliveryCacheFor(cms().payload)
  tag = `cache-${run}`
  topicSlug = slug('topic')
  await createTopic('缓存专题', topicSlug)
})
afterAll(() => restoreEnv())

const get = (path: string) => cms().http('GET', path)
const listed = async (path = `/v1/articles?tag=${tag}`) =>
  (await get(path)).body.items.map((item: { slug: string }) => item.slug)
const feedTitles = async () =>
  (await get(`/feeds/feed.json`)).body.items.map((item: { title: string }) => item.title)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** A local write clears the cache at once and again ~250 ms later (after its transaction commits). */
const settle = () => sleep(400)

test('responses are served from the cache until something changes', async () => {
  await taggedArticle('hit', '缓存命中', '正文')
  await settle()
  const first = await get(`/v1/articles/${slug('hit')}`)
  const hits = cache.stats.hits
  const second = await get(`/v1/articles/${slug('hit')}`)
  expect(cache.stats.hits).toBe(hits + 1)
  expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
})

test('publishing, editing live content and unpublishing in this instance show at once on every route', async () => {
  const id = await taggedArticle('pub', '待发布', '第一版', { published: false })
  // Warm the caches with the "not there" answers.
  expect(await listed()).not.toContain(slug('pub'))
  expect((await get(`/v1/articles/${slug('pub')}`)).status).toBe(404)
  expect(await feedTitles()).not.toContain(`待发布${run}`)

  await updateArticle(id, { _status: 'published' })
  expect(await listed()).toContain(slug('pub'))
  const published = await get(`/v1/articles/${slug('pub')}`)
  expect(published.status).toBe(200)
  expect(await feedTitles()).toContain(`待发布${run}`)

  await updateArticle(id, { title: `已修改${run}`, body: root(p('第二版')) })
  const edited = await get(`/v1/articles/${slug('pub')}`)
  expect(edited.body.title).toBe(`已修改${run}`)
  expect(edited.headers.get('etag')).not.toBe(published.headers.get('etag'))

  await updateArticle(id, { _status: 'draft' })
  expect((await get(`/v1/articles/${slug('pub')}`)).status).toBe(404)
  expect(await listed()).not.toContain(slug('pub'))
  expect(await feedTitles()).not.toContain(`已修改${run}`)
})

test('a change made by another instance (no hook here) appears after the freshness interval', async () => {
  const id = await taggedArticle('other', '另一实例', '旧版本')
  await settle()
  await cache.ensureFresh(0) // this instance has just compared with the database
  expect((await get(`/v1/articles/${slug('other')}`)).body.text).toBe('旧版本')
  expect(await listed()).toContain(slug('other'))

  await updateArticle(id, { body: root(p('新版本')) }, { context: SKIP })
  // Within the interval this instance still answers from its cache…
  expect((await get(`/v1/articles/${slug('other')}`)).body.text).toBe('旧版本')
  await sleep(FRESHNESS_MS + 1000)
  // …and after it, the database check notices the change.
  expect((await get(`/v1/articles/${slug('other')}`)).body.text).toBe('新版本')

  await cache.ensureFresh(0)
  await updateArticle(id, { _status: 'draft' }, { context: SKIP })
  expect((await get(`/v1/articles/${slug('other')}`)).status).toBe(200)
  await sleep(FRESHNESS_MS + 1000)
  expect((await get(`/v1/articles/${slug('other')}`)).status).toBe(404)
  expect(await listed()).not.toContain(slug('other'))
})

test('a list shows the reading time of the version it lists, without reading the bodies again', async () => {
  const id = await taggedArticle('reading', '阅读时间', '短文。')
  await settle()
  const minutes = async () =>
    (await get(`/v1/articles?tag=${tag}&limit=50`)).body.items.find(
      (item: { slug: string }) => item.slug === slug('reading'),
    )?.readingTimeMinutes
  expect(await minutes()).toBe(1)
  // 1,200 Han characters at 400 a minute: a new version, so a new reading time, also after a
  // change this instance only learns of from the database.
  await updateArticle(id, { body: root(p('国'.repeat(1200))) }, { context: SKIP })
  await cache.ensureFresh(0)
  expect(await minutes()).toBe(3)
  expect((await get(`/v1/articles/${slug('reading')}`)).body.readingTimeMinutes).toBe(3)
})

test('verifying a source elsewhere makes its citation appear; the draft save of an editor changes nothing', async () => {
  const source = await createSource(`待核实来源${run}`, false)
  const id = await createArticle({
    title: `引用测试${run}`,
    slug: slug('cite'),
    tags: [tag],
    body: root(cited('据报道', source)),
    sources: [{ source, role: 'cites' }],
  })
  await settle()
  await cache.ensureFresh(0)
  const before = await get(`/v1/articles/${slug('cite')}`)
  expect(before.body.citations).toEqual([])
  expect(before.body.sources).toEqual([])

  await cms().payload.update({
    collection: 'sources',
    id: source,
    data: { verification: { status: 'verified' } } as never,
    context: SKIP,
  })
  await sleep(FRESHNESS_MS + 1000)
  const after = await get(`/v1/articles/${slug('cite')}`)
  expect(after.body.citations).toEqual([expect.objectContaining({ title: `待核实来源${run}` })])
  expect(after.body.sources).toEqual([expect.objectContaining({ title: `待核实来源${run}` })])

  // A draft saved over live content (by any instance) leaves the public fingerprint and the answer alone.
  const etag = after.headers.get('etag')
  await updateArticle(id, { title: `草稿标题${run}` }, { draft: true })
  await sleep(FRESHNESS_MS + 1000)
  const unchanged = await get(`/v1/articles/${slug('cite')}`)
  expect(unchanged.body.title).toBe(`引用测试${run}`)
  expect(unchanged.headers.get('etag')).toBe(etag)
})

test('an article kept by version is presented again when what it shows changes: a renamed topic, a new glossary term', async () => {
  const topic = slug('kept-topic')
  const topicId = await createTopic(`旧专题名${run}`, topic)
  await taggedArticle('kept', '按版本保留', `本文讲防范版本词${run}的方法。`, { topics: [topicId] })
  await settle()
  const shown = async () => {
    const [list, card, feed, page] = await Promise.all([
      get(`/v1/articles?topic=${topic}`),
      get(`/v1/wechat/feed?topic=${topic}`),
      get(`/feeds/topics/${topic}/feed.json`),
      get(`/v1/articles/${slug('kept')}`),
    ])
    return {
      list: list.body.items.map(
        (item: { topics: Array<{ name: string }> }) => item.topics[0]?.name,
      ),
      card: card.body.items.map((item: { topic: { name: string } }) => item.topic.name),
      feed: feed.body.items.map((item: { tags: string[] }) => item.tags[0]),
      pageTopic: page.body.topics[0]?.name,
      feedLinksTerm: feed.body.items[0]?.content_html.includes(`/glossary/${slug('kept-term')}`),
      pageLinksTerm: page.body.html.includes(`/glossary/${slug('kept-term')}`),
    }
  }
  const old = `旧专题名${run}`
  expect(await shown()).toEqual({
    list: [old],
    card: [old],
    feed: [old],
    pageTopic: old,
    feedLinksTerm: false,
    pageLinksTerm: false,
  })

  // Neither change touches the article: its version is the same, what it shows is not.
  await cms().payload.update({
    collection: 'topics',
    id: topicId,
    data: { name: `新专题名${run}` } as never,
  })
  await createTerm(`版本词${run}`, slug('kept-term'), '测试用的名词。')
  await settle()
  const renamed = `新专题名${run}`
  expect(await shown()).toEqual({
    list: [renamed],
    card: [renamed],
    feed: [renamed],
    pageTopic: renamed,
    feedLinksTerm: true,
    pageLinksTerm: true,
  })
})
