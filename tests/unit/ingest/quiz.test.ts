import { analyzeDocument } from '../../../src/ingest/pipeline.js'
import { findQuizItems } from '../../../src/ingest/quiz.js'
import { detectStructure } from '../../../src/ingest/structure.js'

function quizOf(text: string) {
  return findQuizItems(detectStructure(text).blocks)
}

function expectNoInventedText(text: string) {
  const analysis = analyzeDocument(text)
  for (const { question, answer } of analysis.qa) {
    expect(analysis.text).toContain(question)
    expect(analysis.text).toContain(answer)
  }
  for (const item of analysis.quiz) {
    expect(analysis.text).toContain(item.stem)
    expect(analysis.text).toContain(item.answer)
    for (const option of item.options) expect(analysis.text).toContain(option.text)
    if (item.explanation) expect(analysis.text).toContain(item.explanation)
  }
  return analysis
}

/** Options labelled A, B, C … in order, with these texts. */
function lettered(...texts: string[]) {
  return texts.map((text, index) => ({ label: String.fromCharCode(65 + index), text }))
}

/** U+3000, the ideographic space pages use between options. */
const SPACE = '\u3000'

const CHOICE = `国家安全知识竞赛试题
一、单选题
1.每年的（ ）是全民国家安全教育日。
A.3月15日
B.4月15日
C.5月15日
D.6月15日
答案：B
解析：《国家安全法》第十四条规定，每年4月15日为全民国家安全教育日。
2.发现间谍行为，可以拨打国家安全机关举报受理电话（ ）。A.110 B.12339 C.12345 D.119
【答案】B
二、多选题
3.下列属于国家秘密密级的有（ ）
A、绝密${SPACE}B、机密${SPACE}C、秘密${SPACE}D、内部
正确答案：ABC`

describe('quiz items', () => {
  test('options one per line or on one line (also after the stem), 答案： / 【答案】 / 正确答案：, 解析：', () => {
    const { items, unanswered } = quizOf(CHOICE)
    expect(unanswered).toBe(0)
    expect(
      items.map(({ stem, options, answer, explanation }) => ({
        stem,
        options,
        answer,
        explanation,
      })),
    ).toEqual([
      {
        stem: '每年的（ ）是全民国家安全教育日。',
        options: lettered('3月15日', '4月15日', '5月15日', '6月15日'),
        answer: 'B',
        explanation: '《国家安全法》第十四条规定，每年4月15日为全民国家安全教育日。',
      },
      {
        stem: '发现间谍行为，可以拨打国家安全机关举报受理电话（ ）。',
        options: lettered('110', '12339', '12345', '119'),
        answer: 'B',
        explanation: null,
      },
      {
        stem: '下列属于国家秘密密级的有（ ）',
        options: lettered('绝密', '机密', '秘密', '内部'),
        answer: 'ABC',
        explanation: null,
      },
    ])
  })

  test('each item is a Q&A entry: the stem, and the chosen option as written or the stated letters', () => {
    const analysis = expectNoInventedText(CHOICE)
    expect(analysis.kind).toBe('quiz')
    expect(analysis.quiz).toHaveLength(3)
    expect(analysis.qa).toEqual([
      { question: '每年的（ ）是全民国家安全教育日。', answer: 'B.4月15日' },
      { question: '发现间谍行为，可以拨打国家安全机关举报受理电话（ ）。', answer: 'B.12339' },
      { question: '下列属于国家秘密密级的有（ ）', answer: 'ABC' },
    ])
    // The options stay in the body as written.
    expect(analysis.text).toContain('A、绝密\u3000B、机密\u3000C、秘密\u3000D、内部')
  })

  test('full-width and bracketed option labels, the answer glued to the stem', () => {
    const { items } = quizOf(
      '保密知识测试\n1.涉密计算机（Ｃ）连接互联网。\nＡ．可以\nＢ．经批准可以\nＣ．严禁\nＤ．视情况\n2.国家秘密的密级分为（B）级。\n(A) 二 (B) 三 (C) 四 (D) 五',
    )
    expect(items.map(({ stem, answer, options }) => [stem, answer, options.length])).toEqual([
      ['涉密计算机（Ｃ）连接互联网。', 'Ｃ', 4],
      ['国家秘密的密级分为（B）级。', 'B', 4],
    ])
    expect(items[0]?.qaAnswer).toBe('Ｃ．严禁')
    expect(items[1]?.options[1]).toEqual({ label: 'B', text: '三' })
  })

  test('judgement questions: （√）/（×） glued, or 答案：对 on the next line', () => {
    const analysis = expectNoInventedText(
      '国家安全知识判断题\n二、判断题\n1.公民发现危害国家安全的行为，应当及时向国家安全机关报告。（√）\n2.国家秘密的密级分为绝密、机密两级。（×）\n3.任何个人和组织都有维护国家安全的义务。\n答案：对\n4.在互联网上可以随意发布涉密地图。\n答案：错\n解析：发布地图应当遵守保密规定。',
    )
    expect(
      analysis.quiz.map(({ stem, answer, explanation }) => [stem, answer, explanation]),
    ).toEqual([
      ['公民发现危害国家安全的行为，应当及时向国家安全机关报告。', '√', null],
      ['国家秘密的密级分为绝密、机密两级。', '×', null],
      ['任何个人和组织都有维护国家安全的义务。', '对', null],
      ['在互联网上可以随意发布涉密地图。', '错', '发布地图应当遵守保密规定。'],
    ])
    // Answer and explanation in adjacent paragraphs make one Q&A answer, as the text has them.
    expect(analysis.qa[3]?.answer).toBe('错\n\n解析：发布地图应当遵守保密规定。')
    expect(analysis.kind).toBe('quiz')
  })

  test('fill-in questions with the answer on the next line or on the stem line', () => {
    const { items } = quizOf(
      '填空题\n1.我国的全民国家安全教育日是每年的______。\n答案：4月15日\n2.国家安全机关的举报受理电话是______。答案：12339。',
    )
    expect(items.map(({ stem, answer }) => [stem, answer])).toEqual([
      ['我国的全民国家安全教育日是每年的______。', '4月15日'],
      ['国家安全机关的举报受理电话是______。', '12339'],
    ])
  })

  test('an answer key at the end (参考答案 then 1-3 BCA, or 1.B 2.C) fills the items by number', () => {
    const body =
      '保密常识测试\n1.国家秘密的密级分为（　）级。\nA.二 B.三 C.四 D.五\n2.涉密载体应当存放在（　）中。\nA.普通抽屉 B.办公桌 C.密码文件柜 D.书架\n3.下列行为属于间谍行为的是（　）\nA.参加间谍组织 B.出境旅游 C.网上购物 D.阅读报纸\n'
    for (const key of ['参考答案：1-3 BCA', '参考答案\n1-3：BCA', '【参考答案】\n1.B 2.C 3.A']) {
      const analysis = expectNoInventedText(body + key)
      expect(analysis.quiz.map((item) => item.answer)).toEqual(['B', 'C', 'A'])
      expect(analysis.qa.map((pair) => pair.answer)).toEqual([
        'B.三',
        'C.密码文件柜',
        'A.参加间谍组织',
      ])
      expect(analysis.kind).toBe('quiz')
    }
    // Without any answer the items are recognised but not listed (no stated answer).
    const none = quizOf(body)
    expect(none.items).toHaveLength(0)
    expect(none.unanswered).toBe(3)
  })

  test('ordinary prose with a lettered list or a parenthesis is not a quiz', () => {
    const analysis = analyzeDocument(
      '我市开展国家安全宣传活动\n4月15日，我市在人民广场开展宣传活动（图）。\n活动分为三个环节：A股上市公司代表发言，随后进行知识讲解。\n市民纷纷表示收获很大。',
    )
    expect(analysis.quiz).toHaveLength(0)
    expect(analysis.kind).toBe('news')
  })

  test('"答案："/"解析：" lines of a quiz are not taken as interview turns', () => {
    const analysis = analyzeDocument(
      '反间谍知识问答题\n1.间谍组织代理人是指（ ）\nA.受间谍组织委托的人 B.游客\n答案：A\n解析：见《反间谍法实施细则》。\n2.反间谍工作坚持（ ）的原则。\nA.消极防御 B.积极防御\n答案：B\n解析：见《反间谍法》第二条。\n3.国家安全机关举报电话是（ ）\nA.110 B.120 C.12339\n答案：C\n解析：全国统一号码。',
    )
    expect(analysis.attribution.interviewer).toBeNull()
    expect(analysis.kind).toBe('quiz')
    expect(analysis.qa).toHaveLength(3)
  })

  test('a whole quiz run on one line (a sharing site extraction): items cut at numbers and labels', () => {
    const analysis = expectNoInventedText(
      '保密知识测试自测题及答案\n一、单项选择题(每题2分,共30分)1.国家秘密的密级分为()三级。A.重要、次要、普通B.高、中、低C.核心、重要、一般D.绝密、机密、秘密答案:D。《保守国家秘密法》第十条明确规定,国家秘密的密级分为绝密、机密、秘密三级。2.绝密级国家秘密载体应当指定()人管理。A.一B.二C.专D.四答案:C。依据规定应当指定专人管理。3.国家秘密的保密期限已满的,()。A.自行解密B.需经批准解密C.由上级决定D.由保密部门宣布解密解析:正确答案A。保密期限已满的,自行解密。',
    )
    expect(
      analysis.quiz.map(({ stem, answer, explanation }) => [stem, answer, explanation]),
    ).toEqual([
      [
        // Structure made "一、…三级" a heading and the rest its paragraph: the stem ends there.
        '国家秘密的密级分为()三级',
        'D',
        '《保守国家秘密法》第十条明确规定,国家秘密的密级分为绝密、机密、秘密三级。',
      ],
      ['绝密级国家秘密载体应当指定()人管理。', 'C', '依据规定应当指定专人管理。'],
      ['国家秘密的保密期限已满的,()。', 'A', '正确答案A。保密期限已满的,自行解密。'],
    ])
    expect(analysis.quiz[0]?.options.map((option) => option.text)).toEqual([
      '重要、次要、普通',
      '高、中、低',
      '核心、重要、一般',
      '绝密、机密、秘密',
    ])
    // Answer and explanation written together make the Q&A answer, as written.
    expect(analysis.qa[1]?.answer).toBe('C。依据规定应当指定专人管理。')
    expect(analysis.kind).toBe('quiz')
  })

  test('item numbers without a dot (1 凡是…) and option labels with a space (B 、)', () => {
    const { items } = quizOf(
      '保密知识竞赛试题\n1 凡是向国际互联网的站点提供或发布信息,都必须经过( )的审查批准。\nA、本部门 B 、保密部门 C 、本部门的上级机关\n答案: B',
    )
    expect(
      items.map(({ stem, answer, options }) => [stem, answer, options.map((o) => o.text)]),
    ).toEqual([
      [
        '凡是向国际互联网的站点提供或发布信息,都必须经过( )的审查批准。',
        'B',
        ['本部门', '保密部门', '本部门的上级机关'],
      ],
    ])
  })

  test('a short quiz closing a news report: its items are found, the report stays news', () => {
    const analysis = expectNoInventedText(
      '我县开展第十个全民国家安全教育日集中宣传活动\n4月15日是第十个全民国家安全教育日。当天上午，县委国安办联合县公安局、县检察院、县司法局等单位，在县城人民广场开展集中宣传活动。\n活动现场设置了法律咨询台和展板区，工作人员向过往群众发放《国家安全知识手册》和宣传折页，围绕国家安全法、反间谍法、反恐怖主义法等法律法规进行讲解。\n据统计，本次活动共发放宣传资料2300余份，接受群众咨询180余人次。\n【国家安全知识小测】\n1.每年的哪一天为全民国家安全教育日?( )A.3月15日 B.4月15日 C.12月4日答案:B\n2.国家安全机关举报受理电话是( )。A.12339 B.12345 C.12315答案:A\n3.国家秘密的密级分为( )三级。A.绝密、机密、秘密 B.核心、重要、一般 C.甲、乙、丙答案:A',
    )
    expect(analysis.quiz.map((item) => item.answer)).toEqual(['B', 'A', 'A'])
    expect(analysis.qa.map((pair) => pair.answer)).toEqual([
      'B.4月15日',
      'A.12339',
      'A.绝密、机密、秘密',
    ])
    expect(analysis.kind).toBe('news')
  })
})

describe('run-on and loosely labelled quizzes (sharing-site and Word extractions)', () => {
  test.each([
    [
      'an item number before a year (3.2024年…) starts an item, not a decimal',
      '知识竞赛试题\n1.国家安全教育日是每年的()。A.3月15日B.4月15日解析:正确答案B。见《国家安全法》。2.2024年起施行的条例是()。A.保守国家秘密法实施条例B.民法典解析:正确答案A。条例于2024年施行。',
      ['国家安全教育日是每年的()。', '2024年起施行的条例是()。'],
    ],
    [
      'a section head’s colon and a space before the next number cut items',
      '保密知识测试题\n一、单选题:1、国家秘密的密级分为(D)三级。A、高中低B、甲乙丙C、一二三D、绝密机密秘密 2、涉密载体应当存放在(C)中。A、抽屉B、书架C、密码文件柜D、桌面',
      // (Structure makes "一、…三级。" a heading: the stem ends at its full stop.)
      ['国家秘密的密级分为(D)三级', '涉密载体应当存放在(C)中。'],
    ],
    [
      'a bracketed answer letter A inside the stem is not the first option',
      '保密知识测试题\n1、存储国家秘密信息的介质,应按所存储信息的(A)密级标明密级。A、最高B、最低C、相应D、数量最多',
      ['存储国家秘密信息的介质,应按所存储信息的(A)密级标明密级。'],
    ],
    [
      'a lone "o" (a PDF’s full stop) before A. is not a word the label is part of',
      '知识竞赛题\n1.全民国家安全教育日宣传教育活动的主题是()oA.国家安全人人有责B.总体国家安全观答案:A',
      ['全民国家安全教育日宣传教育活动的主题是()o'],
    ],
  ])('%s', (_shape, text, stems) => {
    const analysis = expectNoInventedText(text)
    expect(analysis.quiz.map((item) => item.stem)).toEqual(stems)
    expect(analysis.quiz.every((item) => item.options.length >= 2)).toBe(true)
  })

  test('a worksheet on one line, its title glued to item 1, items glued to the options before them', () => {
    const sheet =
      '第四单元维护国家利益1.2020年5月25日全国人大会议召开,会议高票表决通过有关决定。这说明()A.没有公民个人的安全国家安全就无法得到保障B.泄露国家秘密必须承担法律责任C.国家安全是安邦定国的重要基石D.维护国家安全是公民必须履行的基本义务2.对右图理解正确的是()A.国家安全是人民幸福安康的前提B.要优先国家安全人民幸福次之C.国家安全要以人民安全为宗旨D.实现中国梦只需国家和人民安全3.小明搜集了“反间谍法”等资料为演讲做准备。小明演讲的主题最有可能是()A.坚定文化自信B.坚持绿色发展道路C.做守法公民D.树立总体国家安全观'
    const analysis = analyzeDocument(sheet)
    expect(analysis.title).toBe('第四单元维护国家利益')
    // Three items with four options each, and no answer stated: none is listed, none invented.
    expect(quizOf(sheet.slice('第四单元维护国家利益'.length)).unanswered).toBe(3)
    expect(analysis.quiz).toEqual([])
    expect(analysis.kind).toBe('quiz')
    // A numeral not after 第 is a sub-item glued on too: that line is no title with its item 1.
    const notes = analyzeDocument(
      '维护国家安全知识点一人人都是维护国家安全的主角1.维护国家安全需要我们每个人作出贡献,我们要增强国家安全意识。',
    )
    expect(notes.title).toBeNull()
  })

  const PARTS = `保密知识小测试
第1期
1.工作秘密是指各级党政机关在其()中产生的事项。
A所有活动
B内部管理
C公务活动
D外部管理
2.公开发布信息应当遵循()原则。
A谁公开谁审查
B事前审查
C事后审查
D依法审查
答案
1.BC2.ABD
第2期
1.国家秘密的密级如有下列()情形之一的,应当及时变更。
A定密责任人认为需要变更
B确定时`

  test('bare option letters (A所有活动), a key closing each part, and reading on after it', () => {
    const result = quizOf(PARTS)
    expect(result.items.map((item) => [item.stem, item.answer, item.options.length])).toEqual([
      ['工作秘密是指各级党政机关在其()中产生的事项。', 'BC', 4],
      ['公开发布信息应当遵循()原则。', 'ABD', 4],
    ])
    // 第2期's item is read after 第1期's key; it has no answer yet.
    expect(result.unanswered).toBe(1)
  })

  test('a text that stops among its last item’s options is flagged as cut off', () => {
    expect(quizOf(PARTS).cutInOptions).toBe(true)
    const analysis = analyzeDocument(PARTS)
    expect(analysis.incomplete).toBe(true)
    expect(analysis.flags.map((flag) => flag.type)).toContain('truncated-document')
    // With all four options the last item is whole.
    expect(quizOf(`${PARTS}\nC提高\nD降低`).cutInOptions).toBe(false)
  })
})
