import {
  createSearchIndex,
  splitIntoPassages,
  SearchQueryError,
  type SearchIndex,
} from '../../../src/search/index.js'
import { normalizeForSearch, toTraditional } from '../../../src/text/normalize.js'
import {
  collectionOfType,
  SEARCH_COLLECTION_SLUGS,
  SEARCH_COLLECTIONS,
} from '../../../src/search/documents.js'
import { doc, seedDocument } from './fixtures.js'

const ids = (index: SearchIndex, query: string, options = {}) =>
  index.search(query, { limit: 50, ...options }).results.map((result) => result.id)

describe('seed corpus', () => {
  const index = createSearchIndex()
  beforeAll(() => {
    index.upsert(seedDocument('000_7ff0f28b814cf2d6.txt', 0, { type: 'qa' }))
    index.upsert(seedDocument('001_3725888e3f78c79b.txt', 1))
    index.upsert(seedDocument('002_06bc90e43e81a12a.txt', 2))
    index.upsert(seedDocument('003_690e4b863b8d9f66.txt', 3))
    index.upsert(seedDocument('004_56c83ed7d12524c2.txt', 4))
  })

  test('a Traditional query finds Simplified text and a Simplified query finds Traditional text', () => {
    expect(ids(index, '國家安全教育日')).toContain(0) // seed 000 is Simplified
    expect(ids(index, '國家安全教育日')).toEqual(ids(index, '国家安全教育日'))
    expect(ids(index, '打击恐怖主义')).toContain(4) // seed 004 is Traditional
    expect(ids(index, '地理信息系统')).toEqual([2]) // seed 002 is Traditional: 地理信息系統
  })

  test('full-width and half-width, upper and lower case are the same', () => {
    expect(ids(index, '１２３３９')).toEqual(ids(index, '12339'))
    expect(ids(index, '12339')).toEqual([0])
    expect(ids(index, 'gis')).toEqual([2])
    expect(ids(index, 'ＧＩＳ')).toEqual([2])
  })

  test('several words must all occur (AND)', () => {
    const both = ids(index, '反恐 国际合作')
    expect(both.length).toBeGreaterThan(0)
    const terror = new Set(ids(index, '反恐'))
    const cooperation = new Set(ids(index, '国际合作'))
    expect(both.every((id) => terror.has(id) && cooperation.has(id))).toBe(true)
    expect(new Set(both)).toEqual(new Set([...terror].filter((id) => cooperation.has(id))))
    expect(ids(index, '程国平 12339')).toEqual([])
  })

  test('a quoted phrase must occur exactly, ASCII or Chinese quotes', () => {
    const phrase = ids(index, '"反恐怖主义法"')
    expect(phrase).toEqual(ids(index, '“反恐怖主义法”'))
    expect(phrase.length).toBeGreaterThan(0)
    // Seed 001 has 间谍 and 组织, never 间谍组织
    expect(ids(index, '间谍 组织').sort()).toEqual([0, 1])
    expect(ids(index, '"间谍组织"')).toEqual([0])
    expect(ids(index, '"安全防范"').sort()).toEqual([0, 1, 2])
  })

  test('snippets mark the hit, in the requested script', () => {
    const hans = index.search('国家安全教育日', { script: 'hans' }).results[0]
    const tw = index.search('国家安全教育日', { script: 'hant-tw' }).results[0]
    const hk = index.search('國家安全教育日', { script: 'hant-hk' }).results[0]
    expect(hans?.snippet).toContain('<mark>国家安全教育日</mark>')
    expect(tw?.snippet).toContain('<mark>國家安全教育日</mark>')
    expect(hk?.snippet).toContain('<mark>國家安全教育日</mark>')
    expect(tw?.title).toBe(toTraditional('国家安全', 'tw'))
    const traditionalSeed = index
      .search('打击恐怖主义', { script: 'hans', type: 'article' })
      .results.find((r) => r.id === 4)
    expect(traditionalSeed?.title).toContain('国安部')
    expect(traditionalSeed?.snippet).toMatch(/<mark>打击恐怖主义<\/mark>/)
  })

  test('a hit deep in a long document returns that passage, once per document', () => {
    const seed = seedDocument('002_06bc90e43e81a12a.txt', 2)
    const passages = splitIntoPassages(seed.body)
    const expected = passages.findIndex((passage) =>
      normalizeForSearch(passage).includes('地理信息系统'),
    )
    expect(passages.length).toBeGreaterThan(20)
    expect(expected).toBeGreaterThan(10)
    const { results } = index.search('地理信息系统')
    expect(results).toHaveLength(1)
    expect(results[0]?.passage).toBe(expected)
    expect(results[0]?.snippet).toContain('<mark>地理信息系统</mark>')
    // a word found in many passages of one document still yields one result for it
    const law = index.search('反恐怖主义法', { limit: 50 }).results.map((result) => result.id)
    expect(new Set(law).size).toBe(law.length)
  })

  test('operator characters are plain text', () => {
    expect(ids(index, '反恐.*')).toEqual(ids(index, '反恐'))
    expect(ids(index, '(国家安全')).toEqual(ids(index, '国家安全'))
    expect(ids(index, '+国家安全 -"')).toEqual(ids(index, '国家安全'))
    expect(() => index.search('$where')).not.toThrow()
    expect(ids(index, '$where')).toEqual([])
  })

  test('bad queries raise SearchQueryError with a code', () => {
    const codeOf = (query: string) => {
      try {
        index.search(query)
      } catch (error) {
        return error instanceof SearchQueryError ? error.code : 'other'
      }
      return 'none'
    }
    expect(codeOf('')).toBe('empty_query')
    expect(codeOf('   ')).toBe('empty_query')
    expect(codeOf('安'.repeat(201))).toBe('query_too_long')
    expect(codeOf('.*()+-"')).toBe('no_searchable_text')
    expect(codeOf('，。！？')).toBe('no_searchable_text')
    expect(() => index.search('安全', { cursor: 'not-a-cursor' })).toThrow(SearchQueryError)
  })
})

describe('ranking', () => {
  const index = createSearchIndex()
  beforeAll(() => {
    index.upsert(
      doc({
        id: 'scattered-new',
        title: '工作简报',
        body: '本年度反恐工作扎实推进。\n各方加强国际合作。',
        publishedAt: '2025-03-01',
      }),
    )
    index.upsert(
      doc({
        id: 'scattered-old',
        title: '年度总结',
        body: '反恐工作取得成效，国际合作持续深化。',
        publishedAt: '2021-03-01',
      }),
    )
    index.upsert(
      doc({
        id: 'body-phrase',
        title: '会议报道',
        body: '会议讨论了反恐国际合作的前景。',
        publishedAt: '2022-03-01',
      }),
    )
    index.upsert(
      doc({
        id: 'title-words',
        title: '国际合作与反恐',
        body: '正文内容。',
        publishedAt: '2020-01-01',
      }),
    )
    index.upsert(
      doc({
        id: 'title-phrase',
        title: '深化反恐国际合作',
        body: '正文内容。',
        publishedAt: '2019-01-01',
      }),
    )
    index.upsert(
      doc({
        id: 'title-some',
        title: '国际合作概览',
        body: '报告也提到反恐。',
        publishedAt: '2023-01-01',
      }),
    )
  })

  test('title hits first, whole query before scattered words, newer before older', () => {
    expect(ids(index, '反恐 国际合作')).toEqual([
      'title-phrase',
      'title-words',
      'title-some',
      'body-phrase',
      'scattered-new',
      'scattered-old',
    ])
  })

  test('equal relevance falls back to updatedAt when publishedAt is equal or missing', () => {
    const tie = createSearchIndex()
    tie.upsert(doc({ id: 'a', title: '反恐', publishedAt: null, updatedAt: '2024-01-01' }))
    tie.upsert(doc({ id: 'b', title: '反恐', publishedAt: null, updatedAt: '2024-06-01' }))
    expect(ids(tie, '反恐')).toEqual(['b', 'a'])
  })
})

describe('lifecycle', () => {
  test('drafts only with includeDrafts; remove() and upsert() take effect at once', () => {
    const index = createSearchIndex()
    index.upsert(doc({ id: 1, title: '反间谍安全防范', status: 'published' }))
    index.upsert(doc({ id: 2, title: '反间谍工作规定（草稿）', status: 'draft' }))
    expect(ids(index, '反间谍')).toEqual([1])
    expect(ids(index, '反间谍', { includeDrafts: true }).sort()).toEqual([1, 2])
    expect(index.has('article', 1)).toBe(true)
    expect(index.remove('article', 1)).toBe(true)
    expect(index.has('article', 1)).toBe(false)
    expect(ids(index, '反间谍')).toEqual([])
    index.remove('article', 2, 'draft')
    index.upsert(doc({ id: 2, title: '反间谍工作规定', status: 'published' }))
    expect(ids(index, '反间谍')).toEqual([2])
    index.upsert(doc({ id: 2, title: '保密工作规定', status: 'published' }))
    expect(ids(index, '反间谍')).toEqual([])
    expect(index.size).toBe(1)
  })

  test('a published document with a newer draft: readers get the published text, staff the draft', () => {
    const index = createSearchIndex()
    index.upsert(
      doc({
        id: 7,
        title: '保密守则',
        body: '旧版正文讲反间谍。',
        status: 'published',
        supersededByDraft: true,
      }),
    )
    index.upsert(
      doc({ id: 7, title: '保密守则（修订）', body: '新版正文讲反恐怖主义。', status: 'draft' }),
    )
    expect(ids(index, '反间谍')).toEqual([7])
    expect(ids(index, '反恐怖主义')).toEqual([])
    expect(ids(index, '反间谍', { includeDrafts: true })).toEqual([])
    const staff = index.search('保密守则', { includeDrafts: true }).results
    expect(staff.map((result) => [result.id, result.status])).toEqual([[7, 'draft']])
    expect(
      index.search('保密守则', { includeDrafts: ['qa'] }).results.map((result) => result.status),
    ).toEqual(['published'])
    expect(index.remove('article', 7)).toBe(true)
    expect(index.has('article', 7)).toBe(false)
  })

  test('later pages come from the cached match list and see changes made in between', () => {
    const index = createSearchIndex()
    for (let day = 1; day <= 12; day++)
      index.upsert(
        doc({
          id: day,
          title: `反恐简报 ${day}`,
          publishedAt: `2024-03-${String(day).padStart(2, '0')}`,
        }),
      )
    const first = index.search('反恐', { limit: 5 })
    const second = index.search('反恐', { limit: 5, cursor: first.nextCursor ?? undefined })
    expect(second.results.map((result) => result.id)).toEqual([7, 6, 5, 4, 3])
    index.remove('article', 2)
    const third = index.search('反恐', { limit: 5, cursor: second.nextCursor ?? undefined })
    expect(third.results.map((result) => result.id)).toEqual([1])
    expect(third.total).toBe(11)
  })

  test('paging with small pages (pruned ranking, then the cached full ranking) gives the same order as big pages', () => {
    const index = createSearchIndex()
    for (let id = 0; id < 90; id++) {
      const title =
        id % 9 === 0 ? `反恐国际合作第${id}号` : id % 4 === 0 ? `国际合作与反恐${id}` : `简报${id}`
      const body = id % 3 === 0 ? '会议讨论反恐国际合作。' : '反恐工作推进。\n国际合作深化。'
      index.upsert(
        doc({
          id,
          title,
          body,
          publishedAt: `2024-01-${String((id % 28) + 1).padStart(2, '0')}`,
          updatedAt: `2024-02-${String((id % 5) + 1).padStart(2, '0')}`,
        }),
      )
    }
    const pages = (limit: number) => {
      const seen: (string | number)[] = []
      let cursor: string | undefined
      do {
        const page = index.search('反恐 国际合作', { limit, cursor })
        expect(page.total).toBe(90)
        seen.push(...page.results.map((result) => result.id))
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      return seen
    }
    const big = pages(50)
    expect(big).toHaveLength(90)
    expect(new Set(big).size).toBe(90)
    expect(pages(7)).toEqual(big)
    index.clearMatchCache()
    expect(pages(11)).toEqual(big)
  })

  test('many removals compact the postings without changing results', () => {
    const index = createSearchIndex()
    const body = Array.from(
      { length: 40 },
      (_, n) => `第${n}段讲国家安全与保密工作的要求，以及反间谍工作的具体措施和案例分析。`,
    ).join('\n')
    for (let round = 0; round < 6; round++) {
      for (let id = 0; id < 120; id++)
        index.upsert(
          doc({ id, title: `文档${id}`, body: round === 5 && id % 2 === 0 ? '只讲反恐。' : body }),
        )
    }
    expect((index as unknown as { deadPostings: number }).deadPostings).toBeLessThan(50_000) // compacted at least once
    expect(index.search('反间谍', { limit: 1 }).total).toBe(60)
    expect(index.search('"具体措施"', { limit: 1 }).total).toBe(60)
    expect(index.search('反恐', { limit: 1 }).total).toBe(60)
  })

  test('type and topic filters', () => {
    const index = createSearchIndex()
    index.upsert(doc({ id: 1, type: 'qa', title: '什么是间谍行为', topics: ['fan-jian-die'] }))
    index.upsert(doc({ id: 1, type: 'term', title: '间谍', topics: [] }))
    index.upsert(
      doc({ id: 3, type: 'article', title: '间谍案例', topics: ['fan-jian-die', 'bao-mi'] }),
    )
    expect(ids(index, '间谍', { type: 'term' })).toEqual([1])
    expect(index.search('间谍', { type: 'term' }).results[0]?.type).toBe('term')
    expect(ids(index, '间谍', { topic: 'bao-mi' })).toEqual([3])
    expect(ids(index, '间谍', { topic: 'fan-jian-die' }).length).toBe(2)
  })

  test('cursor pages are disjoint, complete and stable when an item is added between pages', () => {
    const index = createSearchIndex()
    for (let day = 1; day <= 25; day++) {
      const date = `2024-01-${String(day).padStart(2, '0')}`
      index.upsert(
        doc({ id: day, title: `保密提示 第${day}期`, publishedAt: date, updatedAt: date }),
      )
    }
    const first = index.search('保密', { limit: 10 })
    expect(first.total).toBe(25)
    expect(first.results.map((r) => r.id)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16])
    index.upsert(
      doc({ id: 99, title: '保密提示 特刊', publishedAt: '2024-02-01', updatedAt: '2024-02-01' }),
    )
    const second = index.search('保密', { limit: 10, cursor: first.nextCursor ?? undefined })
    const third = index.search('保密', { limit: 10, cursor: second.nextCursor ?? undefined })
    expect(second.results.map((r) => r.id)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6])
    expect(third.results.map((r) => r.id)).toEqual([5, 4, 3, 2, 1])
    expect(third.nextCursor).toBeNull()
  })
})

describe('glossary', () => {
  const scattered = doc({
    id: 'scattered',
    title: '器材管理',
    body: '专用设备与间谍案件无关，器材另行登记。',
  })
  const whole = doc({ id: 'whole', title: '案例', body: '查获专用间谍器材一批。' })

  test('a glossary term is one token, also when set after the documents', () => {
    const before = createSearchIndex()
    before.upsert(scattered)
    before.upsert(whole)
    expect(ids(before, '专用间谍器材').sort()).toEqual(['scattered', 'whole'])
    before.setGlossary([{ term: '專用間諜器材' }])
    expect(ids(before, '专用间谍器材')).toEqual(['whole'])
    expect(ids(before, '間諜')).toContain('whole')
    before.setGlossary([])
    expect(ids(before, '专用间谍器材').sort()).toEqual(['scattered', 'whole'])
  })

  test('a glossary term is found by its pinyin, with or without spaces and tones', () => {
    const index = createSearchIndex()
    index.upsert(doc({ id: 'spy', title: '反间谍法解读' }))
    index.upsert(doc({ id: 'secret', title: '国家秘密的范围' }))
    expect(ids(index, 'jiandie')).toEqual([])
    index.setGlossary([{ term: '间谍' }, { term: '国家秘密', aliases: ['国密'] }])
    for (const query of ['jiandie', 'jian die', 'jiàn dié', 'jian4 die2', 'JianDie']) {
      expect(ids(index, query)).toEqual(['spy'])
    }
    expect(ids(index, 'guojiamimi')).toEqual(['secret'])
    expect(ids(index, 'guomi')).toEqual(['secret'])
    expect(index.search('jiandie').results[0]?.snippet).toContain('<mark>间谍</mark>')
  })
})

describe('search collections', () => {
  test('each collection and its result type map onto each other', () => {
    expect([...SEARCH_COLLECTION_SLUGS].sort()).toEqual(Object.keys(SEARCH_COLLECTIONS).sort())
    for (const slug of SEARCH_COLLECTION_SLUGS)
      expect(collectionOfType(SEARCH_COLLECTIONS[slug])).toBe(slug)
  })
})
