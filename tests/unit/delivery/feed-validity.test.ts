import { articleJsonLd, jsonLdScriptTag } from '../../../src/delivery/jsonld.js'
import {
  buildAtom,
  buildJsonFeed,
  buildRss,
  type FeedInput,
  type FeedItemInput,
} from '../../../src/delivery/feeds.js'
import { atomProblems, jsonFeedProblems, rssProblems } from './feed-validators.js'
import { attr, nodes, parseStrictXml, textOf } from './feed-validators.js'

// What an editor (or an attacker with an editor's account) may type into plain-text fields.
const HOSTILE_TITLE = '反间谍<script>alert(1)</script>法 & "解读" <img src=x onerror=alert(2)>'
const HOSTILE_SUMMARY = '摘要</summary><script>alert(3)</script>]]>&amp;'
const HOSTILE_BYLINE = '记者<b onmouseover=alert(4)>某某</b>'

function item(overrides: Partial<FeedItemInput> = {}): FeedItemInput {
  return {
    id: 'article-7',
    url: 'https://example.org/articles/fan-jian-die',
    title: HOSTILE_TITLE,
    summary: HOSTILE_SUMMARY,
    html: '<p>正文<sup class="cite"><a href="#note-1">[1]</a></sup> <a href="/topics/x">专题</a></p><ol><li id="note-1">注释</li></ol>',
    publishedAt: '2024-10-08T23:33:45Z',
    updatedAt: '2024-10-09T01:00:00Z',
    authors: [{ name: HOSTILE_BYLINE }],
    topics: [
      { term: 'fan-jian-die', label: '反间谍', scheme: 'https://example.org/topics/' },
      '保密',
    ],
    image: {
      url: 'https://api.example.org/api/media/file/cover.jpg',
      type: 'image/jpeg',
      length: 12345,
      width: 1200,
      height: 630,
      alt: '封面',
    },
    thumbnail: {
      url: 'https://api.example.org/api/media/file/cover-400x300.jpg',
      width: 400,
      height: 300,
    },
    ...overrides,
  }
}

function input(overrides: Partial<FeedInput> = {}): FeedInput {
  return {
    title: '国家安全教育资料库 · 反间谍',
    siteUrl: 'https://example.org',
    feedUrl: 'https://api.example.org/feeds/topics/fan-jian-die/atom.xml?script=hant-tw',
    language: 'zh-Hant-TW',
    authors: [{ name: '编辑部', url: 'https://example.org/about' }],
    items: [item()],
    ...overrides,
  }
}

describe('hostile plain text stays text in every format', () => {
  test('RSS: strict XML; title, dc:creator as text; description HTML-escaped; no live markup', () => {
    const xml = buildRss(input())
    expect(rssProblems(xml)).toEqual([])
    expect(xml).not.toMatch(/<script|<img|<b /i)
    const rssItem = nodes(nodes(nodes(parseStrictXml(xml).rss)[0]!.channel)[0]!.item)[0]!
    expect(textOf(nodes(rssItem.title)[0])).toBe(HOSTILE_TITLE)
    expect(textOf(nodes(rssItem['dc:creator'])[0])).toBe(HOSTILE_BYLINE)
    // RSS descriptions are read as HTML: the summary is escaped as text inside that HTML.
    const description = textOf(nodes(rssItem.description)[0])
    expect(description).not.toMatch(/<script/i)
    expect(description).toContain('&lt;script&gt;')
  })

  test('Atom: title and summary are type="text" and carry the exact strings', () => {
    const xml = buildAtom(input())
    expect(atomProblems(xml)).toEqual([])
    expect(xml).not.toMatch(/<script|<img|<b /i)
    const entry = nodes(nodes(parseStrictXml(xml).feed)[0]!.entry)[0]!
    const title = nodes(entry.title)[0]
    expect(attr(title, 'type')).toBe('text')
    expect(textOf(title)).toBe(HOSTILE_TITLE)
    const summary = nodes(entry.summary)[0]
    expect(attr(summary, 'type')).toBe('text')
    expect(textOf(summary)).toBe(HOSTILE_SUMMARY)
    expect(textOf(nodes(nodes(entry.author)[0]!.name)[0])).toBe(HOSTILE_BYLINE)
  })

  test('JSON Feed: schema-valid, plain-text fields unchanged', () => {
    const feed = JSON.parse(buildJsonFeed(input()))
    expect(jsonFeedProblems(feed)).toEqual([])
    expect(feed.items[0]).toMatchObject({
      title: HOSTILE_TITLE,
      summary: HOSTILE_SUMMARY,
      authors: [{ name: HOSTILE_BYLINE }],
    })
  })

  test('JSON-LD: "</script>" in a headline is written as \\u003c and cannot close the script', () => {
    const tag = jsonLdScriptTag(
      articleJsonLd({
        url: 'https://example.org/articles/x',
        headline: `${HOSTILE_TITLE}</script><script>alert(5)</script>`,
        description: HOSTILE_SUMMARY,
        byline: HOSTILE_BYLINE,
        inLanguage: 'zh-Hans',
        publisher: { name: '编辑部' },
      }),
    )
    expect(tag.match(/<\/script>/g)).toHaveLength(1)
    expect(tag.match(/</g)).toHaveLength(2)
    const json = tag.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect(json).toContain('\\u003c/script>')
    expect(JSON.parse(json).headline).toContain('</script><script>alert(5)')
  })

  test('characters XML 1.0 forbids are dropped, so strict parsers still accept the feed', () => {
    const broken = item({ title: '控制\u0000字符\u0008与\ud800孤立代理', summary: '\u001b[31m' })
    for (const xml of [buildRss(input({ items: [broken] })), buildAtom(input({ items: [broken] }))])
      expect(() => parseStrictXml(xml)).not.toThrow()
  })
})

describe('Atom follows RFC 4287', () => {
  test('categories have a term (§4.2.2) and a label; id is the feed URL; xml:lang is set', () => {
    const xml = buildAtom(input())
    const feed = nodes(parseStrictXml(xml).feed)[0]!
    expect(attr(feed, 'xml:lang')).toBe('zh-Hant-TW')
    expect(textOf(nodes(feed.id)[0])).toBe(input().feedUrl)
    const categories = nodes(nodes(feed.entry)[0]!.category)
    expect(categories.map((c) => [attr(c, 'term'), attr(c, 'label'), attr(c, 'scheme')])).toEqual([
      ['fan-jian-die', '反间谍', 'https://example.org/topics/'],
      ['保密', undefined, undefined],
    ])
  })

  test('each script has its own feed id', () => {
    const ids = ['', '?script=hant-tw', '?script=hant-hk'].map((query) => {
      const feedUrl = `https://api.example.org/feeds/atom.xml${query}`
      return textOf(nodes(nodes(parseStrictXml(buildAtom(input({ feedUrl }))).feed)[0]!.id)[0])
    })
    expect(new Set(ids).size).toBe(3)
  })

  test('an empty feed is dated by the feed itself, never 1970', () => {
    const xml = buildAtom(input({ items: [], updatedAt: '2025-03-01T08:00:00Z' }))
    expect(atomProblems(xml)).toEqual([])
    expect(textOf(nodes(nodes(parseStrictXml(xml).feed)[0]!.updated)[0])).toBe(
      '2025-03-01T08:00:00.000Z',
    )
    const undated = buildAtom(input({ items: [] }))
    expect(atomProblems(undated)).toEqual([])
    expect(buildRss(input({ items: [] }))).not.toContain('1970')
  })
})

describe('RSS 2.0 names and summaries', () => {
  test('bylines are dc:creator, never <author>; description is the summary', () => {
    const xml = buildRss(input())
    const rss = nodes(parseStrictXml(xml).rss)[0]!
    expect(attr(rss, 'xmlns:dc')).toBe('http://purl.org/dc/elements/1.1/')
    const rssItem = nodes(nodes(rss.channel)[0]!.item)[0]!
    expect(rssItem.author).toBeUndefined()
    expect(nodes(rssItem['dc:creator'])).toHaveLength(1)
    const plain = input({ items: [item({ summary: '国家安全部解读 & 说明' })] })
    const plainItem = nodes(
      nodes(nodes(parseStrictXml(buildRss(plain)).rss)[0]!.channel)[0]!.item,
    )[0]!
    expect(textOf(nodes(plainItem.description)[0])).toBe('国家安全部解读 &amp; 说明')
  })
})

describe('covers and absolute links', () => {
  test('RSS: enclosure, media:content and media:thumbnail', () => {
    const xml = buildRss(input())
    expect(rssProblems(xml)).toEqual([])
    const rss = nodes(parseStrictXml(xml).rss)[0]!
    expect(attr(rss, 'xmlns:media')).toBe('http://search.yahoo.com/mrss/')
    const rssItem = nodes(nodes(rss.channel)[0]!.item)[0]!
    const enclosure = nodes(rssItem.enclosure)[0]
    expect([attr(enclosure, 'url'), attr(enclosure, 'length'), attr(enclosure, 'type')]).toEqual([
      'https://api.example.org/api/media/file/cover.jpg',
      '12345',
      'image/jpeg',
    ])
    const media = nodes(rssItem['media:content'])[0]
    expect(attr(media, 'medium')).toBe('image')
    expect(attr(media, 'width')).toBe('1200')
    expect(attr(nodes(rssItem['media:thumbnail'])[0], 'url')).toBe(
      'https://api.example.org/api/media/file/cover-400x300.jpg',
    )
  })

  test('Atom: link rel="enclosure"', () => {
    const entry = nodes(nodes(parseStrictXml(buildAtom(input())).feed)[0]!.entry)[0]!
    const enclosure = nodes(entry.link).find((l) => attr(l, 'rel') === 'enclosure')
    expect([attr(enclosure, 'href'), attr(enclosure, 'type'), attr(enclosure, 'length')]).toEqual([
      'https://api.example.org/api/media/file/cover.jpg',
      'image/jpeg',
      '12345',
    ])
  })

  test('JSON Feed: image and banner_image', () => {
    const feed = JSON.parse(buildJsonFeed(input()))
    expect(jsonFeedProblems(feed)).toEqual([])
    expect(feed.items[0].image).toBe('https://api.example.org/api/media/file/cover.jpg')
    expect(feed.items[0].banner_image).toBe(
      'https://api.example.org/api/media/file/cover-400x300.jpg',
    )
  })

  test('footnote and site-relative links are absolute in every format', () => {
    const note = 'https://example.org/articles/fan-jian-die#note-1'
    const topic = 'https://example.org/topics/x'
    const rssItem = nodes(
      nodes(nodes(parseStrictXml(buildRss(input())).rss)[0]!.channel)[0]!.item,
    )[0]!
    const atomEntry = nodes(nodes(parseStrictXml(buildAtom(input())).feed)[0]!.entry)[0]!
    const contents = [
      textOf(nodes(rssItem['content:encoded'])[0]),
      textOf(nodes(atomEntry.content)[0]),
      JSON.parse(buildJsonFeed(input())).items[0].content_html,
    ]
    for (const html of contents) {
      expect(html).toContain(`href="${note}"`)
      expect(html).toContain(`href="${topic}"`)
      expect(html).not.toContain('href="#')
    }
  })
})
