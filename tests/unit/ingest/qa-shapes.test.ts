import { analyzeDocument } from '../../../src/ingest/pipeline.js'

function analyse(text: string) {
  const analysis = analyzeDocument(text)
  // No invented text: every question and answer is a substring of the cleaned text.
  for (const { question, answer } of analysis.qa) {
    expect(analysis.text).toContain(question)
    expect(analysis.text).toContain(answer)
  }
  return analysis
}

describe('Q&A shapes', () => {
  test.each([
    [
      'numbering before the label (1、问：)',
      '反间谍法知识问答\n1、问：什么是间谍行为？\n答：间谍行为是指间谍组织及其代理人实施的危害国家安全的活动。\n2、问：发现间谍行为怎么办？\n答：及时拨打12339举报。',
      [
        ['什么是间谍行为？', '间谍行为是指间谍组织及其代理人实施的危害国家安全的活动。'],
        ['发现间谍行为怎么办？', '及时拨打12339举报。'],
      ],
    ],
    [
      'numbering before Latin labels (1.Q: / A:)',
      '保密常识\n1.Q: 国家秘密分为几级？\nA: 分为绝密、机密、秘密三级。\n2.Q: 谁来确定国家秘密？\nA: 机关、单位依法定密。',
      [
        ['国家秘密分为几级？', '分为绝密、机密、秘密三级。'],
        ['谁来确定国家秘密？', '机关、单位依法定密。'],
      ],
    ],
    [
      'numbering inside the label (问1： / 答1：)',
      '国家安全教育日问答\n问1：全民国家安全教育日是哪一天？\n答1：每年4月15日。\n问2：国家安全机关的举报电话是多少？\n答2：12339。',
      [
        ['全民国家安全教育日是哪一天？', '每年4月15日。'],
        ['国家安全机关的举报电话是多少？', '12339。'],
      ],
    ],
    [
      'question and answer on one line (问：…？答：…), more answer paragraphs below',
      '反恐怖主义法问答\n问：什么是恐怖活动？答：恐怖活动是指恐怖主义性质的下列行为。\n包括组织、策划、实施恐怖活动。\n问：发现涉恐线索怎么办？答：立即拨打110报警。',
      [
        [
          '什么是恐怖活动？',
          '恐怖活动是指恐怖主义性质的下列行为。\n\n包括组织、策划、实施恐怖活动。',
        ],
        ['发现涉恐线索怎么办？', '立即拨打110报警。'],
      ],
    ],
    [
      'a label alone on its line: the question or the answer is the next paragraph',
      '国家安全知识问答\n问：\n国家安全机关的职权有哪些？\n答：\n依法搜集涉及国家安全的情报信息。\n依法行使行政执法和刑事执法职权。\n问：\n公民有哪些维护国家安全的义务？\n答：\n遵守宪法、法律法规关于国家安全的有关规定。',
      [
        [
          '国家安全机关的职权有哪些？',
          '依法搜集涉及国家安全的情报信息。\n\n依法行使行政执法和刑事执法职权。',
        ],
        ['公民有哪些维护国家安全的义务？', '遵守宪法、法律法规关于国家安全的有关规定。'],
      ],
    ],
    [
      'a kept 答： prefix is stripped from answers under question headings',
      '国家安全知识\n1.什么是总体国家安全观？\n答：总体国家安全观是以人民安全为宗旨的国家安全观。\n2.国家安全教育日是哪天？\n答:每年4月15日。',
      [
        ['什么是总体国家安全观？', '总体国家安全观是以人民安全为宗旨的国家安全观。'],
        ['国家安全教育日是哪天？', '每年4月15日。'],
      ],
    ],
    [
      'question headings without ？ (什么是… / …包括哪些 / 如何…) followed by prose',
      '总体国家安全观学习要点\n什么是总体国家安全观\n总体国家安全观是习近平新时代中国特色社会主义思想的重要组成部分。\n国家安全包括哪些领域\n包括政治安全、国土安全、军事安全、经济安全等领域。\n如何树立国家安全意识\n要学法懂法，自觉维护国家安全。',
      [
        [
          '什么是总体国家安全观',
          '总体国家安全观是习近平新时代中国特色社会主义思想的重要组成部分。',
        ],
        ['国家安全包括哪些领域', '包括政治安全、国土安全、军事安全、经济安全等领域。'],
        ['如何树立国家安全意识', '要学法懂法，自觉维护国家安全。'],
      ],
    ],
    [
      'starred question headings (★1. …)',
      '反间谍安全防范小贴士\n★1. 如何识别间谍行为\n境外间谍常以咨询、交友为名搜集情报，要保持警惕。\n★2. 发现可疑情况怎么办\n及时拨打12339向国家安全机关举报。',
      [
        ['如何识别间谍行为', '境外间谍常以咨询、交友为名搜集情报，要保持警惕。'],
        ['发现可疑情况怎么办', '及时拨打12339向国家安全机关举报。'],
      ],
    ],
    [
      'an answer mislabelled or unlabelled after an asked question, and the ︰ colon',
      '維護國家安全條例草案答問\n問︰誤闖禁地會否觸犯「間諜活動」罪？\n答︰間諜活動要有意圖危害國家安全，經過並不構成罪行。\n問：資金送至海外予潛逃子女是否違法？\n容：禁止提供資金雖沒有域外效力，但本港有司法管轄權。',
      [
        ['誤闖禁地會否觸犯「間諜活動」罪？', '間諜活動要有意圖危害國家安全，經過並不構成罪行。'],
        [
          '資金送至海外予潛逃子女是否違法？',
          '容：禁止提供資金雖沒有域外效力，但本港有司法管轄權。',
        ],
      ],
    ],
    [
      'numbered questions with a comma (kept as paragraphs by structure) still open a pair',
      '國安知多FUN\n1. 在網絡世界，我是否不會犯法？\n網絡世界不是法外之地，從事起底、煽惑犯罪亦有機會觸犯法例。\n2.《維護國家安全條例》如何保障國家安全？\n這是一部防禦性的法律。\n它讓香港有效防範間諜活動。',
      [
        [
          '在網絡世界，我是否不會犯法？',
          '網絡世界不是法外之地，從事起底、煽惑犯罪亦有機會觸犯法例。',
        ],
        [
          '《維護國家安全條例》如何保障國家安全？',
          '這是一部防禦性的法律。\n\n它讓香港有效防範間諜活動。',
        ],
      ],
    ],
    [
      'half-width 问:/答: labels, with multi-paragraph answers',
      '反间谍法知识问答\n问:什么是间谍行为?\n答:间谍行为是指下列行为。\n还包括其他行为。\n问:如何举报?\n答:拨打12339。',
      [
        ['什么是间谍行为?', '间谍行为是指下列行为。\n\n还包括其他行为。'],
        ['如何举报?', '拨打12339。'],
      ],
    ],
    [
      'Q:/A: labels without numbers',
      '保密常识\nQ: 国家秘密分几级?\nA: 分为绝密、机密、秘密三级。\nQ: 谁来定密?\nA: 机关、单位依法定密。',
      [
        ['国家秘密分几级?', '分为绝密、机密、秘密三级。'],
        ['谁来定密?', '机关、单位依法定密。'],
      ],
    ],
    [
      'a rhetorical question inside an answer does not start a new pair',
      '问：为什么要学习反间谍法？\n答：因为间谍活动就在身边。\n难道我们可以掉以轻心吗？\n显然不能。\n问：怎样举报？\n答：拨打12339。',
      [
        [
          '为什么要学习反间谍法？',
          '因为间谍活动就在身边。\n\n难道我们可以掉以轻心吗？\n\n显然不能。',
        ],
        ['怎样举报？', '拨打12339。'],
      ],
    ],
    [
      'numbered questions with or without a question mark, recognised by question words',
      '保密知识\n1.什么是国家秘密\n国家秘密是关系国家安全和利益的事项。\n2.泄密有哪些危害?\n泄密会损害国家安全。\n3.保密工作的方针\n积极防范，突出重点。',
      [
        ['什么是国家秘密', '国家秘密是关系国家安全和利益的事项。'],
        ['泄密有哪些危害?', '泄密会损害国家安全。'],
      ],
    ],
  ])('%s', (_shape, text, pairs) => {
    expect(analyse(text).qa).toEqual(pairs.map(([question, answer]) => ({ question, answer })))
  })

  test('the next item number glued to the end of the previous answer', () => {
    // Scraped lines joined: the next item starts inside the answer's paragraph, which the text splits.
    const glued = analyse(
      '保密法知识问答\n1、问：什么是国家秘密？\n答：国家秘密是关系国家安全和利益的事项。2、问：国家秘密的密级有哪些？\n答：分为绝密、机密、秘密三级。',
    )
    expect(glued.qa).toEqual([
      { question: '什么是国家秘密？', answer: '国家秘密是关系国家安全和利益的事项。' },
      { question: '国家秘密的密级有哪些？', answer: '分为绝密、机密、秘密三级。' },
    ])
    expect(glued.text).toContain(
      '国家秘密是关系国家安全和利益的事项。\n\n2、问：国家秘密的密级有哪些？',
    )
    // Only the number left at the end of the answer line: it is not part of the answer.
    const trailing = analyse(
      '保密法知识问答\n问：什么是国家秘密？\n答：国家秘密是关系国家安全和利益的事项。2、\n问：国家秘密的密级有哪些？\n答：分为绝密、机密、秘密三级。',
    )
    expect(trailing.qa[0]?.answer).toBe('国家秘密是关系国家安全和利益的事项。')
  })

  test('a headline question does not swallow the whole body', () => {
    const doc = analyse(
      '（图）\n境外间谍就在身边吗？\n近年来，国家安全机关破获多起境外间谍情报机关策反案件。\n一些人员被高薪诱惑，向境外提供涉密资料。\n国家安全机关提醒，发现线索请及时举报。\n举报电话12339。',
    )
    expect(doc.qa).toHaveLength(0)
  })

  test('related-link headlines at the end (short, dated) are not questions', () => {
    const doc = analyse(
      '我市开展全民国家安全教育日宣传活动\n4月15日，我市在人民广场开展宣传活动，发放资料三千余份。\n市民纷纷表示收获很大。\n相关新闻\n什么是总体国家安全观？ 2024-04-15\n如何防范境外间谍窃密？ 2024-04-12\n国家安全教育日的由来 2024-04-10',
    )
    expect(doc.qa).toHaveLength(0)
    // Undated short lines after a question are a list of links, not an answer either.
    const undated = analyse(
      '我市开展宣传活动\n4月15日，我市开展宣传活动。\n你知道国家安全教育日吗？\n国家安全教育日的由来\n反间谍法十问十答\n保密法修订要点',
    )
    expect(undated.qa).toHaveLength(0)
  })
})
