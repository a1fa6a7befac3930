import { createSearchIndex, type SearchOptions } from '../../../src/search/index.js'
import { generatedDocuments } from './fixtures.js'

/**
 * The top-k ranks only what can still enter the page; these tests hold it to the full ranking
 * (every match ranked and sorted, searchByFullRanking) on a generated corpus, page by page.
 */
describe('top-k ranking equals the full ranking', () => {
  const index = createSearchIndex()
  beforeAll(() => {
    for (const document of generatedDocuments(1500)) index.upsert(document)
  })

  const queries = [
    '国家安全',
    '安全',
    '反恐',
    '反恐 国际合作',
    '国际合作 反恐',
    '"国家安全"',
    '国家 教育',
    '恐怖主义',
    '反恐国际合作',
  ]
  const variants: SearchOptions[] = [
    {},
    { limit: 3 },
    { limit: 50 },
    { type: 'qa' },
    { topic: 'b', limit: 7 },
    { includeDrafts: true },
    { includeDrafts: ['article'], limit: 5 },
  ]

  test.each(queries)(
    '%s: the first pages, through their cursors, with filters and page sizes',
    (query) => {
      for (const options of variants) {
        let cursor: string | undefined
        for (let page = 0; page < 2; page++) {
          index.clearMatchCache() // pages 1 and 2 by the top-k (from page 3 on it is the full ranking)
          const topK = index.search(query, { ...options, cursor })
          const full = index.searchByFullRanking(query, { ...options, cursor })
          expect(topK).toEqual(full)
          if (!topK.nextCursor) break
          cursor = topK.nextCursor
        }
      }
    },
  )

  test('a page of a common word ranks only its own documents', () => {
    for (const query of ['国家安全', '安全', '反恐']) {
      index.clearMatchCache()
      const { results, total } = index.search(query, { limit: 10 })
      expect(total).toBeGreaterThan(300)
      expect(results).toHaveLength(10)
      // One word: the bounds are exact, so only the ten results were read.
      expect(index.lastQueryExactRanks).toBe(10)
    }
    index.clearMatchCache()
    const { total } = index.search('反恐 国际合作', { limit: 10 })
    expect(total).toBeGreaterThan(100)
    expect(index.lastQueryExactRanks).toBeLessThan(total / 4)
  })

  test('still equal after removals and updates', () => {
    const changed = createSearchIndex()
    const documents = generatedDocuments(600)
    for (const document of documents) changed.upsert(document)
    for (const document of documents.slice(0, 200)) {
      if (Number(document.id) % 3 === 0) changed.remove(document.type, document.id)
      else changed.upsert({ ...document, title: `${document.title}国家安全`, aliases: ['安全'] })
    }
    for (const query of ['国家安全', '安全', '反恐 国际合作']) {
      changed.clearMatchCache()
      expect(changed.search(query, { limit: 20 })).toEqual(
        changed.searchByFullRanking(query, { limit: 20 }),
      )
    }
  })
})
