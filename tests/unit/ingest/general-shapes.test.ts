import { analyzeDocument } from '../../../src/ingest/pipeline.js'
import { splitRunOnArticles } from '../../../src/ingest/law-articles.js'
import { stripBoilerplate } from '../../../src/ingest/boilerplate.js'
import { truncationFlag } from '../../../src/ingest/completeness.js'

// Shapes of the i- round (2026-12-01), each written here in other words than the corpus page that
// showed it: the rules are tested on what they generalise to, not on the page they came from.

const PARAGRAPH_1 =
  '近日，市国家安全局联合教育部门在全市中小学开展国家安全主题教育，帮助学生认识身边的安全风险。'
const PARAGRAPH_2 =
  '活动中，工作人员结合典型案例讲解了网络窃密的常见手法，并提醒同学们不要随意在网上发布敏感信息。'

describe('bylines', () => {
  test.each([
    ['某某日报客户端 2024-03-05 09:12', '某某日报客户端'],
    ['城东融媒 发表于 2023-11-02 18:40:05', '城东融媒'],
  ])('an unlabelled outlet beside a timestamp: %s', (line, outlet) => {
    const analysis = analyzeDocument(
      ['保密宣传进校园', line, '', PARAGRAPH_1, PARAGRAPH_2].join('\n'),
    )
    expect(analysis.title).toBe('保密宣传进校园')
    expect(analysis.attribution.outlet).toBe(outlet)
    expect(analysis.attribution.publishedAt).toMatch(/^20\d\d-\d\d-\d\d/)
    expect(analysis.attribution.author).toBeNull()
    expect(analysis.text).not.toContain(line)
    expect(analysis.text).toContain(PARAGRAPH_2)
  })

  test('a signed column: the headline names the writer in brackets, and the office-and-name line is the byline', () => {
    const analysis = analyzeDocument(
      [
        '网络安全 人人有责(李明华)',
        '市政协委员、某大学教授李明华',
        '',
        PARAGRAPH_1,
        PARAGRAPH_2,
      ].join('\n'),
    )
    expect(analysis.attribution.author).toBe('李明华')
    expect(analysis.kind).toBe('commentary')
    expect(analysis.text).not.toContain('某大学教授李明华')
    expect(analysis.text).toContain(PARAGRAPH_1)
  })

  test('without the bracketed name, a line ending in a name is left alone', () => {
    const analysis = analyzeDocument(
      ['网络安全 人人有责', '市政协委员、某大学教授李明华', '', PARAGRAPH_1, PARAGRAPH_2].join(
        '\n',
      ),
    )
    expect(analysis.text).toContain('某大学教授李明华')
  })

  test('a place before several writers is where they write from; an excerpt credit names the paper', () => {
    const analysis = analyzeDocument(
      [PARAGRAPH_1, '文| 上海 王小明 陈大文', PARAGRAPH_2, '张某某摘自《某某晚报》'].join('\n'),
    )
    expect(analysis.attribution.author).toBe('王小明 陈大文')
    expect(analysis.attribution.originalOutlet).toBe('某某晚报')
    expect(analysis.text).not.toContain('摘自')
  })
})

describe('kind', () => {
  test('a report about a comment section (评论区) is not a commentary for the word', () => {
    const analysis = analyzeDocument(
      [
        '短视频评论区成为网络窃密新渠道',
        '国家安全机关近日通报，有境外人员在短视频平台的评论区冒充爱好者，套取军工单位的内部信息。',
        '通报列举了三起案例，涉及科研装备参数和人员信息，相关人员已被依法处理。',
      ].join('\n'),
    )
    expect(analysis.kind).toBe('news')
  })

  test("Q&A from a press conference that the lead names is news; a contest's 问答 in a headline is no explainer", () => {
    const press = analyzeDocument(
      [
        '外交部：坚决反对抹黑中国',
        '3月1日，外交部举行例行记者会，发言人回答了记者提问。',
        '记者：有报道称某国议员指责中国开展间谍活动，中方对此有何回应？',
        '发言人：有关指责毫无根据，我们敦促有关方面停止散布虚假信息。',
      ].join('\n'),
    )
    expect(press.kind).toBe('news')
    const contest = analyzeDocument(
      [
        '全市国家安全知识问答大赛落幕',
        '5月10日，全市国家安全知识问答大赛决赛在市文化中心举行，来自20所学校的选手参加了比赛。',
        '经过激烈角逐，实验中学代表队获得一等奖。',
      ].join('\n'),
    )
    expect(contest.kind).toBe('news')
  })
})

describe('labelled lists are not glossaries', () => {
  test('speakers of a panel (a label recurs) are no terms but an interview; three distinct terms are', () => {
    const panel = analyzeDocument(
      [
        '张教授：我认为数据安全是当前最突出的问题，企业应当建立分级分类的管理制度。',
        '主持人：那么普通用户在日常生活中应该注意些什么呢，能否举一个例子说明。',
        '张教授：最基本的是不要随意授权应用读取通讯录，也不要在公共网络传输敏感文件。',
        '李研究员：我补充一点，单位的涉密人员还要遵守出入境和对外交往方面的报告制度。',
      ].join('\n'),
    )
    expect(panel.terms).toEqual([])
    expect(panel.kind).toBe('interview')
    const glossary = analyzeDocument(
      [
        '绝密：最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害。',
        '机密：重要的国家秘密，泄露会使国家安全和利益遭受严重的损害。',
        '秘密：一般的国家秘密，泄露会使国家安全和利益遭受损害。',
      ].join('\n'),
    )
    expect(glossary.terms.map((entry) => entry.term)).toEqual(['绝密', '机密', '秘密'])
  })

  test('a note on a quoted word, with no headline, is a glossary entry of that word', () => {
    const analysis = analyzeDocument(
      [
        '“间谍”一词古已有之，《孙子兵法》中专设《用间篇》，论述使用间谍获取敌情的方法。',
        '现代意义上的间谍活动，通常指为外国或境外组织窃取、刺探、收买或者非法提供国家秘密的行为。',
      ].join('\n'),
    )
    expect(analysis.terms.map((entry) => entry.term)).toEqual(['间谍'])
    expect(analysis.kind).toBe('glossary')
  })
})

describe('law texts run on without spaces', () => {
  test('articles and chapters glued after sentence ends are split; prose citing articles is not', () => {
    const line =
      '某某条例第一章总则第一条为了规范管理，制定本条例。第二条本条例适用于本市。第三条主管部门负责实施。第二章管理第四条单位应当建立制度。第五条违反本条例的依法处理。'
    expect(splitRunOnArticles(line)).toEqual([
      '某某条例',
      '第一章总则',
      '第一条为了规范管理，制定本条例。',
      '第二条本条例适用于本市。',
      '第三条主管部门负责实施。',
      '第二章管理',
      '第四条单位应当建立制度。',
      '第五条违反本条例的依法处理。',
    ])
    const prose = '依照本法第二条规定执行。第五条也有规定。第三条另有说明。第四条不再适用。'
    expect(splitRunOnArticles(prose)).toEqual([prose])
  })

  test("a seller's contact ad spliced between two items goes; the items stay", () => {
    const text =
      '（一）国防建设中的秘密事项。精品课程、讲座视频、模板素材,微信:abc12345（二）外交活动中的秘密事项。'
    const cleaned = stripBoilerplate(text).text
    expect(cleaned).toBe('（一）国防建设中的秘密事项。（二）外交活动中的秘密事项。')
  })
})

describe('chrome and completeness', () => {
  test('a brand-code banner and copyright years are no headline; widget words go', () => {
    const analysis = analyzeDocument(
      ['2012 - 2025', 'abc88体育版 - 官方网站', '广告', PARAGRAPH_1, PARAGRAPH_2, 'Baidu'].join(
        '\n',
      ),
    )
    expect(analysis.title).toBeNull()
    for (const chrome of ['2012 - 2025', 'abc88', '广告', 'Baidu'])
      expect(analysis.text).not.toContain(chrome)
    expect(analysis.text).toContain(PARAGRAPH_1)
  })

  test('a stop before a mistyped opening quote ends the sentence', () => {
    expect(truncationFlag('他说：“这是我们的原则。“')).toBeNull()
    expect(truncationFlag('他说：“这是我们的原则，')).not.toBeNull()
  })

  test('HTML cut inside a tag is incomplete; pasted lines around the markup stay separate paragraphs', () => {
    const html = [
      '县融媒 发表于 2024-06-01 08:00:00',
      '',
      '警惕网络评论区里的窃密者',
      '',
      `<p style="margin: 0">${PARAGRAPH_1}</p><p style="margin: 0"><span style="fo`,
    ].join('\n')
    const analysis = analyzeDocument(html)
    expect(analysis.title).toBe('警惕网络评论区里的窃密者')
    expect(analysis.attribution.publishedAt).toMatch(/^2024-06-01/)
    expect(analysis.incomplete).toBe(true)
    expect(analysis.text).toContain(PARAGRAPH_1)
    const whole = analyzeDocument(html.replace('<p style="margin: 0"><span style="fo', ''))
    expect(whole.incomplete).toBe(false)
  })
})

describe('dictionary pages and worksheets', () => {
  test('a banner above the breadcrumb goes; a reading line and a quoted definition make a dictionary entry', () => {
    const analysis = analyzeDocument(
      [
        '学无止境',
        '首页 > 百科',
        '[ bǎo mì ]',
        '保守秘密，不使泄露。“国家秘密”是指关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。',
      ].join('\n'),
    )
    expect(analysis.text).not.toContain('学无止境')
    expect(analysis.title).toBeNull()
    expect(analysis.terms.map((entry) => entry.term)).toEqual(['国家秘密'])
    expect(analysis.kind).toBe('glossary')
  })

  test("a lesson's decimal number opens a title glued to item 1", () => {
    const analysis = analyzeDocument(
      '3.1坚持国家利益至上1.国家利益是()A.一切国家利益B.人民利益C.集团利益D.个人利益2.维护国家利益要()A.做到B.知道C.想到D.说到',
    )
    expect(analysis.title).toBe('3.1坚持国家利益至上')
  })
})

test('a page opening with a hard-wrapped paragraph has no headline; a subhead below it is none either', () => {
  const analysis = analyzeDocument(
    [
      'Previous Page 12 / 80 Next Page',
      '',
      '為提高市民的國家安全意識，本會於',
      '',
      '上月舉辦了一系列講座和展覽活動，',
      '',
      '吸引了大批市民和學生前往參觀。',
      '',
      '講座內容豐富 形式多樣',
      '',
      '在 2019 年 4 月 15 日的開幕禮上，多位嘉賓致辭並參觀了展覽。',
    ].join('\n'),
  )
  expect(analysis.title).toBeNull()
  expect(analysis.text).not.toContain('Previous Page')
  expect(analysis.text).toContain('講座內容豐富 形式多樣')
  expect(analysis.text).toContain('為提高市民的國家安全意識')
})
