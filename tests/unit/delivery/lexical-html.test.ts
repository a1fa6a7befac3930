import * as cheerio from 'cheerio'
import {
  readingTimeMinutes,
  renderRichText,
  type CitationSource,
} from '../../../src/delivery/lexical-html.js'
import {
  callout,
  citation,
  glossaryMark,
  heading,
  link,
  list,
  listItem,
  paragraph,
  qaPair,
  root,
  text,
} from '../../support/lexical.js'
import { readSeed, seed000Document, seed000Sections } from './seed-lexical.js'
import { textsOf } from '../../support/texts.js'

const ANTI_ESPIONAGE_LAW: CitationSource = {
  id: 7,
  title: '中华人民共和国反间谍法',
  outlet: '全国人民代表大会常务委员会',
  url: 'http://www.npc.gov.cn/npc/c30834/202304/a38b0b2b2c6e4bd6a5f7a6e7d0e1b6b1.shtml',
  publishedDate: '2023-04-26T00:00:00.000Z',
}
const XINHUA_QA: CitationSource = {
  id: 9,
  title: '国家安全部有关负责人就《反间谍安全防范工作规定》答记者问',
  outlet: '新华社',
  author: '新华社记者',
  url: 'https://www.news.cn/politics/2021-04/26/c_1127377510.htm',
  publishedDate: '2021-04-26',
}

describe('renderRichText on seed 000 (国家安全 Q&A explainer)', () => {
  const { intro, sections } = seed000Sections()
  const rendered = renderRichText(seed000Document())
  const $ = cheerio.load(rendered.html, null, false)

  test('question sections become Q&A blocks, the others headings with pinyin anchors', () => {
    const questionTitles = textsOf($('section.qa > h3.q'))
    expect(questionTitles).toContain('什么是国家安全')
    expect(questionTitles).toContain('《国家安全法》有哪些特点')
    expect(rendered.headings.map((h) => h.text)).toContain('危害国家安全的行为')
    expect(questionTitles.length + rendered.headings.length).toBe(sections.length)
    const harm = rendered.headings.find((h) => h.text === '危害国家安全的行为')!
    expect(harm).toEqual({
      level: 2,
      text: '危害国家安全的行为',
      id: 'wei-hai-guo-jia-an-quan-de-xing-wei',
    })
    expect($(`h2#${harm.id}`).text()).toBe(harm.text)
  })

  test('every answer paragraph is delivered inside its Q&A block', () => {
    const first = sections[0]!
    const answer = textsOf($('section.qa').first().find('div.a p'))
    expect(answer).toEqual(first.paragraphs)
  })

  test('plain text is paragraph-separated and carries the whole content', () => {
    const paragraphs = rendered.text.split('\n\n')
    expect(paragraphs[0]).toBe(intro)
    for (const section of sections)
      expect(rendered.text).toContain(section.paragraphs.at(-1) ?? section.title)
    expect(rendered.text).not.toMatch(/<[a-z]/)
  })

  test('reading time follows ~400 Han characters per minute', () => {
    const han = rendered.text.match(/\p{Script=Han}/gu)!.length
    expect(han).toBeGreaterThan(8000)
    const minutes = readingTimeMinutes(rendered.text)
    expect(Math.abs(minutes - han / 400)).toBeLessThanOrEqual(1)
    expect(readingTimeMinutes('举报电话12339')).toBe(1)
    expect(readingTimeMinutes('')).toBe(1)
  })
})

test('text is escaped and dangerous markup or URLs never reach the output', () => {
  const state = root(
    paragraph(text('<script>alert("间谍")</script> & <img src=x onerror=alert(1)>')),
    paragraph(link('javascript:alert(1)', '点击领取奖励')),
    paragraph(link(' JaVaScRiPt:alert(1)', '再点一次'), link('java\tscript:alert(1)', '又一次')),
    paragraph(link('https://www.12339.gov.cn/', '国家安全机关举报受理平台', true)),
  )
  const { html } = renderRichText(state)
  const $ = cheerio.load(html, null, false)
  expect($('script, img').length).toBe(0)
  expect(
    $('*')
      .toArray()
      .flatMap((el) => ('attribs' in el ? Object.keys(el.attribs) : []))
      .filter((name) => name.startsWith('on')),
  ).toEqual([])
  expect(html).not.toMatch(/javascript:/i)
  expect($('p').first().text()).toBe(
    '<script>alert("间谍")</script> & <img src=x onerror=alert(1)>',
  )
  expect(html).toContain('<p>点击领取奖励</p><p>再点一次又一次</p>')
  expect(html).toContain(
    '<a href="https://www.12339.gov.cn/" target="_blank" rel="noopener noreferrer">国家安全机关举报受理平台</a>',
  )
})

test('text format bitmask maps to inline tags', () => {
  const { html } = renderRichText(
    root(paragraph(text('维护国家安全', 1), text('人人有责', 2 | 8), text('12339', 16))),
  )
  expect(html).toBe(
    '<p><strong>维护国家安全</strong><u><em>人人有责</em></u><code>12339</code></p>',
  )
})

describe('citations', () => {
  const state = root(
    paragraph(
      text('国家安全部26日公布《反间谍安全防范工作规定》'),
      citation('c1', XINHUA_QA),
      text('，自公布之日起施行。'),
    ),
    paragraph(
      text('行业主管部门应当与国家安全机关建立健全反间谍安全防范协作机制'),
      citation('c2', 7, '第十二条'),
    ),
    paragraph(
      text('重点单位还应当承担重点责任'),
      citation('c3', { ...XINHUA_QA }),
      citation('c4', 7, '第十四条'),
      citation('c5', 7, '第十二条'),
    ),
  )
  const rendered = renderRichText(state, {
    resolveSource: (id) => (id === 7 ? ANTI_ESPIONAGE_LAW : undefined),
  })
  const $ = cheerio.load(rendered.html, null, false)

  test('numbered by first appearance, repeated sources reuse their number', () => {
    expect(textsOf($('sup.cite'))).toEqual(['[1]', '[2]', '[1]', '[2]', '[2]'])
    expect(rendered.citations.map((c) => [c.n, c.source.title, c.locators])).toEqual([
      [1, XINHUA_QA.title, []],
      [2, ANTI_ESPIONAGE_LAW.title, ['第十二条', '第十四条']],
    ])
    expect($('sup.cite a').eq(1).attr('title')).toBe('第十二条')
    expect($('sup.cite a').eq(1).attr('href')).toBe('#note-2')
  })

  test('notes list at the end names author, title (linked), outlet, date and locators', () => {
    const notes = $('ol.notes > li')
    expect(notes.length).toBe(2)
    expect(notes.eq(0).attr('id')).toBe('note-1')
    expect(notes.eq(0).text()).toBe(`新华社记者：${XINHUA_QA.title}，新华社，2021-04-26`)
    expect(notes.eq(0).find('a').attr('href')).toBe(XINHUA_QA.url)
    expect(notes.eq(1).text()).toBe(
      '中华人民共和国反间谍法，全国人民代表大会常务委员会，2023-04-26（第十二条；第十四条）',
    )
    expect(rendered.html.indexOf('class="notes"')).toBeGreaterThan(
      rendered.html.lastIndexOf('sup class="cite"'),
    )
  })

  test('citation markers stay out of the plain text', () => {
    expect(rendered.text.split('\n\n')[0]).toBe(
      '国家安全部26日公布《反间谍安全防范工作规定》，自公布之日起施行。',
    )
  })

  test('an unresolvable source is reported, not rendered', () => {
    const result = renderRichText(root(paragraph(text('见'), citation('c9', 404))))
    expect(result.citations).toEqual([])
    expect(result.html).toBe('<p>见</p>')
    expect(result.warnings[0]).toMatch(/citation c9: source 404/)
  })
})

test('glossary marks link to the term page with its definition as title', () => {
  const secrets = {
    id: 3,
    term: '国家秘密',
    slug: 'guo-jia-mi-mi',
    definition:
      '是指关系国家的安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。',
  }
  const state = root(
    paragraph(
      text('窃取、刺探、收买、非法提供'),
      glossaryMark('g1', 3, '国家秘密'),
      text('的；'),
      glossaryMark('g2', { id: 5, term: '资助', slug: 'zi-zhu' }, '资助'),
    ),
  )
  const { html, text: plain } = renderRichText(state, {
    resolveTerm: (id) => (id === 3 ? secrets : undefined),
    termUrl: (slug) => `/glossary/${slug}`,
  })
  expect(html).toBe(
    `<p>窃取、刺探、收买、非法提供<a class="term" data-term="guo-jia-mi-mi" title="${secrets.definition}" href="/glossary/guo-jia-mi-mi">国家秘密</a>的；` +
      '<a class="term" data-term="zi-zhu" href="/glossary/zi-zhu">资助</a></p>',
  )
  expect(plain).toBe('窃取、刺探、收买、非法提供国家秘密的；资助')
  const spans = renderRichText(state, { resolveTerm: () => secrets })
  expect(spans.html).toContain('<span class="term" data-term="guo-jia-mi-mi"')
})

test('Q&A from seed 001 and a hotline callout', () => {
  const seed = readSeed('001_3725888e3f78c79b.txt')
  const question = /问：(为什么要制定规定？)/.exec(seed)![1]!
  const answer = /答：(制定规定是[^\n]+)/.exec(seed)![1]!
  const { html, text: plain } = renderRichText(
    root(
      qaPair('q1', question, answer),
      callout(
        'k1',
        'hotline',
        '发现危害国家安全的行为，请拨打举报电话12339，或登录www.12339.gov.cn举报。',
        '举报电话 12339',
      ),
      callout('k2', 'bogus', '<b>提示</b>'),
    ),
  )
  expect(html).toContain(
    `<section class="qa"><h3 class="q">${question}</h3><div class="a"><p>${answer}</p></div></section>`,
  )
  expect(html).toContain(
    '<aside class="callout callout-hotline"><p class="callout-title">举报电话 12339</p><div class="callout-body"><p>发现危害国家安全的行为',
  )
  expect(html).toContain(
    '<aside class="callout callout-info"><div class="callout-body"><p>&lt;b&gt;提示&lt;/b&gt;</p></div></aside>',
  )
  expect(plain.split('\n\n')).toEqual([
    question,
    answer,
    '举报电话 12339',
    '发现危害国家安全的行为，请拨打举报电话12339，或登录www.12339.gov.cn举报。',
    '<b>提示</b>',
  ])
})

test('nested lists end up inside the preceding list item', () => {
  const state = root(
    list(
      'number',
      listItem(text('危害国家安全的行为')),
      listItem(list('bullet', listItem(text('阴谋颠覆政府')), listItem(text('参加间谍组织')))),
      listItem(text('其他破坏活动')),
    ),
  )
  const { html, text: plain } = renderRichText(state)
  expect(html).toBe(
    '<ol><li>危害国家安全的行为<ul><li>阴谋颠覆政府</li><li>参加间谍组织</li></ul></li><li>其他破坏活动</li></ol>',
  )
  expect(plain.split('\n\n')).toEqual([
    '危害国家安全的行为',
    '阴谋颠覆政府',
    '参加间谍组织',
    '其他破坏活动',
  ])
})

test('uploads render as figures from populated docs or resolved ids', () => {
  const media = {
    id: 11,
    url: '/api/media/file/12339-poster.png',
    alt: '全民国家安全教育日海报',
    width: 1080,
    height: 720,
    mimeType: 'image/png',
  }
  const state = root(
    { type: 'upload', relationTo: 'media', value: media, fields: null, version: 3 },
    { type: 'upload', relationTo: 'media', value: 11, version: 3 },
  )
  const { html } = renderRichText(state, {
    resolveMedia: (id) => (id === 11 ? media : undefined),
    mediaUrl: (m) => `https://cdn.example.org${m.url}`,
  })
  const figure =
    '<figure><img src="https://cdn.example.org/api/media/file/12339-poster.png" alt="全民国家安全教育日海报" width="1080" height="720" loading="lazy" /><figcaption>全民国家安全教育日海报</figcaption></figure>'
  expect(html).toBe(figure + figure)
  expect(renderRichText(state).warnings).toEqual(['upload 11 could not be resolved'])
})

test('Traditional headings from seed 004 get pinyin anchors and stay unique', () => {
  const subheadings = [
    '恐怖主義之禍 全球安全毒瘤',
    '加強國際合作 形勢迫在眉睫',
    '加強國際合作 形勢迫在眉睫',
  ]
  expect(readSeed('004_56c83ed7d12524c2.txt')).toContain(subheadings[0])
  const { headings, html } = renderRichText(root(...subheadings.map((h) => heading(h))))
  expect(headings.map((h) => h.id)).toEqual([
    'kong-bu-zhu-yi-zhi-huo-quan-qiu-an-quan-du-liu',
    'jia-qiang-guo-ji-he-zuo-xing-shi-po-zai-mei-jie',
    'jia-qiang-guo-ji-he-zuo-xing-shi-po-zai-mei-jie-2',
  ])
  expect(html.match(/<h2 id=/g)).toHaveLength(3)
})

test('empty or missing state renders nothing', () => {
  expect(renderRichText(null)).toEqual({
    html: '',
    text: '',
    citations: [],
    headings: [],
    warnings: [],
  })
  expect(renderRichText(root(paragraph())).html).toBe('')
})
