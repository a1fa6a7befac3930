import { analyzeDocument, type ImportAnalysis } from '../../../src/ingest/pipeline.js'
import { SEED_000_TERMS, SEED_FILES as FILES, seedBytes } from '../../support/seeds.js'

const cache = new Map<string, ImportAnalysis>()
function seed(name: string): ImportAnalysis {
  if (!cache.has(name)) cache.set(name, analyzeDocument(seedBytes(name), { fileName: name }))
  return cache.get(name) as ImportAnalysis
}

describe.each(Object.values(FILES))('seed %s', (name) => {
  test('every question, answer, term and definition is found verbatim in the cleaned text', () => {
    const analysis = seed(name)
    for (const { question, answer } of analysis.qa) {
      expect(analysis.text).toContain(question)
      expect(analysis.text).toContain(answer)
    }
    for (const { term, definition } of analysis.terms) {
      expect(analysis.text).toContain(term)
      expect(analysis.text).toContain(definition)
    }
  })
})

test('000: Q&A explainer with 27 pairs, 7 glossary terms, sections 一…十八 and the cited laws', () => {
  const analysis = seed(FILES.explainer)
  expect(analysis.title).toBe('国家安全')
  expect(analysis.kind).toBe('explainer')
  expect(analysis.script).toBe('zh-Hans')
  expect([27, 28]).toContain(analysis.qa.length)
  expect(analysis.qa.filter((pair) => pair.question.endsWith('?'))).toHaveLength(10)
  expect(analysis.qa.map((pair) => pair.question)).toEqual(
    expect.arrayContaining([
      '《国家安全法》有哪些特点',
      '什么是间谍行为',
      '公民和组织在反间谍工作中应当承担哪些义务',
    ]),
  )
  const questions = analysis.qa.map((pair) => pair.question).join('|')
  for (const articleSection of ['危害国家安全的行为', '国家安全机关“侦察证”简介', '名词术语解释']) {
    expect(questions).not.toContain(articleSection)
  }
  expect(analysis.terms.map((entry) => entry.term)).toEqual(SEED_000_TERMS)
  const secrets = analysis.terms[6]?.definition ?? ''
  expect(secrets.endsWith('国家秘密分为绝密、机密、秘密三级。')).toBe(true)
  expect(secrets).not.toContain('反间谍法》已由')
  const level1 = analysis.sections
    .filter((section) => section.level === 1)
    .map((section) => section.heading)
  expect(level1).toHaveLength(18)
  expect(level1[0]).toBe('一、什么是国家安全')
  expect(level1[17]?.startsWith('十八、')).toBe(true)
  expect(analysis.laws).toEqual(
    expect.arrayContaining([
      '《国家安全法》',
      '《反间谍法》',
      '《反恐怖主义法》',
      '《国家安全法》实施细则',
    ]),
  )
})

test('001: press Q&A with title, subtitle, 6 pairs (three answers over two paragraphs) and a Xinhua dateline', () => {
  const analysis = seed(FILES.press)
  expect(analysis.title).toBe('提升全社会特别是核心要害领域的安全防范工作能力和水平')
  expect(analysis.subtitle).toBe('——国家安全部有关负责人就《反间谍安全防范工作规定》答记者问')
  expect(analysis.lead).toMatch(/^国家安全部26日公布/)
  expect(analysis.kind).toBe('news')
  expect(analysis.qa).toHaveLength(6)
  expect(analysis.qa.filter((pair) => pair.answer.split('\n\n').length === 2)).toHaveLength(3)
  expect(analysis.qa[5]?.answer).not.toContain('新华社')
  expect(analysis.attribution).toMatchObject({
    agency: '新华社',
    dateline: '北京',
    publishedAt: '4月26日',
    outlet: null,
    editor: null,
  })
})

test('002: boilerplate, pinyin and byte-shift damage removed or flagged; Traditional kept; marked incomplete', () => {
  const analysis = seed(FILES.document)
  expect(analysis.title).toBe('反恐怖工作職責')
  expect(analysis.sections[0]).toEqual({ heading: '一、反恐怖工作職責概述', level: 1 })
  expect(analysis.sections).toEqual(
    expect.arrayContaining([{ heading: '2.1.1中央層面統籌協調', level: 3 }]),
  )
  expect(analysis.kind).toBe('document')
  expect(analysis.script).toBe('zh-Hant')
  expect(analysis.text).toContain('反恐怖工作職責')
  for (const boilerplate of [
    '_第1頁',
    '已閱讀',
    '下載本文檔',
    '版權說明',
    '文檔簡介',
    '溫馨提示',
    '最新文檔',
    '評論',
    '0/150',
    '提交評論',
    '人人文庫',
  ]) {
    expect(analysis.text).not.toContain(boilerplate)
  }
  expect(analysis.incomplete).toBe(true)
  expect(analysis.flags.map((flag) => flag.type)).toContain('truncated-document')
  expect(analysis.text).not.toMatch(/[\u4e00-\u9fff]\((?:zé|fèi|xù|hù)\)/)
  for (const kept of ['(GIS)', '(2024-2035年)', '(街道)']) expect(analysis.text).toContain(kept)
  expect(analysis.pinyinAnnotationsStripped).toBeGreaterThan(1900)
  // Every damaged run is either restored or flagged; none stays unflagged.
  const corrupted = analysis.flags.filter((flag) => flag.type === 'corrupted-text')
  expect(analysis.repairs.length + corrupted.length).toBe(14)
  expect(analysis.repairs.length).toBeGreaterThanOrEqual(12)
  expect(analysis.text).toContain('體系。《反恐怖主義法》明確了')
  expect(analysis.text).toContain('確保“不冤枉一個好人')
  for (const flag of corrupted)
    expect(analysis.text.slice(flag.position, flag.position + 1)).toBe('?')
  const unflaggedQuestionMarks = [...analysis.text.matchAll(/\?/g)].filter(
    (match) => !corrupted.some((flag) => Math.abs(flag.position - (match.index ?? 0)) < 16),
  )
  expect(unflaggedQuestionMarks).toHaveLength(0)
})

test('003: interview with 4 记者→程国平 pairs under their headings, time, no teaser, no breadcrumb', () => {
  const analysis = seed(FILES.interview)
  expect(analysis.title).toBe('未雨绸缪 建立跨部门跨地区反恐合作机制')
  expect(analysis.kind).toBe('interview')
  expect(analysis.qa).toHaveLength(4)
  expect(analysis.qa[0]?.question).toMatch(/^我国于2016年1月首次设立/)
  expect(analysis.qa[3]?.answer).toContain('习近平总书记指出:网络安全是全球性挑战')
  expect(analysis.sections.map((section) => section.heading)).toEqual([
    '未雨绸缪 建立部门地区反恐合作机制',
    '防患未然 加强毗邻国家和地区的反恐合作',
    '达成共识 促使形成反恐国际合作最大合力',
    '务实合作 全方位打击网络恐怖主义',
  ])
  const order = analysis.blocks
    .map((block) => block.type)
    .filter((type) => type === 'heading' || type === 'qa')
  expect(order).toEqual(['heading', 'qa', 'heading', 'qa', 'heading', 'qa', 'heading', 'qa'])
  expect(analysis.attribution).toMatchObject({
    publishedAt: '2019-09-26 22:18:32',
    outlet: null,
    interviewer: '《中国信息安全》杂志',
    interviewee: '程国平',
  })
  expect(analysis.text).not.toContain('阅读下一篇')
  expect(analysis.text).not.toContain('新西兰')
  expect(analysis.text).not.toContain('首页 >')
})

test('004: WeChat commentary reprint with original outlet, editor, update time and three subheadings', () => {
  const analysis = seed(FILES.commentary)
  expect(analysis.title).toBe('國安部:打擊恐怖主義是國際社會的共同責任和當務之急')
  expect(analysis.kind).toBe('commentary')
  expect(analysis.script).toBe('zh-Hant')
  expect(analysis.attribution).toEqual({
    outlet: null,
    outletType: 'wechat-account',
    originalOutlet: '國家安全部',
    agency: null,
    dateline: null,
    publishedAt: '2024-10-09 07:33:45',
    author: null,
    editor: '房佶宜',
    interviewer: null,
    interviewee: null,
  })
  expect(analysis.sections.map((section) => section.heading)).toEqual([
    '恐怖主義之禍 全球安全毒瘤',
    '加強國際合作 形勢迫在眉睫',
    '加強反恐斗爭 捍衛安全有責',
  ])
  expect(analysis.qa).toHaveLength(0)
  for (const tail of ['相關推薦', '2024-10-08', '諾貝爾', '全文如下', '責任編輯'])
    expect(analysis.text).not.toContain(tail)
  expect(analysis.text.endsWith('堅決打贏反恐怖主義這場硬仗。')).toBe(true)
})
