import { toContract } from '../../../src/ingest/contract.js'
import { planDrafts, summaryOf } from '../../../src/ingest/drafts.js'
import { analyzeDocument } from '../../../src/ingest/pipeline.js'
import { guessTopics } from '../../../src/ingest/topics.js'
import { richTextToPlain } from '../../../src/richtext/build.js'
import { toSimplified } from '../../../src/text/normalize.js'
import { ATTRIBUTION_KEYS, CONTRACT_KEYS, readSeed, seedBytes } from '../../support/seeds.js'

const analyse = (name: string) => analyzeDocument(seedBytes(name), { fileName: name })

test('the --json contract has exactly the documented keys, absent facts null', () => {
  const contract = toContract(analyse('000_7ff0f28b814cf2d6.txt'))
  expect(Object.keys(contract)).toEqual(CONTRACT_KEYS)
  expect(contract.attribution).toEqual(
    Object.fromEntries(ATTRIBUTION_KEYS.map((key) => [key, null])),
  )
  expect(contract.flags).toEqual([expect.objectContaining({ type: 'missing-source', position: 0 })])
})

test('a Traditional original is kept as written in zh-Hant, with its OpenCC conversion in zh-Hans', () => {
  const analysis = analyse('004_56c83ed7d12524c2.txt')
  const plan = planDrafts(analysis)
  expect(plan.originalScript).toBe('zh-Hant')
  expect(plan.locales).toEqual(['zh-Hans', 'zh-Hant'])
  expect(plan.article.title).toEqual({
    'zh-Hant': '國安部:打擊恐怖主義是國際社會的共同責任和當務之急',
    'zh-Hans': '国安部:打击恐怖主义是国际社会的共同责任和当务之急',
  })
  const hant = richTextToPlain(plan.article.body['zh-Hant'])
  for (const line of hant.split('\n')) expect(analysis.text).toContain(line)
  expect(richTextToPlain(plan.article.body['zh-Hans'])).toBe(toSimplified(hant))
  expect(plan.source).toMatchObject({
    outlet: '國家安全部',
    outletType: 'wechat-account',
    editor: '房佶宜',
    publishedDate: '2024-10-09 07:33:45',
    role: 'reprinted-from',
    author: null,
  })
})

test('sources state only what the text says', () => {
  expect(planDrafts(analyse('000_7ff0f28b814cf2d6.txt')).source).toMatchObject({
    outlet: null,
    outletType: 'other',
    publishedDate: null,
    editor: null,
    role: 'original',
  })
  expect(planDrafts(analyse('001_3725888e3f78c79b.txt')).source).toMatchObject({
    outlet: '新华社',
    outletType: 'news-agency',
    publishedDate: '4月26日',
  })
  expect(planDrafts(analyse('002_06bc90e43e81a12a.txt')).source).toMatchObject({
    outlet: '人人文庫網',
    outletType: 'document-sharing-site',
  })
  expect(planDrafts(analyse('003_690e4b863b8d9f66.txt')).source).toMatchObject({
    outlet: null,
    interviewee: '程国平',
    publishedDate: '2019-09-26 22:18:32',
  })
  const raw = readSeed('002_06bc90e43e81a12a.txt')
  expect(planDrafts(analyse('002_06bc90e43e81a12a.txt')).source.rawSnapshot).toBe(raw)
})

test('flags: document-wide ones on every draft, a damaged run only where it is, a missing source line on the article', () => {
  const document = planDrafts(analyse('002_06bc90e43e81a12a.txt'))
  const types = document.article.flags.map((flag) => flag.type)
  expect(types.filter((type) => type === 'truncated-document')).toHaveLength(1)
  expect(types.filter((type) => type === 'corrupted-text')).toHaveLength(2)
  expect(types.filter((type) => type === 'repaired-text')).toHaveLength(12)
  expect(document.article.flags.every((flag) => flag.resolved === false)).toBe(true)

  const explainer = planDrafts(analyse('000_7ff0f28b814cf2d6.txt'))
  expect(explainer.article.flags.map((flag) => flag.message)).toEqual([
    expect.stringMatching(/names no source/),
  ])
  expect(explainer.entries.every((entry) => entry.flags.length === 0)).toBe(true)
  expect(explainer.terms.every((term) => term.flags.length === 0)).toBe(true)
})

test('Q&A entries keep their order and text; terms are Simplified with the original as alias', () => {
  const analysis = analyse('000_7ff0f28b814cf2d6.txt')
  const plan = planDrafts(analysis)
  expect(plan.entries.map((entry) => entry.question['zh-Hans'])).toEqual(
    analysis.qa.map((pair) => pair.question),
  )
  for (const entry of plan.entries) {
    for (const paragraph of richTextToPlain(entry.answer['zh-Hans']).split('\n'))
      expect(analysis.text).toContain(paragraph)
    if (entry.summary) expect(analysis.text).toContain(entry.summary['zh-Hans'])
  }
  expect(plan.terms.map((term) => term.term)).toEqual(analysis.terms.map((term) => term.term))
  expect(plan.laws.map((law) => law.shortName)).toEqual(
    expect.arrayContaining(['国家安全法', '国家安全法实施细则', '反间谍法', '反恐怖主义法']),
  )
  expect(plan.qaSet?.title['zh-Hans']).toBe('国家安全')

  const traditional = planDrafts(
    analyzeDocument('保密常識\n\n二、名詞術語解釋\n\n1.國家秘密：是指關係國家安全和利益的事項。\n'),
  )
  expect(traditional.terms).toEqual([
    expect.objectContaining({
      term: '国家秘密',
      aliases: ['國家秘密'],
      definition: {
        'zh-Hans': '是指关系国家安全和利益的事项。',
        'zh-Hant': '是指關係國家安全和利益的事項。',
      },
    }),
  ])
})

test('summaries are whole sentences within the WeChat digest length, never invented', () => {
  expect(summaryOf('短句。')).toBe('短句。')
  const long = `${'甲'.repeat(60)}。${'乙'.repeat(60)}。${'丙'.repeat(60)}。`
  expect(summaryOf(long)).toBe(`${'甲'.repeat(60)}。${'乙'.repeat(60)}。`)
  expect(summaryOf('丁'.repeat(200))).toBeNull()
  expect(summaryOf(null)).toBeNull()
})

test('topics are guessed from what the text talks about', () => {
  expect(guessTopics('反间谍工作……间谍行为……间谍组织……国家安全')).toEqual(['fan-jian-die'])
  expect(guessTopics('恐怖主义、反恐、暴恐、恐怖活动；国家秘密、保密、泄密')[0]).toBe('fan-kong-bu')
  expect(guessTopics('国家安全教育日')).toEqual(['guo-jia-an-quan'])
  expect(guessTopics('天气晴朗')).toEqual([])
})
