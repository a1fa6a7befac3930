import { parseQuery, SearchQueryError, MAX_QUERY_LENGTH } from '../../../src/search/index.js'
import { ChineseSegmenter } from '../../../src/text/segment.js'
import { chinesePunctuation } from '../../../src/search/snippet.js'

test('parseQuery normalises and separates phrases from words', () => {
  expect(parseQuery('  國家安全  “反恐怖主義法” ＧＩＳ ')).toEqual({
    words: ['国家安全', 'gis'],
    phrases: ['反恐怖主义法'],
    contiguous: '国家安全反恐怖主义法 gis',
  })
  expect(parseQuery('反恐.* (合作) $where').words).toEqual(['反恐', '合作', 'where'])
  expect(parseQuery('"unclosed 反恐').words).toEqual(['unclosed', '反恐'])
})

test('parseQuery rejects empty, too long and punctuation-only queries with codes and English messages', () => {
  const failure = (query: unknown) => {
    try {
      parseQuery(query)
    } catch (error) {
      if (error instanceof SearchQueryError) return { code: error.code, message: error.message }
    }
    return null
  }
  expect(failure('')?.code).toBe('empty_query')
  expect(failure(undefined)?.code).toBe('empty_query')
  expect(failure('a'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({
    code: 'query_too_long',
    message: 'The search query is longer than 200 characters.',
  })
  expect(failure('间'.repeat(MAX_QUERY_LENGTH))).toBeNull()
  expect(failure('""  “” ...')?.code).toBe('no_searchable_text')
})

test('user words stay whole and can be removed again', () => {
  const segmenter = new ChineseSegmenter()
  expect(segmenter.cut('查获专用间谍器材')).not.toContain('专用间谍器材')
  const change = segmenter.setUserWords(['专用间谍器材', '境内外机构、组织'])
  expect(change).toEqual({ added: ['专用间谍器材'], removed: [] })
  expect(segmenter.cut('查获专用间谍器材')).toContain('专用间谍器材')
  expect(segmenter.cutForSearch('查获专用间谍器材')).toContain('专用间谍器材')
  expect(segmenter.setUserWords([])).toEqual({ added: [], removed: ['专用间谍器材'] })
  expect(segmenter.cut('查获专用间谍器材')).not.toContain('专用间谍器材')
})

describe('snippet punctuation', () => {
  test('ASCII punctuation next to Chinese is shown full-width, elsewhere left alone', () => {
    expect(chinesePunctuation('规定,每年4月15日为全民国家安全教育日。举报电话:12339。')).toBe(
      '规定，每年4月15日为全民国家安全教育日。举报电话：12339。',
    )
    expect(chinesePunctuation('GIS (geographic information), v1.2: ok?')).toBe(
      'GIS (geographic information), v1.2: ok?',
    )
    expect(chinesePunctuation('(国家安全)')).toBe('（国家安全）')
  })
})
