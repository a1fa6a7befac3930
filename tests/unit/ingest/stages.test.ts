import iconv from 'iconv-lite'
import { stripBoilerplate } from '../../../src/ingest/boilerplate.js'
import { BOILERPLATE_RULES } from '../../../src/ingest/boilerplate-rules.js'
import { decodeInput } from '../../../src/ingest/decode.js'
import { ImportInputError } from '../../../src/ingest/errors.js'
import { findCitedLaws } from '../../../src/ingest/laws.js'
import { analyzeDocument } from '../../../src/ingest/pipeline.js'
import { stripPinyinAnnotations } from '../../../src/ingest/pinyin.js'
import { repairByteShiftedRuns } from '../../../src/ingest/repair.js'
import { extractAttribution } from '../../../src/ingest/attribution.js'
import { detectScript } from '../../../src/text/script.js'

const SAMPLE =
  '国家安全是指国家政权、主权、统一和领土完整、人民福祉、经济社会可持续发展和国家其他重大利益相对处于没有危险和不受内外威胁的状态。'

function inputError(run: () => unknown): ImportInputError {
  try {
    run()
  } catch (error) {
    if (error instanceof ImportInputError) return error
    throw error
  }
  throw new Error('expected an ImportInputError')
}

describe('decode', () => {
  test('UTF-8 with and without BOM', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)])
    expect(decodeInput(withBom).text).toBe(SAMPLE)
    expect(decodeInput(Buffer.from(SAMPLE)).encoding).toBe('utf-8')
  })

  test('GBK and Big5 bytes are recognised and decoded', () => {
    const gbk = decodeInput(iconv.encode(SAMPLE, 'gbk'))
    expect(gbk).toMatchObject({ text: SAMPLE, encoding: 'gb18030' })
    const traditional =
      '國家安全是指國家政權、主權、統一和領土完整、人民福祉、經濟社會可持續發展和國家其他重大利益相對處於沒有危險和不受內外威脅的狀態。'
    const big5 = decodeInput(iconv.encode(traditional, 'big5'))
    expect(big5).toMatchObject({ text: traditional, encoding: 'big5' })
  })

  test('HTML keeps headings and paragraphs and drops script, style and navigation', () => {
    const html = `<!doctype html><html><head><title>站点</title><style>p{}</style></head><body>
      <nav><a href="/">首页</a> &gt; 正文</nav><h1>反间谍法问答</h1><p>第一段。</p><script>track()</script>
      <div><p>第二段<br>续行。</p></div></body></html>`
    const { text, html: wasHtml } = decodeInput(html)
    expect(wasHtml).toBe(true)
    expect(text).toBe('反间谍法问答\n\n第一段。\n\n第二段\n续行。')
  })

  test('bad input raises a typed error that says what is wrong', () => {
    expect(inputError(() => decodeInput(Buffer.alloc(0)))).toMatchObject({ code: 'empty' })
    expect(inputError(() => decodeInput('  \n ')).code).toBe('empty')
    const binary = inputError(() => decodeInput(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])))
    expect(binary.code).toBe('binary')
    expect(binary.message).toMatch(/binary/)
    const large = inputError(() => decodeInput(Buffer.alloc(2048, 0x41), { maxBytes: 1024 }))
    expect(large).toMatchObject({ code: 'too-large' })
    expect(large.message).toMatch(/over the 1 KB import limit/)
    expect(
      inputError(() => decodeInput(Buffer.from([0xff, 0xfe, 0xff, 0xfe, 0xff, 0x80, 0xff]))).code,
    ).toBe('undecodable')
    expect(inputError(() => analyzeDocument(Buffer.alloc(0))).code).toBe('empty')
  })
})

describe('repair', () => {
  test('a GBK run read one byte off is restored', () => {
    const original = '形成多層次法律規範體系。《反恐怖主義法》明確了反恐怖工作的領導體制。'
    const bytes = iconv.encode(original, 'gbk')
    const at = bytes.indexOf(0xa1)
    // The lead byte of "。" became "?", the decoder ran one byte off until the ASCII trail byte of 義.
    const damaged =
      original.slice(0, original.indexOf('。')) +
      '?' +
      iconv.decode(bytes.subarray(at + 1), 'gbk').replace('！', '!')
    expect(damaged).toContain('?!斗纯植乐髁x法》')
    const result = repairByteShiftedRuns(damaged)
    expect(result.text).toBe(original)
    expect(result.repaired).toHaveLength(1)
    expect(result.flags).toHaveLength(0)
  })

  test('ordinary question marks are left alone', () => {
    const text = '当前国内外的反恐怖斗争形势如何?中国政府如何应对?\n答：总体稳定可控。'
    expect(repairByteShiftedRuns(text)).toEqual({ text, repaired: [], flags: [] })
  })
})

describe('pinyin annotations', () => {
  test('stripped only when they read the preceding characters', () => {
    const text =
      '反恐怖工作職責(zé)履行,繼續(xù)免費(fèi)閱讀;地理信息系統(GIS)、海(水)域、規劃(2024-2035年)、鄉鎮(街道)、（1）、職責(zhang)'
    const result = stripPinyinAnnotations(text)
    expect(result.text).toBe(
      '反恐怖工作職責履行,繼續免費閱讀;地理信息系統(GIS)、海(水)域、規劃(2024-2035年)、鄉鎮(街道)、（1）、職責(zhang)',
    )
    expect(result.stripped).toBe(3)
  })
})

describe('boilerplate', () => {
  test('rules are data with a name, kind and description', () => {
    for (const rule of BOILERPLATE_RULES) {
      expect(rule.name).toMatch(/^[a-z-]+$/)
      expect(rule.description.length).toBeGreaterThan(10)
      expect(rule.pattern ?? rule.minRepeats).toBeDefined()
    }
  })

  test('watermarks, breadcrumbs, view counters and the read-next teaser are removed', () => {
    const text = [
      '首页 > 国家安全 > 正文',
      '阅读 2381',
      '正文第一段。',
      '本文来自安全教育网',
      '正文第二段。',
      '本文来自安全教育网',
      '正文第三段。',
      '本文来自安全教育网',
      '阅读下一篇',
      '另一篇文章的导语。',
    ].join('\n')
    const result = stripBoilerplate(text)
    expect(result.text).toBe('正文第一段。\n正文第二段。\n正文第三段。')
    expect(result.fired).toEqual(
      expect.arrayContaining(['breadcrumb', 'view-counter', 'read-next-tail', 'watermark']),
    )
    expect(result.incomplete).toBe(false)
  })

  test.each([
    ['传达了kaiyun欧洲杯app党委关于开展活动的要求。', '传达了党委关于开展活动的要求。'],
    ['信息来源:151amjs澳金沙门保密观', '信息来源:保密观'],
    // An English word before a sports word is no betting site's name.
    ['学生观看了CCTV体育频道的世界杯转播。', '学生观看了CCTV体育频道的世界杯转播。'],
    // A comment box's counter goes; a date's month/day part does not.
    [
      '也明白了我们肩负着维护国家安全的重要责任。/span>',
      '也明白了我们肩负着维护国家安全的重要责任。',
    ],
    ['0/150', ''],
    ['5/10', ''],
    ['04/27', '04/27'],
  ])('inline and line rules: %s', (line, cleaned) => {
    expect(stripBoilerplate(`标题\n${line}`).text).toBe(`标题\n${cleaned}`.trim())
  })
})

test('script detection counts script-specific characters', () => {
  expect(detectScript('国家安全机关依法履行职责')).toBe('zh-Hans')
  expect(detectScript('國家安全機關依法履行職責')).toBe('zh-Hant')
  expect(detectScript('国家安全机关與國家機關')).toBe('mixed')
})

test('laws are deduplicated and given in Simplified', () => {
  expect(
    findCitedLaws(
      '《中華人民共和國反恐怖主義法》與《反恐怖主義法》及《国家安全法实施细则》、《国家安全法》实施细则、《公约》',
    ),
  ).toEqual(['《反恐怖主义法》', '《国家安全法》实施细则'])
})

describe('structure forms', () => {
  test('a page title ending in "?" is not a Q&A', () => {
    const doc = analyzeDocument(
      '境外间谍离我们有多远?\n近年来，国家安全机关破获多起案件。\n公众应当提高警惕。',
    )
    expect(doc.title).toBe('境外间谍离我们有多远?')
    expect(doc.qa).toHaveLength(0)
  })

  test('an interview labelled by outlet and person; unlabelled paragraphs continue the turn', () => {
    const doc = analyzeDocument(
      '专访王明：筑牢国家安全防线\n王明，某大学国家安全学院教授。\n齐鲁晚报：您如何看待当前形势？\n王明：形势复杂严峻。\n我们必须提高警惕。\n齐鲁晚报：公众能做些什么？\n王明：学法懂法，发现线索及时举报。',
    )
    expect(doc.kind).toBe('interview')
    expect(doc.qa).toEqual([
      { question: '您如何看待当前形势？', answer: '形势复杂严峻。\n\n我们必须提高警惕。' },
      { question: '公众能做些什么？', answer: '学法懂法，发现线索及时举报。' },
    ])
    expect(doc.attribution.interviewer).toBe('齐鲁晚报')
    expect(doc.attribution.interviewee).toBe('王明')
  })

  test('a bare glossary heading after the last question closes its answer and opens the glossary', () => {
    for (const heading of ['名词术语解释', '【名词解释】', '附：术语']) {
      const doc = analyzeDocument(
        `保密知识问答\n1.什么是国家秘密？\n国家秘密是关系国家安全和利益的事项。\n2.泄密有哪些危害？\n泄密会损害国家安全。\n${heading}\n定密：确定国家秘密的密级。\n解密：解除国家秘密。`,
      )
      expect(doc.qa.map((pair) => pair.answer)).toEqual([
        '国家秘密是关系国家安全和利益的事项。',
        '泄密会损害国家安全。',
      ])
      expect(doc.terms).toEqual([
        { term: '定密', definition: '确定国家秘密的密级。' },
        { term: '解密', definition: '解除国家秘密。' },
      ])
    }
  })

  test('`X：是指…` definitions are terms, a following paragraph is not swallowed', () => {
    const doc = analyzeDocument(
      '术语\n一、术语\n1.间谍组织：是指外国政府建立的组织。\n2.资助：向境内组织提供经费。\n以上术语自公布之日起施行。\n二、其他\n敌对组织：是指敌视我国政权的组织。',
    )
    expect(doc.terms).toEqual([
      { term: '间谍组织', definition: '是指外国政府建立的组织。' },
      { term: '资助', definition: '向境内组织提供经费。' },
      { term: '敌对组织', definition: '是指敌视我国政权的组织。' },
    ])
  })
})

test('attribution: source, time and editor fields; absent facts are null', () => {
  const { attribution, body } = extractAttribution(
    '标题\n发稿时间：2023-05-01 10:00\n来源：法制日报\n正文。\n责任编辑：李华',
  )
  expect(attribution).toMatchObject({
    outlet: '法制日报',
    publishedAt: '2023-05-01 10:00',
    editor: '李华',
    agency: null,
    author: null,
  })
  expect(body).toBe('标题\n正文。')
})
