/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import * as cheerio from 'cheerio'
import * as OpenCC from 'opencc-js'
import { cms } from '../support/cms.js'
import {
  allText,
  createArticle,
  createImage,
  createSource,
  createTerm,
  createTopic,
  getJson,
  run,
  slugsFor,
  updateArticle,
} from './delivery-fixtures.js'
import {
  citation,
  heading,
  link,
  p,
  paragraph,
  qaPair,
  root,
  script,
  text,
  upload,
} from './delivery-fixtures.js'
import { internalLink, relationship } from '../support/lexical.js'

type Id = number | string
let topicId: Id
let otherTopicId: Id
let verifiedId: Id
let unverifiedId: Id
let coverId: Id
const slug = slugsFor('dlv')
const tag = `tag-${run}`

beforeAll(async () => {
  topicId = await createTopic('反间谍专题', slug('topic'), '反間諜專題')
  otherTopicId = await createTopic('保密专题', slug('topic2'))
  verifiedId = await createSource(`已核实来源${run}`, true)
  unverifiedId = await createSource(`未核实来源${run}`, false)
  coverId = await createImage('国家安全教育日海报')
  await createTerm(
    `国家安全机关${run}`,
    slug('term-jiguan'),
    '依法承担国家安全工作的机关。负责反间谍工作。',
    { aliases: [`國家安全機關${run}`] },
  )
  await createTerm(`间谍组织${run}`, slug('term-zuzhi'), '从事间谍活动的组织。')
  await createTerm(`草稿术语${run}`, slug('term-draft'), '尚未发布的术语。', { published: false })

  const body = root(
    p(`国家安全部提醒：国家安全机关${run}依法工作，国家安全机关${run}的职责与关系。`),
    heading(`国家安全机关${run}的职责`),
    paragraph(
      text('依据新华社报道'),
      citation(verifiedId, '第一条'),
      text('以及内部材料'),
      citation(unverifiedId),
    ),
    paragraph(
      link('https://www.12339.gov.cn', '举报网站'),
      text(`间谍组织${run}不得危害国家安全。`),
    ),
    qaPair('什么是间谍行为？', '间谍行为是指……'),
    upload(coverId),
    script(),
  )
  for (let i = 1; i <= 5; i++) {
    await createArticle({
      title: `第${i}篇：国家安全部与关系`,
      slug: slug(`a${i}`),
      summary: `国家安全部发布第${i}篇摘要`,
      body,
      kind: i === 5 ? 'news' : 'explainer',
      tags: [tag, ...(i % 2 ? [`${tag}-odd`] : [])],
      topics: i <= 3 ? [topicId] : [otherTopicId],
      coverImage: coverId,
      byline: '国家安全部',
      sources: [
        { source: verifiedId, role: i === 5 ? 'reprinted-from' : 'cites' },
        { source: unverifiedId, role: 'cites' },
      ],
      publishedAt: new Date(Date.UTC(2024, 9, i)).toISOString(),
      qualityFlags: [{ type: 'needs-check', message: `QUALITY-FLAG-${run}`, resolved: true }],
    })
  }
  await createArticle({
    title: `草稿文章${run}`,
    slug: slug('draft'),
    body: root(p('草稿正文DRAFT-BODY')),
    tags: [tag],
    topics: [topicId],
    published: false,
  })
})

describe('GET /v1/articles', () => {
  test('lists published articles newest first, with display fields and no drafts', async () => {
    const res = await getJson(`/v1/articles?tag=${tag}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const slugs = res.body.items.map((item: { slug: string }) => item.slug)
    expect(slugs).toEqual([5, 4, 3, 2, 1].map((i) => slug(`a${i}`)))
    expect(res.text).not.toContain(slug('draft'))
    const first = res.body.items[0]
    expect(first).toMatchObject({
      kind: 'news',
      title: '第5篇：国家安全部与关系',
      byline: '国家安全部',
      readingTimeMinutes: 1,
      retracted: false,
    })
    expect(first.url).toMatch(new RegExp(`/articles/${slug('a5')}$`))
    expect(first.topics).toEqual([
      expect.objectContaining({ slug: slug('topic2'), name: '保密专题' }),
    ])
    expect(first.cover.sizes['wechat-cover']).toMatchObject({ width: 900, height: 383 })
    expect(first.cover.sizes.square.url).toMatch(/^https?:\/\/.+\/api\/media\/file\//)
    expect(res.body.nextCursor).toBeNull()
  })

  test('cursor pagination walks every item exactly once', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const res = await getJson(
        `/v1/articles?tag=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      )
      expect(res.status).toBe(200)
      seen.push(...res.body.items.map((item: { slug: string }) => item.slug))
      cursor = res.body.nextCursor
      pages += 1
    } while (cursor && pages < 10)
    expect(pages).toBe(3)
    expect(seen).toEqual([5, 4, 3, 2, 1].map((i) => slug(`a${i}`)))
  })

  test('topic, kind and tag filters', async () => {
    const byTopic = await getJson(`/v1/articles?topic=${slug('topic')}&tag=${tag}`)
    expect(byTopic.body.items.map((i: { slug: string }) => i.slug)).toEqual(
      [3, 2, 1].map((i) => slug(`a${i}`)),
    )
    const byKind = await getJson(`/v1/articles?kind=news&tag=${tag}`)
    expect(byKind.body.items.map((i: { slug: string }) => i.slug)).toEqual([slug('a5')])
    const byTag = await getJson(`/v1/articles?tag=${tag}-odd`)
    expect(byTag.body.items.map((i: { slug: string }) => i.slug)).toEqual(
      [5, 3, 1].map((i) => slug(`a${i}`)),
    )
  })

  test.each([
    ['limit=0', 'limit'],
    ['limit=51', 'limit'],
    ['limit=abc', 'limit'],
    ['kind=essay', 'kind'],
    ['cursor=not-a-cursor', 'cursor'],
    ['script=latin', 'script'],
    ['topic=no-such-topic', 'topic'],
    ['topic=Bad%20Slug', 'topic'],
    ['sort=title', 'sort'],
    ['tag=a&tag=b', 'tag'],
  ])('400 naming the parameter for %s', async (query, parameter) => {
    const res = await getJson(`/v1/articles?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].parameter).toBe(parameter)
    expect(res.body.errors[0].message).toContain(`"${parameter}"`)
  })
})

describe('GET /v1/articles/:slug', () => {
  test('body as sanitized HTML and text, citations of verified sources only, JSON-LD', async () => {
    const res = await getJson(`/v1/articles/${slug('a5')}`)
    expect(res.status).toBe(200)
    const article = res.body
    const $ = cheerio.load(article.html)
    expect($('script').length).toBe(0)
    expect(article.html).toContain('&lt;script&gt;')
    expect($('section.qa h3').text()).toBe('什么是间谍行为？')
    expect($('figure img').attr('src')).toMatch(/^https?:\/\/.+\/api\/media\/file\//)
    expect(article.text).toContain('间谍行为是指')
    // Plain text keeps what the author wrote; only the HTML is markup.
    expect(article.text).toContain('<script>alert(1)</script>')
    expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(1)
    expect(article.headings[0]).toMatchObject({ level: 2, text: `国家安全机关${run}的职责` })

    // Citations: the verified source with its public fields; the unverified one nowhere.
    expect(article.citations).toEqual([
      expect.objectContaining({
        n: 1,
        title: `已核实来源${run}`,
        outlet: '新华社',
        author: '记者',
        publishedDate: '2024-10-09',
        locators: ['第一条'],
      }),
    ])
    expect($('ol.notes li').length).toBe(1)
    expect(article.sources).toEqual([
      expect.objectContaining({ role: 'reprinted-from', title: `已核实来源${run}` }),
    ])
    const json = allText(article)
    for (const secret of [
      `未核实来源${run}`,
      `SECRET-LICENCE`,
      `SECRET-NOTES`,
      `RAW-SNAPSHOT`,
      `QUALITY-FLAG-${run}`,
      'qualityFlags',
      'createdBy',
      'updatedBy',
      'verification',
      'rights',
    ]) {
      expect(json).not.toContain(secret)
    }

    expect(article.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '第5篇：国家安全部与关系',
      inLanguage: 'zh-Hans',
      publisher: { '@type': 'Organization' },
      isBasedOn: [expect.objectContaining({ '@type': 'CreativeWork', name: `已核实来源${run}` })],
    })
    expect(article.jsonLd.citation).toEqual([expect.objectContaining({ name: `已核实来源${run}` })])
    expect(article.corrections).toEqual([])
    // Google's Article fields: a logo for the publisher, an image even without a cover, an
    // author, dateModified; the built-in brand images are served as PNG.
    expect(article.jsonLd.publisher.logo).toEqual({
      '@type': 'ImageObject',
      url: expect.stringMatching(/\/v1\/brand\/logo\.png$/),
    })
    // This article has a cover; one without gets /v1/brand/image.png (tests/unit/delivery/jsonld.test.ts).
    expect(article.jsonLd.image).toBe(article.cover.original.url)
    expect(article.jsonLd.author).toEqual(expect.objectContaining({ '@type': expect.any(String) }))
    expect(Date.parse(article.jsonLd.dateModified)).not.toBeNaN()
    for (const path of ['/v1/brand/logo.png', '/v1/brand/image.png']) {
      const image = await fetch(`${cms().baseUrl}${path}`)
      expect(image.status).toBe(200)
      expect(image.headers.get('content-type')).toBe('image/png')
      const bytes = new Uint8Array(await image.arrayBuffer())
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    }
  })

  test('glossary terms are linked once, at their first occurrence, never in headings or links; drafts never', async () => {
    const res = await getJson(`/v1/articles/${slug('a1')}`)
    const $ = cheerio.load(res.body.html)
    const links = $('a.term')
    expect(links.map((_, el) => $(el).attr('data-term')).get()).toEqual([
      slug('term-jiguan'),
      slug('term-zuzhi'),
    ])
    expect($('a.term').first().attr('title')).toBe('依法承担国家安全工作的机关。')
    expect($('a.term').first().attr('href')).toMatch(
      new RegExp(`/glossary/${slug('term-jiguan')}$`),
    )
    expect($('h2 a.term').length).toBe(0)
    expect(res.text).not.toContain(slug('term-draft'))
  })

  test('zh-Hant output is converted (国家安全部 → 國家安全部, 关系 → 關係) on every field, Taiwan and Hong Kong', async () => {
    for (const script of ['hant-tw', 'hant-hk']) {
      const res = await getJson(`/v1/articles/${slug('a2')}?script=${script}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-language')).toBe(
        script === 'hant-tw' ? 'zh-Hant-TW' : 'zh-Hant-HK',
      )
      expect(res.body.title).toBe('第2篇：國家安全部與關係')
      expect(res.body.summary).toContain('國家安全部')
      expect(res.body.html).toContain('國家安全部提醒')
      expect(res.body.text).toContain('關係')
      expect(res.body.topics[0].name).toBe('反間諜專題')
      expect(res.body.jsonLd.inLanguage).toBe(script === 'hant-tw' ? 'zh-Hant-TW' : 'zh-Hant-HK')
      expect(res.body.jsonLd.headline).toBe('第2篇：國家安全部與關係')
      // The site name too (SITE_NAME 国家安全教育 → 國家安全教育).
      expect(res.body.jsonLd.publisher.name).toBe('國家安全教育')
      // The term is still linked when the text is Traditional.
      expect(cheerio.load(res.body.html)('a.term').first().text()).toBe(`國家安全機關${run}`)
      expect(res.text).not.toMatch(/国家安全部|关系/)
      // Slugs and URLs are the same in every script.
      expect(res.body.slug).toBe(slug('a2'))
    }
  })

  test('an edited zh-Hant locale is delivered as written instead of a conversion', async () => {
    const id = await createArticle({
      title: '台湾用语测试',
      slug: slug('edited'),
      body: root(p('软件与信息')),
      tags: [`${tag}-edited`],
    })
    await updateArticle(
      id,
      { title: '臺灣用語測試（編輯版）', body: root(p('軟體與資訊')) },
      { locale: 'zh-Hant' },
    )
    const tw = await getJson(`/v1/articles/${slug('edited')}?script=hant-tw`)
    expect(tw.body.title).toBe('臺灣用語測試（編輯版）')
    expect(tw.body.text).toBe('軟體與資訊')
    const hans = await getJson(`/v1/articles/${slug('edited')}`)
    expect(hans.body.title).toBe('台湾用语测试')
    expect(hans.body.text).toBe('软件与信息')
  })

  test('a Traditional original with Simplified leaks is served as OpenCC s2tw / s2hk on every route', async () => {
    // What the original should have said, in Simplified; OpenCC's own s2tw / s2hk of it is the reference.
    const clean = {
      topic: `斗争专题${run}`,
      title: '战斗之后：并非其余关系',
      summary: '防范神圣的制造业',
      body: '国家安全机关提醒：战斗之后，并非其余关系都能防范，神圣的制造业十分复杂。里面的卫生。',
    }
    // A badly converted Traditional source: Simplified characters and Taiwan forms (裏, 綫) mixed in.
    const mixed = {
      topic: `鬥争專題${run}`,
      title: '戰斗之后：並非其余關系',
      summary: '防范神圣的制造業',
      body: '國家安全機關提醒：戰斗之后，并非其余關系都能防范，神圣的制造業十分復雜。裡面的衛生。',
    }
    const topicSlug = slug('topic-mixed')
    const topic = await createTopic(clean.topic, topicSlug, mixed.topic)
    const id = await createArticle({
      title: clean.title,
      summary: clean.summary,
      slug: slug('mixed'),
      body: root(p(clean.body)),
      topics: [topic],
      tags: [`${tag}-mixed`],
    })
    await updateArticle(
      id,
      { title: mixed.title, summary: mixed.summary, body: root(p(mixed.body)) },
      { locale: 'zh-Hant' },
    )
    const leaks = /[斗后并余范圣制复]|關系|復雜/
    for (const [script, to] of [
      ['hant-tw', 'tw'],
      ['hant-hk', 'hk'],
    ] as const) {
      const opencc = OpenCC.Converter({ from: 'cn', to })
      const want = {
        topic: opencc(clean.topic),
        title: opencc(clean.title),
        summary: opencc(clean.summary),
        body: opencc(clean.body),
      }
      expect(want.body).not.toMatch(leaks)
      // Hong Kong forms for Hong Kong readers, not the Taiwan forms of the original.
      expect(want.body).toContain(to === 'hk' ? '裏面的衞生' : '裡面的衛生')

      const article = await getJson(`/v1/articles/${slug('mixed')}?script=${script}`)
      expect(article.body).toMatchObject({
        title: want.title,
        summary: want.summary,
        text: want.body,
      })
      expect(cheerio.load(article.body.html)('p').first().text()).toBe(want.body)
      expect(article.body.topics[0].name).toBe(want.topic)
      expect(article.body.jsonLd.headline).toBe(want.title)

      const list = await getJson(`/v1/articles?tag=${tag}-mixed&script=${script}`)
      expect(list.body.items[0]).toMatchObject({ title: want.title, summary: want.summary })

      const topicPage = await getJson(`/v1/topics/${topicSlug}?script=${script}`)
      expect(topicPage.body.name).toBe(want.topic)
      expect(topicPage.body.articles.items[0]).toMatchObject({ title: want.title })

      const feed = await getJson(`/feeds/topics/${topicSlug}/feed.json?script=${script}`)
      const feedJson = JSON.parse(feed.text)
      expect(feedJson.title).toContain(want.topic)
      expect(feedJson.items[0].title).toBe(want.title)
      expect(feedJson.items[0].content_html).toContain(want.body)

      for (const res of [article, list, topicPage, feed]) expect(res.text).not.toMatch(leaks)
    }
  })

  test('a draft or an unknown slug is a 404 JSON naming the slug', async () => {
    for (const path of [
      `/v1/articles/${slug('draft')}`,
      '/v1/articles/no-such-article',
      '/v1/articles/%E4%B8%AD',
    ]) {
      const res = await getJson(path)
      expect(res.status).toBe(404)
      expect(res.body.errors[0].message).toMatch(/No published article with slug/)
    }
  })

  test('a draft saved over live content leaves the live version delivered', async () => {
    const id = await createArticle({
      title: `线上版本${run}`,
      slug: slug('live'),
      body: root(p('LIVE-BODY')),
    })
    expect((await getJson(`/v1/articles/${slug('live')}`)).body.text).toBe('LIVE-BODY')
    await updateArticle(
      id,
      { title: `草稿修改${run}`, body: root(p('DRAFT-CHANGE')) },
      { draft: true },
    )
    const res = await getJson(`/v1/articles/${slug('live')}`)
    expect(res.body.title).toBe(`线上版本${run}`)
    expect(res.text).not.toContain('DRAFT-CHANGE')
  })
})

describe('Q&A, glossary and topics', () => {
  let setSlug: string
  beforeAll(async () => {
    const set = await cms().payload.create({
      collection: 'qa-sets',
      data: {
        title: `反间谍法问答${run}`,
        slug: slug('qa'),
        summary: '记者问答',
        topics: [topicId],
        _status: 'published',
      } as never,
    })
    setSlug = set.slug as string
    /** Entry number `position` of the set (slug qa<position>), its answer one paragraph. */
    const entry = (position: number, question: string, answer: string, status = 'published') =>
      cms().payload.create({
        collection: 'qa-entries',
        data: {
          question,
          slug: slug(`qa${position}`),
          answer: root(p(answer)),
          set: set.id,
          position,
          _status: status,
        } as never,
        draft: status === 'draft',
      })
    await entry(1, '什么是国家安全部？', `国家安全机关${run}负责关系重大的工作。`)
    await entry(2, '第二问', '第二答')
    await entry(3, 'DRAFT-QUESTION', 'DRAFT-ANSWER', 'draft')
  })

  test('a Q&A set has its published entries in order and a FAQPage', async () => {
    const res = await getJson(`/v1/qa/sets/${setSlug}`)
    expect(res.status).toBe(200)
    expect(res.body.entries.map((e: { question: string }) => e.question)).toEqual([
      '什么是国家安全部？',
      '第二问',
    ])
    expect(res.body.entryCount).toBe(2)
    expect(res.text).not.toContain('DRAFT-')
    expect(res.body.jsonLd).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: '什么是国家安全部？', acceptedAnswer: { '@type': 'Answer' } },
        { name: '第二问' },
      ],
    })
    expect(cheerio.load(res.body.entries[0].html)('a.term').attr('data-term')).toBe(
      slug('term-jiguan'),
    )
    const hk = await getJson(`/v1/qa/sets/${setSlug}?script=hant-hk`)
    expect(hk.body.entries[0].question).toBe('什麼是國家安全部？')
    expect(hk.body.entries[0].text).toContain('關係')
  })

  test('the Q&A list pages through sets with entry counts', async () => {
    const res = await getJson(`/v1/qa?topic=${slug('topic')}`)
    expect(res.status).toBe(200)
    expect(res.body.items).toEqual([
      expect.objectContaining({ slug: setSlug, entryCount: 2, title: `反间谍法问答${run}` }),
    ])
    expect((await getJson('/v1/qa/sets/no-such-set')).status).toBe(404)
    expect((await getJson('/v1/qa?limit=x')).body.errors[0].parameter).toBe('limit')
  })

  test('the glossary is A–Z by pinyin with aliases; drafts absent; a term links the others, not itself', async () => {
    const res = await getJson('/v1/glossary')
    expect(res.status).toBe(200)
    const letters = res.body.sections.map((s: { letter: string }) => s.letter)
    expect(letters).toEqual(
      [...letters].sort((a: string, b: string) =>
        a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b),
      ),
    )
    const terms = res.body.sections.flatMap(
      (s: { letter: string; terms: Array<{ slug: string }> }) =>
        s.terms.map((t) => ({ ...t, letter: s.letter })),
    )
    const jiguan = terms.find((t: { slug: string }) => t.slug === slug('term-jiguan'))
    expect(jiguan).toMatchObject({
      letter: 'G',
      term: `国家安全机关${run}`,
      aliases: [],
      definition: '依法承担国家安全工作的机关。负责反间谍工作。',
    })
    expect(terms.find((t: { slug: string }) => t.slug === slug('term-zuzhi'))).toMatchObject({
      letter: 'J',
    })
    expect(res.text).not.toContain(slug('term-draft'))
    expect(res.body.jsonLd).toMatchObject({
      '@type': 'DefinedTermSet',
      hasDefinedTerm: expect.arrayContaining([
        expect.objectContaining({ '@type': 'DefinedTerm', name: `国家安全机关${run}` }),
      ]),
    })

    const tw = await getJson('/v1/glossary?script=hant-tw')
    const twTerm = tw.body.sections
      .flatMap((s: { terms: unknown[] }) => s.terms)
      .find((t: { slug: string }) => t.slug === slug('term-jiguan'))
    expect(twTerm.term).toBe(`國家安全機關${run}`)

    const term = await getJson(`/v1/glossary/${slug('term-zuzhi')}`)
    expect(term.status).toBe(200)
    expect(term.body.jsonLd).toMatchObject({ '@type': 'DefinedTerm', name: `间谍组织${run}` })
    // inLanguage is not a DefinedTerm property (schema.org): not stated on a term's page.
    expect(term.body.jsonLd).not.toHaveProperty('inLanguage')
    expect((await getJson(`/v1/glossary/${slug('term-draft')}`)).status).toBe(404)
  })

  test('topics list and a topic page with its articles', async () => {
    const list = await getJson('/v1/topics')
    const topic = list.body.items.find((t: { slug: string }) => t.slug === slug('topic'))
    expect(topic).toMatchObject({ name: '反间谍专题', articleCount: 3 })
    const page = await getJson(`/v1/topics/${slug('topic')}?limit=2&script=hant-tw`)
    expect(page.body.name).toBe('反間諜專題')
    expect(page.body.articles.items.map((a: { slug: string }) => a.slug)).toEqual([
      slug('a3'),
      slug('a2'),
    ])
    expect(page.body.articles.next).toContain(`/v1/articles?topic=${slug('topic')}&cursor=`)
    expect((await getJson('/v1/topics/no-such-topic')).status).toBe(404)
  })
})

describe('corrections and retraction', () => {
  /** An article published as written, then changed after publication (tagged `${tag}-${tagSuffix}`). */
  async function publishedThenChanged(
    name: string,
    title: string,
    tagSuffix: string,
    body: ReturnType<typeof root>,
    change: Record<string, unknown>,
  ) {
    const id = await createArticle({ title, slug: slug(name), body, tags: [`${tag}-${tagSuffix}`] })
    await updateArticle(id, change)
  }

  test('correction notes are delivered with the article and as CorrectionComment in JSON-LD', async () => {
    await publishedThenChanged('corrected', `更正测试${run}`, 'fix', root(p('正文')), {
      corrections: [
        { text: '原文将日期误写为4月16日，已更正为4月15日。', date: '2024-04-20T00:00:00.000Z' },
      ],
    })
    const res = await getJson(`/v1/articles/${slug('corrected')}?script=hant-tw`)
    expect(res.body.corrections).toEqual([
      { text: '原文將日期誤寫為4月16日，已更正為4月15日。', date: '2024-04-20T00:00:00.000Z' },
    ])
    expect(res.body.jsonLd.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: '原文將日期誤寫為4月16日，已更正為4月15日。',
        datePublished: '2024-04-20T00:00:00.000Z',
      },
    ])
  })

  test('a retracted article keeps its URL with the notice and reason instead of the body, and leaves lists and feeds', async () => {
    await publishedThenChanged(
      'retracted',
      `撤稿测试${run}`,
      'retract',
      root(p('RETRACTED-BODY')),
      {
        retraction: { retracted: true, reason: '事实有误', at: '2024-05-01T00:00:00.000Z' },
      },
    )
    const res = await getJson(`/v1/articles/${slug('retracted')}`)
    expect(res.status).toBe(200)
    expect(res.body.retraction).toMatchObject({
      retracted: true,
      reason: '事实有误',
      at: '2024-05-01T00:00:00.000Z',
    })
    expect(res.body.retraction.notice).toContain('本文已撤回')
    expect(res.body.html).toBeUndefined()
    expect(res.text).not.toContain('RETRACTED-BODY')
    expect((await getJson(`/v1/articles?tag=${tag}-retract`)).body.items).toEqual([])
    expect((await getJson('/feeds/feed.json')).text).not.toContain(`撤稿测试${run}`)
    expect(
      (await getJson(`/v1/articles/${slug('retracted')}?script=hant-hk`)).body.retraction.reason,
    ).toBe('事實有誤')
  })
})

describe('links between documents in rich text (issue 14, item 2)', () => {
  test('internal links and relationship nodes point at published pages; a draft target becomes text', async () => {
    const target = await createArticle({
      title: `被链接的文章${run}`,
      slug: slug('link-target'),
      body: root(p('目标正文。')),
    })
    const draft = await createArticle({
      title: `未发布的目标${run}`,
      slug: slug('link-draft'),
      body: root(p('草稿目标正文。')),
      published: false,
    })
    const term = await cms().payload.find({
      collection: 'glossary-terms',
      where: { slug: { equals: slug('term-zuzhi') } },
      limit: 1,
    })
    await createArticle({
      title: `含链接的文章${run}`,
      slug: slug('linking'),
      body: root(
        paragraph(
          text('参见'),
          internalLink('articles', target, '这篇文章'),
          text('与'),
          internalLink('articles', draft, '那篇草稿'),
          text('以及'),
          internalLink('glossary-terms', term.docs[0]!.id, '术语'),
          text('。'),
        ),
        relationship('articles', target),
        relationship('articles', draft),
      ),
    })
    for (const path of [
      `/v1/articles/${slug('linking')}`,
      `/v1/articles/${slug('linking')}?script=hant-tw`,
    ]) {
      const res = await getJson(path)
      expect(res.status).toBe(200)
      const $ = cheerio.load(res.body.html)
      const hrefs = $('a')
        .map((_, el) => $(el).attr('href'))
        .get()
      expect(hrefs).toEqual(
        expect.arrayContaining([
          expect.stringMatching(new RegExp(`/articles/${slug('link-target')}$`)),
          expect.stringMatching(new RegExp(`/glossary/${slug('term-zuzhi')}$`)),
        ]),
      )
      // The embedded published article: a paragraph linking to it by its title.
      const embedded = $('p > a').filter(
        (_, el) => $(el).attr('href')?.endsWith(slug('link-target')) ?? false,
      )
      expect(embedded.text()).toMatch(/被链接的文章|被鏈接的文章/)
      // The draft: its link text stays, nothing points at it or names it.
      expect(res.body.text).toMatch(/那篇草稿/)
      expect(res.text).not.toContain(slug('link-draft'))
      expect(res.text).not.toContain('未发布的目标')
    }
  })
})
