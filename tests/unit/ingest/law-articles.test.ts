import {
  chineseNumber,
  isLawText,
  lawHeading,
  splitRunOnArticles,
} from '../../../src/ingest/law-articles.js'
import { analyzeDocument } from '../../../src/ingest/pipeline.js'

/** The sections as "heading/level", in order: "第一章 总则/1 第一条/2". */
function outline(analysis: { sections: { heading: string; level: number }[] }): string {
  return analysis.sections.map(({ heading, level }) => `${heading}/${level}`).join(' ')
}

const LAW = `中华人民共和国保守国家秘密法
目  录
第一章 总  则
第二章 国家秘密的范围和密级
第一章 总  则
第一条 为了保守国家秘密，维护国家安全和利益，制定本法。
第二条 国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。
第三条 国家秘密受法律保护。
一切国家机关、武装力量、政党、社会团体、企业事业单位和公民都有保守国家秘密的义务。
第二章 国家秘密的范围和密级
第九条 下列涉及国家安全和利益的事项，应当确定为国家秘密：
（一）国家事务重大决策中的秘密事项；
（二）国防建设和武装力量活动中的秘密事项；
第十条 国家秘密的密级分为绝密、机密、秘密三级。`

describe('law texts', () => {
  test('Chinese numerals of article numbers', () => {
    expect(['一', '十', '十四', '二十八', '一百零三', '两'].map(chineseNumber)).toEqual([
      1, 10, 14, 28, 103, 2,
    ])
  })

  test('章 are level-1 sections, 条 level-2, the table of contents stays text; kind law', () => {
    const analysis = analyzeDocument(LAW)
    expect(analysis.title).toBe('中华人民共和国保守国家秘密法')
    expect(analysis.kind).toBe('law')
    expect(outline(analysis)).toBe(
      '第一章 总  则/1 第一条/2 第二条/2 第三条/2 第二章 国家秘密的范围和密级/1 第九条/2 第十条/2',
    )
    // The article's text follows its heading; the cleaned text keeps each article as written.
    const article = analysis.blocks.findIndex(
      (block) => block.type === 'heading' && block.text === '第三条',
    )
    expect(analysis.blocks[article + 1]).toEqual({
      type: 'paragraph',
      text: '国家秘密受法律保护。',
    })
    expect(analysis.text).toContain('第三条 国家秘密受法律保护。')
    expect(analysis.text).toContain('目  录\n\n第一章 总  则\n\n第二章 国家秘密的范围和密级')
    expect(analysis.qa).toEqual([])
  })

  test('节 sit between 章 and 条; article numbers glued to the text or alone on their line (Traditional)', () => {
    const analysis = analyzeDocument(
      '反恐怖主義法\n第一章 總則\n第一節 一般規定\n第一條\n為了防範和懲治恐怖活動，制定本法。\n第二條國家反對一切形式的恐怖主義。\n第二節 工作機制\n第三條 本法所稱恐怖主義，是指通過暴力等手段實現其政治目的的主張和行為。',
    )
    expect(analysis.kind).toBe('law')
    expect(outline(analysis)).toBe(
      '第一章 總則/1 第一節 一般規定/2 第一條/3 第二條/3 第二節 工作機制/2 第三條/3',
    )
  })

  test.each([
    [
      'an excerpt without a title or chapters (第二条, 第七条, 第十条); no 章 line is taken as title',
      '第一章 总则\n第二条 国家秘密是关系国家安全和利益的事项。\n第七条 机关、单位应当实行保密工作责任制。\n第十条 国家秘密的密级分为绝密、机密、秘密三级。',
      '第一章 总则/1 第二条/2 第七条/2 第十条/2',
    ],
    [
      'a law page run onto one line (a PDF copy starting mid-article), cut at its articles',
      '(一)组织、策划、实施造成人员伤亡的活动的; 社 会秩序混乱等严重社会危害的恐怖活动。 第四条 国家将反恐怖主义纳入国家安全战略。 第五条 反恐怖主义工作坚持专门工作与群众路线相结合的原则。 第六条 反恐怖主义工作应当依法进行,尊重和保障人权。 第七条 国家设立反恐怖主义工作领导机构。',
      '第四条/2 第五条/2 第六条/2 第七条/2',
    ],
  ])('%s is a law text', (_shape, text, sections) => {
    const page = analyzeDocument(text)
    expect(page.title).toBeNull()
    expect(page.kind).toBe('law')
    expect(outline(page)).toBe(sections)
  })

  test('a commentary citing two articles on one line stays one paragraph', () => {
    expect(splitRunOnArticles('依照本法。 第四条 规定了战略。 第五条 规定了原则。')).toHaveLength(1)
  })

  test('prose citing articles is not a law text', () => {
    const paragraphs = [
      '《国家安全法》第十四条规定，每年4月15日为全民国家安全教育日。',
      '第二条规定了国家安全的定义。',
      '第一章开篇即明确了指导思想。',
    ]
    expect(isLawText(paragraphs)).toBe(false)
    // Articles out of order (a commentary discussing them) are not a law text either.
    expect(isLawText(['第十条 甲。', '第二条 乙。', '第八条 丙。', '第一条 丁。'])).toBe(false)
    expect(lawHeading('第一章开篇即明确了指导思想，强调总体国家安全观。')).toBeNull()
    const news = analyzeDocument(
      '我市开展保密法宣传活动\n4月15日，我市开展宣传活动。\n《保守国家秘密法》第二条规定，国家秘密是关系国家安全和利益的事项。',
    )
    expect(news.kind).toBe('news')
    expect(news.sections).toEqual([])
  })
})

describe('kind after cleaning', () => {
  test('a glossary is told by its terms; study notes by their 考点 labels', () => {
    const glossary = analyzeDocument(
      '保密常用术语\n名词解释\n国家秘密：是指关系国家安全和利益的事项。\n定密：是指确定国家秘密的密级。\n解密：是指解除国家秘密。\n涉密载体：是指以文字、数据等方式记载国家秘密信息的介质。',
    )
    expect(glossary.terms).toHaveLength(4)
    expect(glossary.kind).toBe('glossary')
    const notes = analyzeDocument(
      '总体国家安全观\n考点一：总体国家安全观的提出。2014年4月15日首次提出。\n考点二：总体国家安全观的内涵。以人民安全为宗旨。\n考点三：国家安全教育日。每年4月15日。',
    )
    expect(notes.kind).toBe('study-notes')
  })

  test('terms defined among other lists, nothing reported: an explainer, not news', () => {
    const doc = analyzeDocument(
      '保密宣传教育月丨贯彻落实保密法,你我都是护密人\n一、国家秘密的密级\n国家秘密的密级分为绝密、机密、秘密三级。\n绝密:最重要的国家秘密,泄露会使国家安全和利益遭受特别严重的损害。\n机密:重要的国家秘密,泄露会使国家安全和利益遭受严重的损害。\n秘密:一般的国家秘密,泄露会使国家安全和利益遭受损害。\n二、国家秘密的基本范围\n国家事务重大决策中的秘密事项;\n外交和外事活动中的秘密事项;\n国防建设和武装力量活动中的秘密事项;\n国民经济和社会发展中的秘密事项;\n科学技术中的秘密事项;\n维护国家安全活动中的秘密事项;',
    )
    expect(doc.terms.map((entry) => entry.term)).toEqual(['绝密', '机密', '秘密'])
    expect(doc.kind).toBe('explainer')
  })

  test('a vox-pop (the text interviewed students and gives their answers under their roles) is news', () => {
    const report = [
      '国安才国治,治国必治安',
      '中午,校区食堂前正进行着一场主题为“国家安全知多少”的线下知识竞答活动。',
      '与此同时,学院工作人员也采访了部分参与此次活动的同学,大家纷纷表示收获很大。',
      '问题1:在参加我们的活动之前,您对国家安全知识有多少了解?',
      '同学a:此前主要来自思政课,您问的这些我了解得不多,大家都应该多了解。',
      '同学b:谈到国家安全,我会首先想到军事方面,您知道吗?我们要注意提醒身边的人。',
    ]
    expect(analyzeDocument(report.join('\n')).kind).toBe('news')
    // The same answers without the report that asked them read as the explainer they resemble.
    expect(
      analyzeDocument(report.filter((line) => !line.includes('采访')).join('\n')).kind,
    ).not.toBe('news')
  })

  test('a headline asking its reader (…离你很遥远吗?) heads an explainer, though the text opens with an event', () => {
    const body =
      '\n3月26日,博鳌亚洲论坛2017年年会圆满闭幕。本届年会中,与会代表加强交流、相互启迪。\n“保密观”注意到,本次年会特别强调保密。3月6日至9日,年会国家安保组开展了督导检查。\n博鳌亚洲论坛作为一项有重要影响力的国际会事,安全保密工作不容小觑。毕竟,保密无小事。'
    expect(analyzeDocument(`间谍离你很遥远吗?并不!${body}`).kind).toBe('explainer')
    expect(analyzeDocument(`博鳌年会安保工作督导检查${body}`).kind).toBe('news')
  })

  test('a personal reflection (心得体会) argues: it is commentary, not news', () => {
    const essay = analyzeDocument(
      '415國家安全日心得體會\n一、國家安全日概述與意義\n進入新時代,世界百年未有之大變局加速演進,國際環境復雜多變,傳統安全威脅與非傳統安全威脅相互交織。\n設立全民國家安全教育日,是增強全民國家安全意識的重要舉措。',
    )
    expect(essay.kind).toBe('commentary')
  })

  test('two Q&A entries that are most of the body make an explainer', () => {
    const doc = analyzeDocument(
      '国安知多少\n1. 在网络世界，我是否不会犯法？\n网络世界不是法外之地，从事煽惑犯罪亦有机会触犯法例。\n2.国家安全教育日是哪天？\n每年4月15日。',
    )
    expect(doc.qa).toHaveLength(2)
    expect(doc.kind).toBe('explainer')
  })
})
