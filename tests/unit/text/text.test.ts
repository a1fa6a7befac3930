import { slugify, pinyinSortKey, pinyinInitial, pinyinWithTones } from '../../../src/text/pinyin.js'
import {
  foldKey,
  toSimplified,
  toTraditional,
  normalizeForSearch,
} from '../../../src/text/normalize.js'

test('pinyin slugs keep Chinese titles readable', () => {
  expect(slugify('国家安全教育日')).toBe('guo-jia-an-quan-jiao-yu-ri')
  expect(slugify('《反间谍法》GIS 2024')).toBe('fan-jian-die-fa-gis-2024')
  expect(pinyinSortKey('银行')).toBe('yin hang|22')
  expect(pinyinSortKey('长期')).toMatch(/^chang qi/)
  expect(pinyinInitial('间谍')).toBe('J')
  expect(pinyinWithTones('间谍')).toBe('jiàn dié')
})

test('script folding', () => {
  expect(toSimplified('國家安全教育日')).toBe('国家安全教育日')
  expect(toTraditional('国家安全')).toBe('國家安全')
  expect(foldKey('國家 安全 ＧＩＳ')).toBe(foldKey('国家 安全 gis'))
  expect(normalizeForSearch('反恐怖主義')).toBe('反恐怖主义')
})
