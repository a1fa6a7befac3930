import { analyzeDocument } from '../../../src/ingest/pipeline.js'

// The causes behind the held-out j- pages' failures, each on a page written for the test (not the
// corpus page it was seen on), so that what is checked is the general behaviour.

const lines = (...parts: string[]) => parts.join('\n')

describe('site chrome by position and feature', () => {
  test("the site's contact lines go, in the header and below a copyright footer; a hotline in the article stays", () => {
    const doc = analyzeDocument(
      lines(
        '联系电话:010-66778899',
        '您当前的位置:首页 > 通知公告',
        '',
        '保密知识进机关',
        '',
        '发布时间:2024-04-10',
        '4月10日,某市保密局走进市直机关,为干部职工讲解保密法律法规和涉密载体管理要求。',
        '发现泄密线索可拨打举报电话:12339',
        '讲座结合典型案例,提醒大家不在非涉密计算机上处理涉密信息。',
        '版权所有:某市保密局',
        '地址:某市人民路1号 邮编:100000',
        '您喜欢的新闻',
      ),
    )
    expect(doc.title).toBe('保密知识进机关')
    for (const chrome of ['联系电话', '地址:', '邮编', '您喜欢的新闻', '版权所有'])
      expect(doc.text).not.toContain(chrome)
    expect(doc.text).toContain('发现泄密线索可拨打举报电话:12339')
    expect(doc.text).toContain('提醒大家不在非涉密计算机上处理涉密信息')
    expect(doc.incomplete).toBe(false)
  })

  test('on a page with no paragraph of prose, a copyright line takes nothing below it', () => {
    const doc = analyzeDocument(
      lines(
        '保密知识小测验',
        '版权所有:某某网',
        '1.国家秘密的密级分为()',
        'A.绝密 B.机密 C.秘密 D.以上都是',
        '答案:D',
      ),
    )
    expect(doc.text).toContain('1.国家秘密的密级分为()')
    expect(doc.text).toContain('答案:D')
  })

  test('a bracketed note on a picture is a caption, however it ends', () => {
    const doc = analyzeDocument(
      lines(
        '反间谍法宣传进社区',
        '(资料图片仅供参考)',
        '近日,某区国家安全机关在辖区社区开展反间谍法宣传活动,向居民发放宣传资料五百余份。',
      ),
    )
    expect(doc.text).not.toContain('仅供参考')
    expect(doc.text).toContain('向居民发放宣传资料五百余份')
  })

  test("a headline repeated below itself with a page marker is the viewer's, spaced apart or not", () => {
    const doc = analyzeDocument(
      lines(
        '八年级道德与法治 维护国家安全 练习题',
        '八年级道德与法治  维护国家安全  练习题第3页',
        '',
        '1.国家安全是安邦定国的重要基石,维护国家安全是每个公民的()',
        'A.权利 B.义务 C.自由 D.选择',
      ),
    )
    expect(doc.title).toBe('八年级道德与法治 维护国家安全 练习题')
    expect(doc.text).not.toContain('第3页')
  })
})

describe('numbered items and questions', () => {
  test("numbered items that each open after a full stop are the text's own items, not a sharing site's page chunks", () => {
    const answer =
      '国家安全是指国家政权、主权、统一和领土完整处于没有危险和不受内外威胁的状态。'.repeat(3)
    const doc = analyzeDocument(
      lines(
        '国家安全知识你一定要知道',
        `01、什么是国家安全?${answer}`,
        `02、国家安全教育日是哪一天?每年4月15日是全民国家安全教育日,${answer}`,
        '03、公民有哪些维护国家安全的义务?《国家安全法》规定,公民应当履行下列义务:',
        '(1)遵守宪法、法律法规关于国家安全的有关规定;',
        '(2)及时报告危害国家安全活动的线索。',
      ),
    )
    expect(doc.title).toBe('国家安全知识你一定要知道')
    expect(doc.text).toMatch(/^01、什么是国家安全\?/m)
    expect(doc.qa.map((pair) => pair.question)).toEqual([
      '什么是国家安全?',
      '国家安全教育日是哪一天?',
      '公民有哪些维护国家安全的义务?',
    ])
    expect(doc.qa[2]?.answer).toContain('(2)及时报告危害国家安全活动的线索。')
    expect(doc.kind).toBe('explainer')
    for (const pair of doc.qa) {
      expect(doc.text).toContain(pair.question)
      for (const part of pair.answer.split('\n\n')) expect(doc.text).toContain(part)
    }
  })

  test("a question line whose answer opens with a list's lead (…以下几个方面:) is answered", () => {
    const doc = analyzeDocument(
      lines(
        '保密知识问答',
        '什么是国家秘密?',
        '国家秘密是关系国家安全和利益,依照法定程序确定,在一定时间内只限一定范围的人员知悉的事项。',
        '国家秘密的密级有哪些?',
        '《保守国家秘密法》规定了以下三个密级:',
        '(一)绝密;',
        '(二)机密;',
        '(三)秘密。',
      ),
    )
    expect(doc.qa.map((pair) => pair.question)).toEqual([
      '什么是国家秘密?',
      '国家秘密的密级有哪些?',
    ])
    expect(doc.qa[1]?.answer).toMatch(/^《保守国家秘密法》规定了以下三个密级:/)
  })

  test('a labelled question answered by the paragraph a cut scrape stopped short is still a Q&A entry, and the text is incomplete', () => {
    const doc = analyzeDocument(
      lines(
        '问:什么是恐怖活动?',
        '恐怖活动是指恐怖主义性质的下列行为:组织、策划、准备实施恐怖活动。',
        '问:发现恐怖活动嫌疑怎么办?',
        '应当及时向公安机关或者有关部门报告。',
        '问:恐怖活动组织是指什么?',
        '《反恐怖主义法》规',
      ),
    )
    expect(doc.qa).toHaveLength(3)
    expect(doc.qa[2]).toEqual({ question: '恐怖活动组织是指什么?', answer: '《反恐怖主义法》规' })
    expect(doc.incomplete).toBe(true)
  })
})

describe('bylines', () => {
  test("an outlet's bracketed flash with its reporters up to a colon gives the outlet and the authors, a name ending in 文 whole", () => {
    const doc = analyzeDocument(
      '【澳门日报讯】记者陈大文、李小明报道:今年4月15日是全民国家安全教育日,澳门特区举办了多场宣传活动。',
    )
    expect(doc.attribution.outlet).toBe('澳门日报')
    expect(doc.attribution.author).toBe('陈大文、李小明')
    expect(doc.text).toContain('今年4月15日是全民国家安全教育日')
  })

  test("an outlet's name alone in brackets under the headline is the outlet", () => {
    const doc = analyzeDocument(
      lines(
        '国安部提醒警惕境外间谍窃密',
        '',
        '【东方新闻】',
        '',
        '国家安全部发文提醒,境外间谍情报机关利用网络平台窃取我国敏感信息,公众应提高警惕。',
      ),
    )
    expect(doc.attribution.outlet).toBe('东方新闻')
    expect(doc.text).not.toContain('【东方新闻】')
  })

  test("a portal's date line names its source after the date without a label", () => {
    const doc = analyzeDocument(
      lines(
        '反恐怖主义法知识问答',
        '',
        '2024-04-12 09:15:20 渤海之声',
        '',
        '4月15日是全民国家安全教育日,一起来学习反恐怖主义法的有关规定吧!',
      ),
    )
    expect(doc.attribution.outlet).toBe('渤海之声')
    expect(doc.attribution.publishedAt).toBe('2024-04-12 09:15:20')
  })
})

describe('kind from features', () => {
  test('a lead that says whose reports it compiles is news, however firmly the text argues', () => {
    const doc = analyzeDocument(
      lines(
        '综合国家安全部微信公众号消息,有人认为保密工作离普通人很远,这种看法是错误的。',
        '错误观点:保密只是涉密单位的事,与普通人无关,我们不需要更加重视。',
        '事实:我们必须看到,每个人都可能接触国家秘密,必须更加重视,只有人人要有保密意识,才能守住防线!',
        '事实:我们更加需要坚持依法保密,不能麻痹大意,要提高警惕,要及时报告!',
      ),
    )
    expect(doc.kind).toBe('news')
  })

  test('stems run together with their blanks and options over most of a preview make it a quiz', () => {
    const item = (n: number) => `${n}.维护国家安全是每个公民的()A.权利B.义务C.自由D.选择`
    const doc = analyzeDocument(`练习${[1, 2, 3, 4].map(item).join('')}`)
    expect(doc.kind).toBe('quiz')
  })
})
