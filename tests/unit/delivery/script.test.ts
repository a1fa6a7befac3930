import {
  convertDeep,
  convertForScript,
  InvalidScriptError,
  parseScript,
  SCRIPT_LANGUAGE_TAGS,
} from '../../../src/delivery/script.js'
import { paragraph, readSeed, root, text } from './seed-lexical.js'

const seed004 = readSeed('004_56c83ed7d12524c2.txt')
const seed004Title = seed004
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 1)[0]!

test('parseScript accepts our values and BCP 47 spellings, defaults when absent', () => {
  expect(parseScript('hans')).toBe('hans')
  expect(parseScript('HANT-HK')).toBe('hant-hk')
  expect(parseScript('zh-Hant-TW')).toBe('hant-tw')
  expect(parseScript('zh_TW')).toBe('hant-tw')
  expect(parseScript(undefined)).toBe('hans')
  expect(parseScript('', 'script', 'hant-tw')).toBe('hant-tw')
})

test('parseScript names the parameter and the bad value', () => {
  expect(() => parseScript('hant-mo', 'variant')).toThrow(InvalidScriptError)
  try {
    parseScript(['hans'], 'script')
    throw new Error('not thrown')
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidScriptError)
    const e = error as InvalidScriptError
    expect(e.parameter).toBe('script')
    expect(e.value).toEqual(['hans'])
    expect(e.message).toBe(
      'Invalid value ["hans"] for parameter "script": expected one of hans, hant-tw, hant-hk',
    )
  }
})

test('seed 004 (Traditional with stray Simplified forms) is delivered consistently in every script', () => {
  expect(seed004Title).toBe('國安部:打擊恐怖主義是國際社會的共同責任和當務之急')
  expect(convertForScript(seed004Title, 'hans')).toBe(
    '国安部:打击恐怖主义是国际社会的共同责任和当务之急',
  )
  const body = seed004.slice(0, 3000)
  const tw = convertForScript(body, 'hant-tw')
  // The scraped text mixes forms (最后更新, 善后, 并依法, 反恐斗爭); delivery unifies them.
  expect(body).toContain('善后工作')
  expect(tw).toContain('善後工作')
  expect(tw).toContain('緝拿兇手並依法嚴懲')
  expect(tw).toContain('國際反恐鬥爭')
  expect(convertForScript(body, 'hans')).toBe(convertForScript(tw, 'hans'))
  expect(tw.length).toBe(body.length)
})

test('Taiwan and Hong Kong forms differ where the standards differ', () => {
  const simplified = '群众里面有人着急'
  expect(convertForScript(simplified, 'hant-tw')).toBe('群眾裡面有人著急')
  expect(convertForScript(simplified, 'hant-hk')).toBe('羣眾裏面有人着急')
  // Taiwan-form text re-delivered for Hong Kong picks up the HK forms (著 stays: Simplified keeps it as well).
  expect(convertForScript('群眾裡面', 'hant-hk')).toBe('羣眾裏面')
})

/** A delivered post whose prose is `prose`; its ids, slugs, URLs, dates, numbers and flags are fixed. */
const postWith = (prose: {
  title: string
  summary: string
  topic: string
  bylineRole: string
  body: string
  coverAlt: string
  outlet: string
}) => ({
  id: 42,
  slug: 'guo-an-bu-da-ji-kong-bu-zhu-yi',
  title: prose.title,
  summary: prose.summary,
  publishedAt: '2024-10-09T07:33:45.000Z',
  canonicalUrl: 'https://example.org/文章/国安部',
  topics: [{ id: 'a1', name: prose.topic, slug: 'fan-kong-bu-zhu-yi' }],
  byline: { name: '房佶宜', role: prose.bylineRole },
  body: root(paragraph(text(prose.body))),
  cover: { url: '/api/media/file/国安部.png', alt: prose.coverAlt },
  origin: { sourceUrl: 'https://mp.weixin.qq.com/s/国家安全部', outlet: prose.outlet },
  wordCount: 1234,
  flags: [true, null],
})

test('convertDeep converts prose everywhere but leaves ids, slugs, URLs and dates alone', () => {
  const post = postWith({
    title: '国安部：打击恐怖主义是国际社会的共同责任',
    summary: 'Q:为什么要加强国际合作?',
    topic: '反恐怖主义',
    bylineRole: '责任编辑',
    body: '恐怖主义是危害全球安全的毒瘤，是全人类公敌。',
    coverAlt: '国家安全部',
    outlet: '微信公众号“国家安全部”',
  })
  const tw = convertDeep(post, 'hant-tw')
  expect(tw).toEqual(
    postWith({
      title: '國安部：打擊恐怖主義是國際社會的共同責任',
      summary: 'Q:為什麼要加強國際合作?',
      topic: '反恐怖主義',
      bylineRole: '責任編輯',
      body: '恐怖主義是危害全球安全的毒瘤，是全人類公敵。',
      coverAlt: '國家安全部',
      outlet: '微信公眾號“國家安全部”',
    }),
  )
  expect(post.title).toBe('国安部：打击恐怖主义是国际社会的共同责任')
})

test('convertDeep fields: only narrows, skip widens', () => {
  const doc = {
    title: '国家安全',
    summary: '国家安全教育日',
    nested: { title: '反间谍法', note: '备注' },
  }
  expect(convertDeep(doc, 'hant-hk', { only: ['title'] })).toEqual({
    title: '國家安全',
    summary: '国家安全教育日',
    nested: { title: '反間諜法', note: '备注' },
  })
  expect(convertDeep(doc, 'hant-hk', { skip: ['nested'] })).toEqual({
    title: '國家安全',
    summary: '國家安全教育日',
    nested: doc.nested,
  })
})

test('every script has a language tag', () => {
  expect(SCRIPT_LANGUAGE_TAGS).toEqual({
    hans: 'zh-Hans',
    'hant-tw': 'zh-Hant-TW',
    'hant-hk': 'zh-Hant-HK',
  })
})

test('a remembered conversion is kept per script and equals a fresh one', () => {
  const text = '國家安全是民族復興的根基，社會穩定是國家強盛的前提。'
  const hans = convertForScript(text, 'hans')
  const tw = convertForScript(text, 'hant-tw')
  expect(hans).toBe('国家安全是民族复兴的根基，社会稳定是国家强盛的前提。')
  expect(tw).toBe('國家安全是民族復興的根基，社會穩定是國家強盛的前提。')
  // Asked again (now from the memo), in either order: the same answers.
  expect(convertForScript(text, 'hant-tw')).toBe(tw)
  expect(convertForScript(text, 'hans')).toBe(hans)
  expect(convertForScript(hans, 'hant-tw')).toBe(tw)
})
