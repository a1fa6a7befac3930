import * as cheerio from 'cheerio'
import {
  buildAtom,
  buildJsonFeed,
  buildRss,
  buildSitemap,
  itemIri,
  type FeedInput,
} from '../../../src/delivery/feeds.js'
import { renderRichText } from '../../../src/delivery/lexical-html.js'
import { paragraph, qaPair, readSeed, root, text } from './seed-lexical.js'
import { textsOf } from '../../support/texts.js'
import { rssItems } from './rss-items.js'

function firstLines(name: string, count: number): string[] {
  return readSeed(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 1)
    .slice(0, count)
}

function feedInput(): FeedInput {
  const [title001, , lead001] = firstLines('001_3725888e3f78c79b.txt', 3) as [
    string,
    string,
    string,
  ]
  const lines003 = firstLines('003_690e4b863b8d9f66.txt', 12)
  const title003 = lines003.find((l) => l.startsWith('未雨绸缪'))!
  const [title004, , , intro004] = firstLines('004_56c83ed7d12524c2.txt', 4) as [
    string,
    string,
    string,
    string,
  ]
  return {
    title: '国家安全教育资料库',
    description: '国家安全、反间谍、反恐怖主义与保密法治教育内容',
    siteUrl: 'https://example.org',
    feedUrl: 'https://example.org/feeds/posts.xml',
    language: 'zh-Hans',
    authors: [{ name: '编辑部', url: 'https://example.org/about' }],
    items: [
      {
        id: 1,
        url: 'https://example.org/posts/1',
        title: title001,
        summary: lead001,
        html: renderRichText(
          root(
            paragraph(text(lead001)),
            qaPair('q1', '为什么要制定规定？', '制定规定是防范化解国家安全风险的现实需要。'),
          ),
        ).html,
        publishedAt: '2021-04-26T08:00:00Z',
        authors: [{ name: '新华社' }],
        topics: ['反间谍', '安全防范'],
      },
      {
        id: 'https://example.org/posts/3',
        url: 'https://example.org/posts/3',
        title: title003,
        summary: null,
        html: '<p>代码 ]]&gt; 中的 CDATA 结束符: ]]></p>',
        publishedAt: '2019-09-26T14:18:32Z',
        updatedAt: '2024-11-01T00:00:00Z',
        topics: ['反恐怖主义'],
      },
      {
        id: 4,
        url: 'https://example.org/posts/4',
        title: title004,
        summary: intro004.slice(0, 80),
        html: `<p>${intro004}</p>`,
        publishedAt: '2024-10-08T23:33:45Z',
      },
    ],
  }
}

test('RSS 2.0 carries every item, newest change first, with stable guids and Chinese intact', () => {
  const input = feedInput()
  const xml = buildRss(input)
  const $ = cheerio.load(xml, { xml: true })
  expect($('rss').attr('version')).toBe('2.0')
  expect($('channel > title').text()).toBe('国家安全教育资料库')
  expect($('channel > language').text()).toBe('zh-Hans')
  expect($('channel > lastBuildDate').text()).toBe('Fri, 01 Nov 2024 00:00:00 GMT')
  const items = rssItems($)
  expect(items.map((i) => i.title)).toEqual([
    input.items[1]!.title,
    input.items[2]!.title,
    input.items[0]!.title,
  ])
  expect(items[0]).toMatchObject({
    title: '未雨绸缪 建立跨部门跨地区反恐合作机制',
    guid: 'https://example.org/posts/3',
    pubDate: 'Thu, 26 Sep 2019 14:18:32 GMT',
  })
  expect(items[2]!.guid).toBe('tag:example.org,2024:1')
  // The CDATA terminator inside content survives the round trip.
  expect($('item').first().find('content\\:encoded').text()).toBe(input.items[1]!.html)
  expect(textsOf($('item').last().find('category'))).toEqual(['反间谍', '安全防范'])
  expect(buildRss(input)).toBe(xml)
})

test('Atom entries have ids, published and updated dates, and the self link', () => {
  const input = { ...feedInput(), feedUrl: 'https://example.org/feeds/posts.atom' }
  const $ = cheerio.load(buildAtom(input), { xml: true })
  expect($('feed > link[rel="self"]').attr('href')).toBe('https://example.org/feeds/posts.atom')
  const entry = $('entry').filter((_, el) => $(el).find('id').text() === 'tag:example.org,2024:1')
  expect(entry.find('title').text()).toBe('提升全社会特别是核心要害领域的安全防范工作能力和水平')
  expect(entry.find('published').text()).toBe('2021-04-26T08:00:00.000Z')
  expect(entry.find('updated').text()).toBe('2021-04-26T08:00:00.000Z')
  expect(entry.find('author > name').text()).toBe('新华社')
  expect(cheerio.load(entry.find('content').text(), null, false)('section.qa h3.q').text()).toBe(
    '为什么要制定规定？',
  )
})

test('JSON Feed 1.1 with authors, language, summaries and tags', () => {
  const input = feedInput()
  const feed = JSON.parse(buildJsonFeed(input))
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(feed).toMatchObject({
    title: input.title,
    home_page_url: 'https://example.org',
    feed_url: input.feedUrl,
    language: 'zh-Hans',
    authors: [{ name: '编辑部', url: 'https://example.org/about' }],
  })
  expect(feed).not.toHaveProperty('author')
  expect(feed.items.map((i: { id: string }) => i.id)).toEqual([
    'https://example.org/posts/3',
    '4',
    '1',
  ])
  expect(feed.items[2]).toEqual({
    id: '1',
    url: 'https://example.org/posts/1',
    title: input.items[0]!.title,
    content_html: input.items[0]!.html,
    summary: input.items[0]!.summary,
    date_published: '2021-04-26T08:00:00.000Z',
    authors: [{ name: '新华社' }],
    tags: ['反间谍', '安全防范'],
  })
  expect(feed.items[0]).not.toHaveProperty('summary')
  expect(feed.items[0].date_modified).toBe('2024-11-01T00:00:00.000Z')
})

test('item ids: URIs kept, others become tag: URIs of the site host', () => {
  expect(itemIri('urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'https://example.org')).toBe(
    'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  )
  expect(itemIri('6650f0c2a1b2c3d4e5f60718', 'https://cms.example.org/zh')).toBe(
    'tag:cms.example.org,2024:6650f0c2a1b2c3d4e5f60718',
  )
})

test('sitemap lists URLs with lastmod and script alternates, escaped', () => {
  const xml = buildSitemap([
    {
      loc: 'https://example.org/posts/guo-jia-an-quan?script=hans&x=1',
      lastmod: '2024-10-09T07:33:45+08:00',
      alternates: [
        {
          hreflang: 'zh-Hant-TW',
          href: 'https://example.org/posts/guo-jia-an-quan?script=hant-tw',
        },
      ],
    },
    { loc: 'https://example.org/glossary' },
  ])
  const $ = cheerio.load(xml, { xml: true })
  expect($('url')).toHaveLength(2)
  expect($('url loc').first().text()).toBe(
    'https://example.org/posts/guo-jia-an-quan?script=hans&x=1',
  )
  expect(xml).toContain('?script=hans&amp;x=1')
  expect($('url lastmod').first().text()).toBe('2024-10-08T23:33:45.000Z')
  expect($('url').last().find('lastmod')).toHaveLength(0)
  expect($('url').first().find('xhtml\\:link').attr('hreflang')).toBe('zh-Hant-TW')
  expect(() =>
    buildSitemap(Array.from({ length: 50_001 }, (_, i) => ({ loc: `https://example.org/${i}` }))),
  ).toThrow(RangeError)
})
