import { analyzeDocument } from '../../../src/ingest/pipeline.js'

// The causes behind the held-out k- pages' failures, each on a page written for the test (not the
// corpus page it was seen on), so that what is checked is the general behaviour.

const lines = (...parts: string[]) => parts.join('\n')

describe('dates the byline stage reads', () => {
  test('a full date glued before the lead after one label word is the date; the lead stays', () => {
    const doc = analyzeDocument(
      lines(
        '保密局通报泄密案例',
        'Posted 2024-03-12 某市保密局今日通报一起典型案例，一名新入职人员将工作文件上传网盘，造成泄密。',
        '通报提醒各单位加强新入职人员的保密教育培训，筑牢保密防线。',
      ),
    )
    expect(doc.attribution.publishedAt).toBe('2024-03-12')
    expect(doc.text).not.toContain('Posted')
    expect(doc.text).toContain('某市保密局今日通报一起典型案例')
  })

  test('a line that is only a month and day, written with spaces, is the date', () => {
    const doc = analyzeDocument(
      lines(
        '国家安全机关公布三起泄密案例',
        '3 月 18 日',
        '',
        '国家安全机关公布三起典型案例，提醒公众不要用手机拍摄涉密文件并上传到社交平台，以免造成泄密。',
      ),
    )
    expect(doc.attribution.publishedAt).toBe('3 月 18 日')
    expect(doc.text).not.toContain('3 月 18 日')
  })

  test('a date beside an event in a sentence is not taken as a bare date line', () => {
    const doc = analyzeDocument(
      lines(
        '学校开展国家安全教育',
        '4月15日国家安全教育日',
        '今年的全民国家安全教育日，学校组织学生观看专题片，并开展知识竞赛，增强了学生的国家安全意识。',
      ),
    )
    expect(doc.attribution.publishedAt).toBeNull()
  })
})

describe('picture credits', () => {
  test("an unbracketed credit after a caption's last sentence goes; the caption stays", () => {
    const doc = analyzeDocument(
      lines(
        '宣传片讲述间谍如何接近目标',
        '片中的间谍以摄影师、商人等身份接近目标，收集敏感的国家秘密。 圖 : 取自宣傳片',
        '最后这名间谍在群众的举报下被抓获。图/新华社',
        '宣传片提醒公众，发现可疑情况及时拨打12339举报。',
      ),
    )
    expect(doc.text).not.toContain('取自宣傳片')
    expect(doc.text).not.toContain('新华社')
    expect(doc.text).toContain('收集敏感的国家秘密。')
    expect(doc.text).toContain('最后这名间谍在群众的举报下被抓获。')
  })
})

describe('numbering tokens', () => {
  test('questions numbered NO.1 / No. 2 / #3 are Q&A items like 1、', () => {
    const doc = analyzeDocument(
      lines(
        '保密法要点解读',
        '新修订的保守国家秘密法已经施行，下面一起了解其中的要点。',
        'NO.1 什么是国家秘密?',
        '国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。',
        'No. 2 国家秘密分为哪几级?',
        '国家秘密的密级分为绝密、机密、秘密三级。',
        '#3 发现泄密怎么办?',
        '发现泄密事件应当立即采取补救措施，并及时报告保密行政管理部门。',
      ),
    )
    expect(doc.qa.map((pair) => pair.question)).toEqual([
      '什么是国家秘密?',
      '国家秘密分为哪几级?',
      '发现泄密怎么办?',
    ])
    expect(doc.kind).toBe('explainer')
  })
})

describe('a question bank item without its options', () => {
  test('a stem and an explanation that weighs the options by letter make a quiz', () => {
    const doc = analyzeDocument(
      lines(
        '保守国家秘密是每个公民的义务，在日常生活和工作中，我们应当自觉遵守保密法律法规，为此，必须',
        '本题考查保守国家秘密的义务。公民应当自觉遵守保密法律法规，不在网络上传播涉密信息，不随意打听国家秘密。A选项与题意不符，故排除；CD选项说法错误，故排除。',
      ),
    )
    expect(doc.kind).toBe('quiz')
  })

  test('a paragraph that only mentions an exam is not an explanation', () => {
    const doc = analyzeDocument(
      lines(
        '学校举行保密知识竞赛',
        '4月15日，某中学举行保密知识竞赛，本题库由保密局提供，共有二十名学生参加了比赛。',
        '竞赛结束后，老师为获奖学生颁发了证书，并提醒大家在日常生活中注意保守国家秘密。',
      ),
    )
    expect(doc.kind).not.toBe('quiz')
  })
})

describe('site chrome by features', () => {
  test('numbered skip links in another script above the prose go, and the topic name is the title', () => {
    const doc = analyzeDocument(
      lines(
        '1. Content',
        '2. Navigation',
        '3. More content',
        '4. Search',
        '',
        '网络间谍',
        '',
        '网络间谍是指通过网络手段窃取他国政治、军事、经济等秘密信息的行为，通常借助恶意软件和钓鱼邮件实施。',
        '网络间谍活动隐蔽性强、成本低，已成为危害国家安全的重要方式之一，需要全社会共同防范。',
        '',
        '加载更多',
      ),
    )
    expect(doc.title).toBe('网络间谍')
    for (const chrome of ['Navigation', 'Search', '加载更多'])
      expect(doc.text).not.toContain(chrome)
    expect(doc.kind).toBe('glossary')
    expect(doc.text).toContain('已成为危害国家安全的重要方式之一')
  })

  test("an app's widget block below the last paragraph goes; the article stays complete", () => {
    const doc = analyzeDocument(
      lines(
        '国家安全机关通报一起泄密案',
        '',
        '国家安全机关近日通报一起泄密案件，某单位工作人员违规将涉密文件拍照发送到工作群，造成泄密，相关人员已受到处理。',
        '',
        '会员专享内容',
        '登录',
        '下载客户端',
        '扫码关注',
        '二维码',
        '每日推送',
        '加入社群',
        '热点速递,每天五分钟',
      ),
    )
    for (const chrome of ['会员专享内容', '每日推送', '加入社群', '热点速递'])
      expect(doc.text).not.toContain(chrome)
    expect(doc.text).toContain('相关人员已受到处理。')
    expect(doc.incomplete).toBe(false)
  })

  test('a closing line of keyword tags repeating the text goes; a closing slogan stays', () => {
    const tagged = analyzeDocument(
      lines(
        '红星小学开展国家安全教育活动',
        '4月15日，红星小学组织学生开展国家安全教育日主题活动，老师讲解了维护国家安全的基本常识。',
        '活动增强了学生的国家安全意识。',
        '某某市红星小学,国家安全教育日',
      ),
    )
    expect(tagged.text).not.toContain('某某市红星小学')
    expect(tagged.incomplete).toBe(false)
    const slogan = analyzeDocument(
      lines(
        '红星小学开展国家安全教育活动',
        '4月15日，红星小学组织学生开展国家安全教育日主题活动，老师讲解了维护国家安全的基本常识。',
        '维护国家安全,人人有责',
      ),
    )
    expect(slogan.text).toContain('维护国家安全,人人有责')
  })
})

describe('kind of a signed text', () => {
  const essay = (credit: string) =>
    lines(
      '新修订的保守国家秘密法施行以来，保密工作的法治基础日益坚实，为维护国家安全提供了有力保障。',
      credit,
      '法治保障,正当其时',
      '当今世界正经历深刻变化，窃密与反窃密的较量从未停止，网络技术的发展使泄密的途径日趋隐蔽多样。',
      '在此情势下，修订后的法律明确了机关单位的保密责任，为做好新时代保密工作提供了制度依据。',
    )

  test('a text its writer signs that reports nothing is a commentary, though it argues soberly', () => {
    expect(analyzeDocument(essay('文| 上海 王明远')).kind).toBe('commentary')
  })

  test('the same text credited to a reporter stays news', () => {
    expect(analyzeDocument(essay('(记者 王明远)')).kind).toBe('news')
  })
})
