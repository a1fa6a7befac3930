/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import * as cheerio from 'cheerio'
import { cms } from '../support/cms.js'
import { createArticle, createSource, createTopic, run, slugsFor } from './delivery-fixtures.js'
import { cited, p, root } from './delivery-fixtures.js'
import { textsOf } from '../support/texts.js'
import { rssItems } from '../unit/delivery/rss-items.js'

const slug = slugsFor('dlf')
let topicSlug: string

beforeAll(async () => {
  topicSlug = slug('topic')
  const topic = await createTopic('反恐怖专题', topicSlug)
  const unverified = await createSource(`FEED-UNVERIFIED-${run}`, false)
  for (let i = 1; i <= 3; i++) {
    await createArticle({
      title: `反恐怖主义法解读${i}·${run}`,
      slug: slug(`a${i}`),
      summary: '国家安全部解读',
      body: root(p(`第${i}篇正文：反恐怖工作关系国家安全。`), cited('材料', unverified)),
      topics: [topic],
      byline: '国家安全部',
      publishedAt: new Date(Date.now() + i * 60_000).toISOString(),
    })
  }
  await createArticle({
    title: `FEED-DRAFT-${run}`,
    slug: slug('draft'),
    body: root(p('FEED-DRAFT-BODY')),
    topics: [topic],
    published: false,
  })
})

const get = (path: string) => cms().http('GET', path)

test('RSS 2.0: every published item with full HTML content and stable guids; no drafts or unverified sources', async () => {
  const res = await get('/feeds/rss.xml')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
  const $ = cheerio.load(res.text, { xml: true })
  expect($('rss').attr('version')).toBe('2.0')
  expect($('channel > title').text()).toBeTruthy()
  expect($('channel > language').text()).toBe('zh-Hans')
  const items = rssItems($)
  const ours = items.filter((item) => item.title.includes(run))
  expect(ours.map((item) => item.title)).toEqual(
    [3, 2, 1].map((i) => `反恐怖主义法解读${i}·${run}`),
  )
  for (const item of ours) {
    expect(item.guid).toMatch(/^tag:[^,]+,2024:article-/)
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
    expect(item.content).toContain('反恐怖工作关系国家安全')
  }
  expect(res.text).not.toContain('FEED-DRAFT')
  expect(res.text).not.toContain('FEED-UNVERIFIED')
  // Stable ids: the same guid on the next read and in every script.
  const tw = cheerio.load((await get('/feeds/rss.xml?script=hant-tw')).text, { xml: true })
  expect(textsOf(tw('item guid'))).toEqual(textsOf($('item guid')))
  expect(tw('item title').first().text()).toMatch(/反恐怖主義法解讀/)
  expect(tw('channel > language').text()).toBe('zh-Hant-TW')
  expect(tw.xml()).toContain('關係國家安全')
})

test('Atom: entries with ids, updated and published dates, self link', async () => {
  const res = await get(`/feeds/topics/${topicSlug}/atom.xml?script=hant-hk`)
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
  const $ = cheerio.load(res.text, { xml: true })
  expect($('feed').attr('xmlns')).toBe('http://www.w3.org/2005/Atom')
  expect($('feed > link[rel="self"]').attr('href')).toContain(
    `/feeds/topics/${topicSlug}/atom.xml?script=hant-hk`,
  )
  const entries = $('entry')
  expect(entries.length).toBe(3)
  entries.each((_, el) => {
    expect($(el).find('id').text()).toMatch(/^tag:/)
    expect(Number.isNaN(Date.parse($(el).find('updated').text()))).toBe(false)
    expect(Number.isNaN(Date.parse($(el).find('published').text()))).toBe(false)
    expect($(el).find('content').text()).toContain('關係國家安全')
  })
  expect(res.text).not.toContain('FEED-DRAFT')
})

test('JSON Feed 1.1 with authors[], language and content_html, per topic', async () => {
  const res = await get(`/feeds/topics/${topicSlug}/feed.json`)
  expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
  const feed = res.body
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(feed.language).toBe('zh-Hans')
  expect(feed.authors[0].name).toBeTruthy()
  expect(feed.items).toHaveLength(3)
  for (const item of feed.items) {
    expect(item.id).toMatch(/^article-/)
    expect(item.content_html).toContain('<p>')
    expect(Number.isNaN(Date.parse(item.date_published))).toBe(false)
    expect(item.authors).toEqual([{ name: '国家安全部' }])
    expect(item.tags).toEqual(['反恐怖专题'])
  }
  expect(res.text).not.toContain('FEED-')
})

test('sitemap.xml lists published URLs with lastmod and script alternates, never drafts', async () => {
  const res = await get('/sitemap.xml')
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
  const $ = cheerio.load(res.text, { xml: true })
  const locs = textsOf($('url > loc'))
  expect(locs).toEqual(
    expect.arrayContaining([
      expect.stringMatching(new RegExp(`/articles/${slug('a1')}$`)),
      expect.stringMatching(new RegExp(`/topics/${topicSlug}$`)),
    ]),
  )
  expect(locs.some((loc) => loc.includes(slug('draft')))).toBe(false)
  // Each script's page has its own <url>, carrying the whole set (itself included) and x-default.
  const page = new RegExp(`/articles/${slug('a1')}(\\?script=hant-(tw|hk))?$`)
  const entries = $('url').filter((_, el) => page.test($(el).find('loc').text()))
  expect(
    entries
      .map((_, el) =>
        $(el)
          .find('loc')
          .text()
          .replace(/^.*\/articles\/[^?]+/, ''),
      )
      .get(),
  ).toEqual(['', '?script=hant-tw', '?script=hant-hk'])
  const base = entries.first().find('loc').text()
  entries.each((_, el) => {
    expect(Number.isNaN(Date.parse($(el).find('lastmod').text()))).toBe(false)
    const links = $(el)
      .find('xhtml\\:link')
      .map((_, link) => [[$(link).attr('hreflang'), $(link).attr('href')]])
      .get()
    expect(links).toEqual([
      ['zh-Hans', base],
      ['zh-Hant-TW', `${base}?script=hant-tw`],
      ['zh-Hant-HK', `${base}?script=hant-hk`],
      ['x-default', base],
    ])
    expect(links.map(([, href]) => href)).toContain($(el).find('loc').text())
  })
})
