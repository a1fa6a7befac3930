import {
  articleJsonLd,
  definedTermSetJsonLd,
  faqPageJsonLd,
  jsonLdScriptTag,
} from '../../../src/delivery/jsonld.js'
import { slugify } from '../../../src/text/pinyin.js'
import { readSeed, seed000Sections } from './seed-lexical.js'

const publisher = {
  name: '国家安全教育资料库',
  url: 'https://example.org',
  logoUrl: 'https://example.org/logo.png',
}

/** The 问：/答： pairs of seed 001; a follow-on paragraph belongs to the answer before it. */
function seed001Pairs(): Array<{ question: string; answer: string }> {
  const pairs: Array<{ question: string; answer: string }> = []
  for (const line of readSeed('001_3725888e3f78c79b.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    if (line.startsWith('问：')) pairs.push({ question: line.slice(2), answer: '' })
    else if (line.startsWith('答：')) pairs.at(-1)!.answer = line.slice(2)
    else if (pairs.at(-1)?.answer) pairs.at(-1)!.answer += `\n${line}`
  }
  return pairs
}

test('reprinted commentary (seed 004) as NewsArticle: isBasedOn the WeChat original, with a correction', () => {
  const lines = readSeed('004_56c83ed7d12524c2.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 1)
  const headline = lines[0]!
  const ld = articleJsonLd({
    type: 'NewsArticle',
    url: 'https://example.org/zh-hant-tw/posts/guo-an-bu-da-ji-kong-bu-zhu-yi',
    headline,
    datePublished: '2024-10-09T07:33:45+08:00',
    inLanguage: 'zh-Hant-TW',
    byline: '國家安全部',
    publisher,
    basedOn: [
      {
        title: '打擊恐怖主義是國際社會的共同責任和當務之急',
        outlet: '微信公眾號“國家安全部”',
        publishedDate: '2024-10-09',
      },
    ],
    citations: [
      {
        title: '中华人民共和国反恐怖主义法',
        url: 'http://www.npc.gov.cn/fkzzyf',
        outlet: '全国人民代表大会常务委员会',
        publishedDate: '2015-12-27',
      },
    ],
    corrections: [
      { text: '更正：原文“马吉德旅”译名已统一。', datePublished: new Date('2024-10-10T02:00:00Z') },
    ],
  })
  expect(ld).toEqual({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': 'https://example.org/zh-hant-tw/posts/guo-an-bu-da-ji-kong-bu-zhu-yi',
    url: 'https://example.org/zh-hant-tw/posts/guo-an-bu-da-ji-kong-bu-zhu-yi',
    mainEntityOfPage: {
      '@type': 'WebPage',
      '@id': 'https://example.org/zh-hant-tw/posts/guo-an-bu-da-ji-kong-bu-zhu-yi',
    },
    headline: '國安部:打擊恐怖主義是國際社會的共同責任和當務之急',
    datePublished: '2024-10-08T23:33:45.000Z',
    dateModified: '2024-10-08T23:33:45.000Z',
    inLanguage: 'zh-Hant-TW',
    // A byline naming an organisation, not a person.
    author: { '@type': 'Organization', name: '國家安全部' },
    publisher: {
      '@type': 'Organization',
      name: publisher.name,
      url: publisher.url,
      logo: { '@type': 'ImageObject', url: publisher.logoUrl },
    },
    citation: [
      {
        '@type': 'CreativeWork',
        name: '中华人民共和国反恐怖主义法',
        url: 'http://www.npc.gov.cn/fkzzyf',
        publisher: { '@type': 'Organization', name: '全国人民代表大会常务委员会' },
        datePublished: '2015-12-27',
      },
    ],
    isBasedOn: [
      {
        '@type': 'CreativeWork',
        name: '打擊恐怖主義是國際社會的共同責任和當務之急',
        publisher: { '@type': 'Organization', name: '微信公眾號“國家安全部”' },
        datePublished: '2024-10-09',
      },
    ],
    correction: [
      {
        '@type': 'CorrectionComment',
        text: '更正：原文“马吉德旅”译名已统一。',
        datePublished: '2024-10-10T02:00:00.000Z',
      },
    ],
  })
})

test('long headlines are cut at 110 characters, several authors become an array', () => {
  const ld = articleJsonLd({
    url: 'https://example.org/a',
    headline: '国家安全'.repeat(40),
    inLanguage: 'zh-Hans',
    publisher,
    authors: [{ name: '程国平' }, { name: '刘跃进' }],
    datePublished: 'not a date',
  })
  expect([...(ld.headline as string)]).toHaveLength(110)
  expect((ld.headline as string).endsWith('…')).toBe(true)
  expect(ld.author).toEqual([
    { '@type': 'Person', name: '程国平' },
    { '@type': 'Person', name: '刘跃进' },
  ])
  // As delivered (JSON): nothing is stated for what is not known.
  expect(JSON.parse(JSON.stringify(ld))).not.toHaveProperty('datePublished')
  expect(ld['@type']).toBe('Article')
})

test('FAQPage from the six press Q&A pairs of seed 001', () => {
  const pairs = seed001Pairs()
  expect(pairs).toHaveLength(6)
  const ld = faqPageJsonLd({
    inLanguage: 'zh-Hans',
    url: 'https://example.org/qa/fan-jian-die',
    items: pairs,
  })
  const entities = ld.mainEntity as Array<{
    '@type': string
    name: string
    acceptedAnswer: { '@type': string; text: string }
  }>
  expect(entities).toHaveLength(6)
  expect(entities[0]).toEqual({
    '@type': 'Question',
    name: '为什么要制定规定？',
    acceptedAnswer: { '@type': 'Answer', text: pairs[0]!.answer },
  })
  expect(entities.every((e) => e.acceptedAnswer.text.length > 50)).toBe(true)
  const empty = faqPageJsonLd({
    inLanguage: 'zh-Hans',
    items: [{ question: '空答案？', answer: ' ' }],
  })
  expect(JSON.parse(JSON.stringify(empty))).not.toHaveProperty('mainEntity')
})

test('DefinedTermSet for the seed 000 glossary', () => {
  const section = seed000Sections().sections.find((s) => s.title === '名词术语解释')!
  const terms = section.paragraphs
    .map((p) => /^\d+\.([^：]+)：(.+)$/.exec(p))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({
      term: m[1]!,
      description: m[2]!,
      url: `https://example.org/glossary/${slugify(m[1]!)}`,
      termCode: slugify(m[1]!),
    }))
  const ld = definedTermSetJsonLd({
    url: 'https://example.org/glossary',
    name: '名词术语解释',
    inLanguage: 'zh-Hans',
    terms,
  })
  const defined = JSON.parse(JSON.stringify(ld)).hasDefinedTerm
  expect(defined).toHaveLength(7)
  expect(defined[6]).toEqual({
    '@type': 'DefinedTerm',
    '@id': 'https://example.org/glossary/guo-jia-mi-mi',
    name: '国家秘密',
    url: 'https://example.org/glossary/guo-jia-mi-mi',
    description: terms[6]!.description,
    termCode: 'guo-jia-mi-mi',
    inDefinedTermSet: 'https://example.org/glossary',
  })
})

test('the script tag cannot be closed by content', () => {
  const tag = jsonLdScriptTag(
    faqPageJsonLd({
      inLanguage: 'zh-Hans',
      items: [{ question: '</script><script>alert(1)</script>', answer: '答' }],
    }),
  )
  expect(tag.match(/<\/script>/g)).toHaveLength(1)
  const json = tag.slice('<script type="application/ld+json">'.length, -'</script>'.length)
  expect(JSON.parse(json).mainEntity[0].name).toBe('</script><script>alert(1)</script>')
})

describe('author from the byline, image and publisher (issue 14, item 9)', () => {
  const base = {
    url: 'https://example.org/a',
    headline: '标题',
    inLanguage: 'zh-Hans',
    publisher: { ...publisher, defaultImageUrl: 'https://example.org/default.png' },
  }
  const authorOf = (byline: string) =>
    JSON.parse(JSON.stringify(articleJsonLd({ ...base, byline }))).author

  test.each([
    ['本报记者 张三', { '@type': 'Person', name: '张三', jobTitle: '记者' }],
    [
      '新华社记者 张三 李四',
      [
        { '@type': 'Person', name: '张三', jobTitle: '记者' },
        { '@type': 'Person', name: '李四', jobTitle: '记者' },
      ],
    ],
    [
      '记者 王五 通讯员 赵六',
      [
        { '@type': 'Person', name: '王五', jobTitle: '记者' },
        { '@type': 'Person', name: '赵六', jobTitle: '通讯员' },
      ],
    ],
    ['中国网特约评论员 张润', { '@type': 'Person', name: '张润', jobTitle: '特约评论员' }],
    ['文/刘跃进', { '@type': 'Person', name: '刘跃进' }],
    [
      '程国平、刘跃进',
      [
        { '@type': 'Person', name: '程国平' },
        { '@type': 'Person', name: '刘跃进' },
      ],
    ],
    ['国家安全部有关负责人', { '@type': 'Organization', name: '国家安全部' }],
    ['國家安全部', { '@type': 'Organization', name: '國家安全部' }],
    ['上海市国家安全局', { '@type': 'Organization', name: '上海市国家安全局' }],
  ])('%s', (byline, expected) => {
    expect(authorOf(byline)).toEqual(expected)
  })

  test('a role with no name credits nobody: the publisher is the author', () => {
    expect(authorOf('本报记者')).toEqual({
      '@type': 'Organization',
      name: publisher.name,
      url: publisher.url,
      logo: { '@type': 'ImageObject', url: publisher.logoUrl },
    })
  })

  test('an article without a cover gets the default image; with one, its cover', () => {
    expect(articleJsonLd(base).image).toBe('https://example.org/default.png')
    expect(articleJsonLd({ ...base, imageUrls: ['https://example.org/c.jpg'] }).image).toBe(
      'https://example.org/c.jpg',
    )
  })
})
