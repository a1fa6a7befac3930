import { analyzeDocument } from '../../../src/ingest/pipeline.js'

// The causes behind the held-out l- pages' failures, each on a page written for the test (not the
// corpus page it was seen on), so that what is checked is the general behaviour.

const lines = (...parts: string[]) => parts.join('\n')

describe('kind', () => {
  test('a paragraph posing several questions the text then answers does not make it a commentary', () => {
    const doc = analyzeDocument(
      lines(
        '一部新电影里的保密法',
        '近期上映的电影讲述保密干部守护国家秘密的故事，引发观众对保密工作的讨论。',
        '哪些事项属于国家秘密?泄露国家秘密要承担什么责任?机关单位有哪些保密义务?个人又有什么责任?一起来看看法律的规定。',
        '根据保守国家秘密法的规定，国家秘密的密级分为绝密、机密、秘密三级，保密期限依密级确定。',
        '法律还规定，机关、单位应当对涉密人员进行保密教育和管理，涉密人员离岗后仍须履行保密义务。',
      ),
    )
    expect(doc.kind).not.toBe('commentary')
  })

  test('an argument asking its questions one at a time stays a commentary', () => {
    const doc = analyzeDocument(
      lines(
        '保密工作必须常抓不懈',
        '保密工作关系国家安全，我们必须时刻绷紧保密这根弦，决不能有丝毫松懈。',
        '有人觉得泄密离自己很远，真是这样吗?现实中不少泄密事件恰恰出在身边的小事上，我们必须引以为戒。',
        '只有人人都把保密当作自己的事，才能筑牢保密防线，我们要坚持不懈地抓好保密教育。',
      ),
    )
    expect(doc.kind).toBe('commentary')
  })
})

describe('layout references', () => {
  test("an e-paper's circled page reference after the last sentence goes, and the text is complete", () => {
    const doc = analyzeDocument(
      lines(
        '本报讯 某县实验中学近日举行国家安全知识讲座，邀请法治副校长为全校师生授课。',
        '讲座结合典型案例介绍了危害国家安全的行为，增强了师生维护国家安全的意识。③12',
      ),
    )
    expect(doc.text).not.toContain('③12')
    expect(doc.text).toContain('增强了师生维护国家安全的意识。')
    expect(doc.incomplete).toBe(false)
  })

  test('circled numbers that number the points of a paragraph stay', () => {
    const doc = analyzeDocument(
      lines(
        '保密工作三要点',
        '做好保密工作要注意三点：①不在私人交往中涉及国家秘密。②不用普通手机传递涉密信息。③不把涉密文件带回家中。',
      ),
    )
    expect(doc.text).toContain(
      '①不在私人交往中涉及国家秘密。②不用普通手机传递涉密信息。③不把涉密文件带回家中。',
    )
  })
})

describe('byline: an outlet with its credit in brackets', () => {
  test("an outlet's name and its correspondent's credit opening the lead give the outlet, no author", () => {
    const doc = analyzeDocument(
      lines(
        '某县融媒(通讯员 王小明)4月15日，某县第一小学举行国家安全教育主题班会，全校师生参加。',
        '班主任结合案例讲解了《国家安全法》，引导学生从小树立国家安全意识。',
      ),
    )
    expect(doc.attribution.outlet).toBe('某县融媒')
    expect(doc.attribution.author).toBeNull()
    expect(doc.text).toContain('某县第一小学举行国家安全教育主题班会')
  })

  test('a bracket after an ordinary subject credits nobody', () => {
    const doc = analyzeDocument(
      lines(
        '县第一中学(初中部)4月15日举行国家安全教育主题班会，全校师生参加。',
        '班主任结合案例讲解了《国家安全法》，引导学生从小树立国家安全意识。',
      ),
    )
    expect(doc.attribution.outlet).toBeNull()
  })
})

describe('a reposted WeChat article', () => {
  const repost = (...tail: string[]) =>
    lines(
      '机关保密提醒',
      '发布者:  时间:2023-05-08 09:30:00  浏览:',
      '机关保密提醒',
      '保密小助手 2023-05-06 18:20 发表于江苏',
      '近日，某市通报了两起违规使用网盘存储涉密文件的案例，提醒机关工作人员严守保密纪律。',
      '1',
      '网盘存储涉密文件',
      '3月2日，某单位工作人员李某将一份秘密级文件上传至个人网盘，事后受到警告处分。',
      ...tail,
    )

  test("the meta line (account, date, 发表于 a province) goes beside the page's own date", () => {
    const doc = analyzeDocument(repost())
    expect(doc.text).not.toContain('发表于江苏')
    expect(doc.text).not.toContain('保密小助手 2023-05-06')
    expect(doc.text).toContain('某市通报了两起违规使用网盘存储涉密文件的案例')
  })

  test('a text that stops at the heading under a section number is cut', () => {
    expect(analyzeDocument(repost('2', '用微信传递涉')).incomplete).toBe(true)
  })

  test('a short closing line under a paragraph is a signature, not a cut', () => {
    expect(analyzeDocument(repost('某市保密局')).incomplete).toBe(false)
  })
})

describe("a dictionary entry's section label", () => {
  const entry = (first: string) =>
    analyzeDocument(
      lines(
        first,
        '间谍组织是指外国政府或者境外的敌对势力建立的，旨在收集我国情报、进行颠覆破坏活动的组织。其成员往往以合法身份为掩护长期潜伏。',
        '这一概念在不同时期的法律中表述不尽相同，但核心都在于组织的对抗性和隐蔽性。',
      ),
    )

  test('a short label over a definition of another word is no headline; the entry is a glossary term', () => {
    const doc = entry('释义概要')
    expect(doc.title).toBeNull()
    expect(doc.terms.map((term) => term.term)).toEqual(['间谍组织'])
    expect(doc.kind).toBe('glossary')
    expect(doc.text).toContain('释义概要')
  })

  test('a short headline naming the defined word stays the headline', () => {
    expect(entry('间谍组织').title).toBe('间谍组织')
  })
})
