import { slugify, pinyinSortKey, pinyinInitial, pinyinWithTones } from '../../../src/text/pinyin.js'
import {
  foldKey,
  toSimplified,
  toTraditional,
  normalizeForSearch,
} from '../../../src/text/normalize.js'

// Each row: the function, what it reads, what it must give.
test.each<{ of: (text: string) => string; text: string; is: string }>([
  // Pinyin slugs keep Chinese titles readable.
  { of: slugify, text: '国家安全教育日', is: 'guo-jia-an-quan-jiao-yu-ri' },
  { of: slugify, text: '《反间谍法》GIS 2024', is: 'fan-jian-die-fa-gis-2024' },
  { of: pinyinSortKey, text: '银行', is: 'yin hang|22' },
  { of: pinyinInitial, text: '间谍', is: 'J' },
  { of: pinyinWithTones, text: '间谍', is: 'jiàn dié' },
  // 还 reads huán in repayment words, hái elsewhere.
  { of: slugify, text: '还款', is: 'huan-kuan' },
  { of: slugify, text: '按时还款', is: 'an-shi-huan-kuan' },
  { of: slugify, text: '還款提醒', is: 'huan-kuan-ti-xing' },
  { of: pinyinWithTones, text: '还款', is: 'huán kuǎn' },
  { of: slugify, text: '还钱还是还贷', is: 'huan-qian-hai-shi-huan-dai' },
  { of: slugify, text: '还有', is: 'hai-you' },
  { of: slugify, text: '还款、贷款', is: 'huan-kuan-dai-kuan' },
  // Punctuation never becomes a pinyin token.
  { of: pinyinWithTones, text: '网络、信息', is: 'wǎng luò xìn xī' },
  { of: slugify, text: '网络、信息', is: 'wang-luo-xin-xi' },
  { of: pinyinWithTones, text: '《反间谍法》GIS', is: 'fǎn jiàn dié fǎ GIS' },
  { of: pinyinSortKey, text: '网络、信息', is: 'wang luo xin xi|3441' },
  { of: pinyinSortKey, text: '“间谍”', is: pinyinSortKey('间谍') },
  { of: pinyinInitial, text: '《反间谍法》', is: 'F' },
  // Script folding.
  { of: toSimplified, text: '國家安全教育日', is: '国家安全教育日' },
  { of: toTraditional, text: '国家安全', is: '國家安全' },
  { of: foldKey, text: '國家 安全 ＧＩＳ', is: foldKey('国家 安全 gis') },
  { of: normalizeForSearch, text: '反恐怖主義', is: '反恐怖主义' },
])('$of.name($text) is $is', ({ of, text, is }) => expect(of(text)).toBe(is))

test('长期 sorts under chang qi', () => expect(pinyinSortKey('长期')).toMatch(/^chang qi/))
