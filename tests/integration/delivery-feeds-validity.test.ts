/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { cms } from '../support/cms.js'
import { sitemapErrors, sitemapIndexErrors } from '../support/xml-schema.js'
import { atomProblems, jsonFeedProblems, rssProblems } from '../unit/delivery/feed-validators.js'
import { attr, nodes, parseStrictXml, textOf } from '../unit/delivery/feed-validators.js'
import { createArticle, createImage, createSource, createTopic, run } from './delivery-fixtures.js'
import { cited, p, root } from './delivery-fixtures.js'

const HOSTILE_TITLE = `<script>alert(1)</script>标题<img src=x onerror=alert(2)>${run}`
const HOSTILE_SUMMARY = '摘要<script>alert(3)</script>'
const HOSTILE_BYLINE = '记者<img src=x onerror=alert(4)>'
let topicSlug: string
let emptySlug: string

beforeAll(async () => {
  topicSlug = `dlv-topic-${run}`
  emptySlug = `dlv-empty-${run}`
  const topic = await createTopic('敌意专题', topicSlug)
  await createTopic('空专题', emptySlug)
  const source = await createSource(`DLV-SOURCE-${run}`, true)
  await createArticle({
    title: HOSTILE_TITLE,
    slug: `dlv-hostile-${run}`,
    summary: HOSTILE_SUMMARY,
    byline: HOSTILE_BYLINE,
    body: root(p('正文有脚注。'), cited('引文', source)),
    topics: [topic],
    coverImage: await createImage('封面图'),
    publishedAt: new Date().toISOString(),
  })
})

const get = (path: string) => cms().http('GET', path)
const topicFeed = (file: string, query = '') => `/feeds/topics/${topicSlug}/${file}${query}`

test('hostile title, summary and byline stay text; every format passes its validator', async () => {
  const rss = (await get(topicFeed('rss.xml'))).text
  const atom = (await get(topicFeed('atom.xml'))).text
  const json = (await get(topicFeed('feed.json'))).body
  expect(rssProblems(rss)).toEqual([])
  expect(atomProblems(atom)).toEqual([])
  expect(jsonFeedProblems(json)).toEqual([])
  for (const xml of [rss, atom]) expect(xml).not.toMatch(/<script|<img/i)
  const item = nodes(nodes(nodes(parseStrictXml(rss).rss)[0]!.channel)[0]!.item)[0]!
  expect(textOf(nodes(item.title)[0])).toBe(HOSTILE_TITLE)
  expect(textOf(nodes(item['dc:creator'])[0])).toBe(HOSTILE_BYLINE)
  expect(item.author).toBeUndefined()
  expect(textOf(nodes(item.description)[0])).toBe('摘要&lt;script&gt;alert(3)&lt;/script&gt;')
  const entry = nodes(nodes(parseStrictXml(atom).feed)[0]!.entry)[0]!
  expect(attr(nodes(entry.title)[0], 'type')).toBe('text')
  expect(textOf(nodes(entry.title)[0])).toBe(HOSTILE_TITLE)
  expect(json.items[0]).toMatchObject({ title: HOSTILE_TITLE, summary: HOSTILE_SUMMARY })
})

test('the cover is an enclosure, media:content and JSON image; footnote links are absolute', async () => {
  const rss = parseStrictXml((await get(topicFeed('rss.xml'))).text)
  const item = nodes(nodes(nodes(rss.rss)[0]!.channel)[0]!.item)[0]!
  const enclosure = nodes(item.enclosure)[0]
  expect(attr(enclosure, 'url')).toMatch(/^https?:\/\/.+\/api\/media\/file\//)
  expect(attr(enclosure, 'type')).toMatch(/^image\//)
  expect(Number(attr(enclosure, 'length'))).toBeGreaterThan(0)
  expect(attr(nodes(item['media:content'])[0], 'url')).toBe(attr(enclosure, 'url'))
  expect(nodes(item['media:thumbnail'])).toHaveLength(1)
  const content = textOf(nodes(item['content:encoded'])[0])
  expect(content).toMatch(/href="https?:\/\/[^"]+\/articles\/dlv-hostile-[^"#]*#note-1"/)
  expect(content).not.toContain('href="#')
  const atom = parseStrictXml((await get(topicFeed('atom.xml'))).text)
  const links = nodes(nodes(nodes(atom.feed)[0]!.entry)[0]!.link)
  expect(links.find((l) => attr(l, 'rel') === 'enclosure')).toBeDefined()
  const json = (await get(topicFeed('feed.json'))).body
  expect(json.items[0].image).toBe(attr(enclosure, 'url'))
  expect(json.items[0].banner_image).toMatch(/^https?:\/\//)
})

test('Atom: category terms, per-script ids, xml:lang, and an empty topic feed dated by its topic', async () => {
  const ids = new Set<string>()
  for (const [query, lang] of [
    ['', 'zh-Hans'],
    ['?script=hant-tw', 'zh-Hant-TW'],
    ['?script=hant-hk', 'zh-Hant-HK'],
  ] as const) {
    const feed = nodes(parseStrictXml((await get(topicFeed('atom.xml', query))).text).feed)[0]!
    expect(attr(feed, 'xml:lang')).toBe(lang)
    ids.add(textOf(nodes(feed.id)[0]))
    const category = nodes(nodes(feed.entry)[0]!.category)[0]
    expect(attr(category, 'term')).toBe(topicSlug)
  }
  expect(ids.size).toBe(3)
  const empty = (await get(`/feeds/topics/${emptySlug}/atom.xml`)).text
  expect(atomProblems(empty)).toEqual([])
  const updated = textOf(nodes(nodes(parseStrictXml(empty).feed)[0]!.updated)[0])
  expect(updated).not.toMatch(/^1970/)
  // An empty topic feed is as new as its topic.
  const topic = await cms().payload.find({
    collection: 'topics',
    where: { slug: { equals: emptySlug } },
    depth: 0,
  })
  expect(new Date(updated).toISOString()).toBe(topic.docs[0]?.updatedAt)
  expect(rssProblems((await get('/feeds/rss.xml')).text)).toEqual([])
  expect(atomProblems((await get('/feeds/atom.xml')).text)).toEqual([])
  expect(jsonFeedProblems((await get('/feeds/feed.json')).body)).toEqual([])
})

test('feed and sitemap URLs ignore unknown parameters and share the cache entry; the JSON API stays strict', async () => {
  for (const path of [
    '/feeds/rss.xml',
    '/feeds/atom.xml',
    '/feeds/feed.json',
    topicFeed('rss.xml'),
    '/sitemap.xml',
  ]) {
    const bare = await get(path)
    const join = path.includes('?') ? '&' : '?'
    const tracked = await get(`${path}${join}utm_source=wechat&utm_medium=feed&_=1733050000`)
    expect(tracked.status).toBe(200)
    expect(tracked.headers.get('etag')).toBe(bare.headers.get('etag'))
    expect(tracked.text).toBe(bare.text)
  }
  expect((await get('/feeds/rss.xml?script=hant-tw&utm_source=x')).text).toContain('zh-Hant-TW')
  expect((await get('/feeds/rss.xml?script=klingon')).status).toBe(400)
  expect((await get('/v1/articles?utm_source=wechat')).status).toBe(400)
})

test('/sitemap.xml is valid against the sitemaps.org schema (with its hreflang links)', async () => {
  const res = await cms().http('GET', '/sitemap.xml')
  expect(res.status).toBe(200)
  expect(res.text).toContain('<xhtml:link')
  expect(await sitemapErrors(res.text)).toEqual([])
})

test('past SITEMAP_MAX_URLS, /sitemap.xml is an index of parts, each a valid sitemap', async () => {
  const { setServerEnv } = await cms().load('tests/support/server-env.ts')
  const restore = setServerEnv('SITEMAP_MAX_URLS', '4')
  const { deliveryCacheFor } = await cms().load('src/delivery/cache/delivery-cache.ts')
  deliveryCacheFor(cms().payload).invalidate('sitemap size changed')
  try {
    const index = await cms().http('GET', '/sitemap.xml')
    expect(index.status).toBe(200)
    expect(await sitemapIndexErrors(index.text)).toEqual([])
    const parts = [...index.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    expect(parts.length).toBeGreaterThan(1)
    const seen = new Set<string>()
    let total = 0
    for (const [i, part] of parts.entries()) {
      expect(part).toMatch(new RegExp(`/sitemap\\.xml\\?page=${i + 1}$`))
      const res = await cms().http('GET', `/sitemap.xml?page=${i + 1}`)
      expect(res.status).toBe(200)
      expect(await sitemapErrors(res.text)).toEqual([])
      const locs = [...res.text.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
      expect(locs.length).toBeLessThanOrEqual(4)
      for (const loc of locs) seen.add(loc)
      total += locs.length
    }
    // Every URL in exactly one part, and more of them than one part holds.
    expect(total).toBe(seen.size)
    expect(total).toBeGreaterThan(4)
    const beyond = await cms().http('GET', `/sitemap.xml?page=${parts.length + 1}`)
    expect(beyond.status).toBe(404)
  } finally {
    restore()
    deliveryCacheFor(cms().payload).invalidate('sitemap size restored')
  }
})
