/**
 * One example answer per route of the OpenAPI document, typed with the presenters' own types so
 * that an example cannot name a field the server does not send (the tests also validate each one
 * against its schema). URLs are built from the delivery settings, like the real answers.
 */
import type { ArticleDetail, ArticleSummary } from '../present/article.js'
import type { QaSetDetail, QaSetSummary } from '../present/qa.js'
import type { ListPage } from '../routes/handler.js'
import type { GlossaryIndex, TopicDetail, TopicList } from '../routes/v1.js'
import type { WeChatCard, WeChatPreview } from '../routes/wechat.js'
import type { presentTerm } from '../present/glossary.js'
import type { TopicRef } from '../present/common.js'
import type { SearchResponse } from '../../search/types.js'
import { WECHAT_LIMITS } from '../wechat-draft.js'
import { siteUrls, type DeliverySettings } from '../settings.js'

export function exampleBodies(settings: DeliverySettings) {
  const { apiUrl, siteUrl } = settings
  const topic: TopicRef = {
    slug: 'cyber-security',
    name: '网络安全',
    url: siteUrls.topic(siteUrl, 'cyber-security'),
    api: `${apiUrl}/v1/topics/cyber-security`,
  }
  const articleSummary: ArticleSummary = {
    id: 42,
    slug: 'cybersecurity-law-essentials',
    url: siteUrls.article(siteUrl, 'cybersecurity-law-essentials'),
    api: `${apiUrl}/v1/articles/cybersecurity-law-essentials`,
    kind: 'explainer',
    title: '网络安全法要点',
    summary: '网络运营者应当履行网络安全保护义务。',
    byline: '本报记者 张三',
    tags: ['网络安全'],
    topics: [topic],
    cover: {
      alt: '网络安全宣传周',
      original: { url: `${apiUrl}/api/media/file/cover.png`, width: 1200, height: 800 },
      sizes: {
        thumbnail: { url: `${apiUrl}/api/media/file/cover-400x300.png`, width: 400, height: 300 },
      },
    },
    publishedAt: '2024-11-01T08:00:00.000Z',
    updatedAt: '2024-11-02T09:30:00.000Z',
    readingTimeMinutes: 3,
    retracted: false,
  }
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: articleSummary.title,
    url: articleSummary.url,
  } as const
  const articleDetail: ArticleDetail = {
    ...articleSummary,
    language: 'zh-Hans',
    html: '<h2 id="h-1">总则</h2><p>网络运营者应当履行网络安全保护义务。<sup>[1]</sup></p>',
    text: '总则\n网络运营者应当履行网络安全保护义务。',
    headings: [{ level: 2, text: '总则', id: 'h-1' }],
    citations: [{ n: 1, title: '网络安全法', outlet: '新华社', locators: ['第十条'] }],
    sources: [
      { role: 'cites', title: '网络安全法', outlet: '新华社', url: 'https://example.org/law' },
    ],
    legalBasis: [
      { law: { name: '中华人民共和国网络安全法', shortName: '网络安全法' }, article: '第十条' },
    ],
    corrections: [],
    jsonLd,
  }
  const qaSummary: QaSetSummary = {
    id: 7,
    slug: 'counter-espionage-faq',
    url: siteUrls.qaSet(siteUrl, 'counter-espionage-faq'),
    api: `${apiUrl}/v1/qa/sets/counter-espionage-faq`,
    title: '反间谍法问答',
    summary: '常见问题解答。',
    topics: [topic],
    entryCount: 1,
    updatedAt: '2024-11-02T09:30:00.000Z',
  }
  const qaDetail: QaSetDetail = {
    ...qaSummary,
    language: 'zh-Hans',
    entries: [
      {
        id: 70,
        slug: 'what-is-espionage',
        anchor: `${qaSummary.url}#what-is-espionage`,
        position: 1,
        question: '什么是间谍行为？',
        summary: undefined,
        html: '<p>间谍行为是指……</p>',
        text: '间谍行为是指……',
        citations: [],
        sources: [],
        legalBasis: [],
        updatedAt: '2024-11-02T09:30:00.000Z',
      },
    ],
    sources: [],
    jsonLd: { ...jsonLd, '@type': 'FAQPage' },
  }
  const termEntry = {
    id: 3,
    slug: 'espionage',
    term: '间谍',
    pinyin: 'jiàn dié',
    aliases: ['谍报'],
    definition: '为外国窃取国家秘密的人。',
    url: siteUrls.term(siteUrl, 'espionage'),
    api: `${apiUrl}/v1/glossary/espionage`,
    updatedAt: '2024-11-02T09:30:00.000Z',
  }
  const glossary: GlossaryIndex = {
    script: 'hans',
    language: 'zh-Hans',
    count: 1,
    sections: [{ letter: 'J', terms: [termEntry] }],
    jsonLd: { ...jsonLd, '@type': 'DefinedTermSet' },
  }
  const term: ReturnType<typeof presentTerm> = {
    ...termEntry,
    language: 'zh-Hans',
    definitionHtml: '<p>为外国窃取国家秘密的人。</p>',
    topics: [topic],
    relatedTerms: [],
    legalBasis: [],
    sources: [],
    jsonLd: { ...jsonLd, '@type': 'DefinedTerm' },
  }
  const topicSummary = {
    id: 5,
    ...topic,
    description: '网络安全相关内容。',
    parent: null,
    children: [],
    articleCount: undefined,
    updatedAt: '2024-11-02T09:30:00.000Z',
  }
  const topics: TopicList = {
    script: 'hans',
    language: 'zh-Hans',
    items: [{ ...topicSummary, articleCount: 12 }],
  }
  const topicDetail: TopicDetail = {
    script: 'hans',
    language: 'zh-Hans',
    ...topicSummary,
    articles: {
      items: [articleSummary],
      nextCursor: 'WyIyMDI0LTExLTAxVDA4OjAwOjAwLjAwMFoiLDQyXQ',
      next: `${apiUrl}/v1/articles?topic=cyber-security&cursor=WyIyMDI0LTExLTAxVDA4OjAwOjAwLjAwMFoiLDQyXQ`,
    },
  }
  const page = <Item>(items: Item[]): ListPage<Item> => ({
    script: 'hans',
    language: 'zh-Hans',
    limit: 20,
    items,
    nextCursor: null,
  })
  const card: WeChatCard = {
    id: 42,
    title: articleSummary.title,
    digest: '网络运营者应当履行网络安全保护义务。',
    cover: {
      wide: `${apiUrl}/api/media/file/cover-900x383.png`,
      square: `${apiUrl}/api/media/file/cover-500x500.png`,
      alt: '网络安全宣传周',
    },
    topic,
    publishedAt: '2024-11-01T08:00:00.000Z',
    url: articleSummary.url,
  }
  const preview: WeChatPreview = {
    id: 42,
    status: 'draft',
    article: {
      article_type: 'news',
      title: articleSummary.title,
      author: '张三',
      digest: card.digest,
      content: '<section class="wx-article"><p>网络运营者应当履行网络安全保护义务。</p></section>',
      content_source_url: articleSummary.url,
      thumb_media_id: 'PREVIEW_COVER_UPLOADED_AT_PUBLISH',
      need_open_comment: 0,
      only_fans_can_comment: 0,
    },
    html: '<section class="wx-article"><p>网络运营者应当履行网络安全保护义务。</p></section>',
    footnotes: [],
    images: [],
    cover: null,
    limits: { ok: true, ...WECHAT_LIMITS },
  }
  const search: SearchResponse & { query: string } = {
    query: '国家安全',
    results: [
      {
        type: 'article',
        id: 42,
        slug: articleSummary.slug,
        title: articleSummary.title,
        snippet: '维护<mark>国家安全</mark>是全体公民的义务',
        url: `/v1/articles/${articleSummary.slug}`,
        status: 'published',
        score: 12.5,
      },
    ],
    nextCursor: null,
    total: 1,
  }
  return {
    articles: page([articleSummary]),
    article: articleDetail,
    qaSets: page([qaSummary]),
    qaSet: qaDetail,
    glossary,
    term,
    topics,
    topic: topicDetail,
    weChatFeed: page([card]),
    weChatPreview: preview,
    search,
  }
}

/** The start of each feed format, as text (XML) or JSON. */
export function exampleFeeds(settings: DeliverySettings) {
  const { apiUrl, siteUrl, siteName } = settings
  return {
    rss: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${siteName}</title><link>${siteUrl}</link>…</channel></rss>\n`,
    atom: `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans"><title>${siteName}</title>…</feed>\n`,
    json: {
      version: 'https://jsonfeed.org/version/1.1',
      title: siteName,
      home_page_url: siteUrl,
      feed_url: `${apiUrl}/feeds/feed.json`,
      items: [],
    },
    sitemap: `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n<url><loc>${siteUrl}/glossary</loc>…</url>\n</urlset>\n`,
  }
}
