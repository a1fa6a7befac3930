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

test('还 reads huán in repayment words, hái elsewhere', () => {
  expect(slugify('还款')).toBe('huan-kuan')
  expect(slugify('按时还款')).toBe('an-shi-huan-kuan')
  expect(slugify('還款提醒')).toBe('huan-kuan-ti-xing')
  expect(pinyinWithTones('还款')).toBe('huán kuǎn')
  expect(slugify('还钱还是还贷')).toBe('huan-qian-hai-shi-huan-dai')
  expect(slugify('还有')).toBe('hai-you')
  expect(slugify('还款、贷款')).toBe('huan-kuan-dai-kuan')
})

test('punctuation never becomes a pinyin token', () => {
  expect(pinyinWithTones('网络、信息')).toBe('wǎng luò xìn xī')
  expect(slugify('网络、信息')).toBe('wang-luo-xin-xi')
  expect(pinyinWithTones('《反间谍法》GIS')).toBe('fǎn jiàn dié fǎ GIS')
  expect(pinyinSortKey('网络、信息')).toBe('wang luo xin xi|3441')
  expect(pinyinSortKey('“间谍”')).toBe(pinyinSortKey('间谍'))
  expect(pinyinInitial('《反间谍法》')).toBe('F')
})

test('script folding', () => {
  expect(toSimplified('國家安全教育日')).toBe('国家安全教育日')
  expect(toTraditional('国家安全')).toBe('國家安全')
  expect(foldKey('國家 安全 ＧＩＳ')).toBe(foldKey('国家 安全 gis'))
  expect(normalizeForSearch('反恐怖主義')).toBe('反恐怖主义')
})
