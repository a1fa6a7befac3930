import { readFileSync } from 'node:fs'
import { analyzeDocument } from '../../../src/ingest/pipeline.js'
import { stripChrome } from '../../../src/ingest/chrome.js'
import { truncationFlag } from '../../../src/ingest/completeness.js'

describe('site chrome by line features', () => {
  test('a paragraph set one short line apart (a flipbook text layer) above a headline is the article, not a list of headlines', () => {
    // i-19: viewer chrome, then the first paragraph hard-wrapped with blank lines between its
    // lines, then a section headline. Before the rule these lines went as "other headlines";
    // lines ending with a clause comma are pieces of a sentence, and the Han lines of that run stay.
    const page = readFileSync(
      new URL('../../fixtures/pages/i-19-hant-macau-fsm-jiaoyuzhan.txt', import.meta.url),
      'utf8',
    )
    const result = stripChrome(page)
    for (const piece of [
      '由澳門特別行政區政府',
      '展覽得到社會各界的積極正面迴響',
      '反應熱烈,吸引眾多',
    ])
      expect(result.text).toContain(piece)
    expect(result.removed.map((r) => r.line)).toEqual(
      expect.arrayContaining(['Table of Contents Table of Contents', 'Show Menu']),
    )
  })

  test('menus, breadcrumbs, share and print lines, counters and footers go; the article stays', () => {
    const page = [
      '首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流 | English',
      '您现在的位置：首页 > 警方资讯 > 正文',
      '警方资讯',
      '市公安局开展反恐怖宣传进社区活动',
      '发布时间：2024-05-20 10:00  来源：市公安局',
      '字体：大 中 小  打印本页  关闭窗口',
      '5月18日，市公安局在人民广场开展反恐怖主义法宣传活动，向群众发放宣传资料一千余份。',
      '活动现场，民警结合典型案例讲解了识别和防范恐怖活动的方法，提醒群众发现线索及时报警。',
      '分享到：微信 微博 QQ空间',
      '版权所有：某某市公安局  备案号：京ICP备12345678号',
    ].join('\n')
    const result = stripChrome(page)
    expect(result.title).toBe('市公安局开展反恐怖宣传进社区活动')
    expect(result.removed.map((entry) => entry.reason)).toEqual([
      'menu',
      'breadcrumb',
      'column-label',
      'interface',
      'interface',
      'interface',
    ])
    expect(result.text).toContain('发布时间：2024-05-20 10:00  来源：市公安局')
    expect(result.text).toContain('向群众发放宣传资料一千余份。')
  })

  test.each([
    {
      shape: 'a "下一篇" line above the article removes only itself, not the article under it',
      page: [
        '反恐动态',
        '下一篇：我市召开反恐工作会议',
        '市民学习反恐知识',
        '近日，某社区组织居民学习反恐怖主义法，社区民警讲解了如何识别可疑人员和物品，居民踊跃提问。',
        '居民表示，通过学习增强了防范意识，今后发现可疑情况会第一时间报警。',
      ],
      title: '市民学习反恐知识',
      gone: ['下一篇'],
      kept: ['居民踊跃提问。', '第一时间报警。'],
    },
    {
      shape: 'related headlines with dates after the article go; a closing slogan stays',
      page: [
        '保密宣传进校园',
        '5月10日，学校开展保密宣传教育活动，邀请保密局工作人员为师生讲解保密法律法规和常见泄密隐患。',
        '保密无小事，人人须警惕',
        '国家安全教育日活动举行 2024-04-15',
        '反间谍法知识竞赛落幕 2024-04-10',
        '保密工作会议召开 2024-03-28',
      ],
      title: '保密宣传进校园',
      gone: ['知识竞赛落幕'],
      kept: ['保密无小事，人人须警惕'],
    },
    {
      shape: 'a bulleted list of other headlines above the article goes, a question among them too',
      page: [
        '新闻大观 中新财经 中新体育 中新影视 中新图片 台湾频道',
        '- 图文:公安部反恐怖局局长谈反恐工作',
        '- 各地欢庆中秋佳节:享受美味月饼 举行特色活动',
        '- “月到中秋分外明” 今晚,你能如愿赏月吗?',
        '- 美国总统正式公布“先发制人”军事策略',
        '中国公安部增设反恐怖局 专责全国反恐怖工作',
        '2002年09月21日 09:23',
        '中新网9月21日电 中国公安部有关负责人近日就中国反恐怖工作接受了记者采访，透露中国已在公安部设立了反恐怖局。',
      ],
      title: '中国公安部增设反恐怖局 专责全国反恐怖工作',
      gone: ['赏月'],
      kept: ['设立了反恐怖局。'],
    },
    {
      // Read as "term: definition" it made a glossary term of the headline.
      shape: 'a Q&A site’s question line restating the headline with a plea goes',
      page: [
        '恐怖主义三大特点是什么',
        '2025-06-10 05:58:21',
        '问题描述:',
        '恐怖主义三大特点是什么,急!求大佬出现,救急!',
        '最佳答案',
        '恐怖主义作为一种极端行为,在全球范围内都引发了广泛关注。以下是恐怖主义的三大显著特点:',
      ],
      title: '恐怖主义三大特点是什么',
      gone: ['救急'],
      kept: ['以下是恐怖主义的三大显著特点'],
    },
    {
      shape: 'the headline is chosen by its byline, not the first line; the site suffix is dropped',
      page: [
        '设为首页 加入收藏',
        '残联要闻',
        '《中华人民共和国保守国家秘密法》摘录 - 某某市残联网',
        '发布时间：2021-09-30 14:20:00 信息来源：办公室',
        '第二条 国家秘密是关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。',
      ],
      title: '《中华人民共和国保守国家秘密法》摘录',
      gone: ['某某市残联网', '设为首页'],
      kept: ['在一定时间内只限一定范围的人员知悉的事项。'],
    },
  ])('$shape', ({ page, title, gone, kept }) => {
    const doc = analyzeDocument(page.join('\n'))
    expect(doc.title).toBe(title)
    for (const chrome of gone) expect(doc.text).not.toContain(chrome)
    for (const paragraph of kept) expect(doc.text).toContain(paragraph)
    expect(doc.terms).toEqual([])
  })

  test.each([
    ['a font-size control beside the byline', '• T中'],
    ['a portal’s link to its topic page', '【专题】第五个全民国家安全教育日'],
    ['a prompt to install the site’s app', '第一手消息請下載on.cc東網 iPhone/ iPad/ Android/'],
    [
      'photo captions closed by their credits, repeated by a slideshow',
      '會議經表決通過新修訂的《保守國家秘密法》。(Getty Images圖片) 會議經表決通過新修訂的《保守國家秘密法》。(Getty Images圖片)',
    ],
  ])('%s goes: %s', (_shape, line) => {
    const page = [
      '【地评线】南方网评:戮力同心筑牢国家安全的人民防线',
      '20-04-11 13:47 来源:南方网 编辑:宋芳科',
      line,
      '国泰民安,是人民群众最基本、最普遍的愿望;国家安全,是人民群众最根本、最重要的福祉。',
    ].join('\n')
    const result = stripChrome(page)
    expect(result.removed.map((entry) => entry.line)).toEqual([line])
    // The column label in brackets stays part of the headline.
    expect(result.title).toBe('【地评线】南方网评:戮力同心筑牢国家安全的人民防线')
  })

  test('a paragraph of prose ending in "(图)" is no caption', () => {
    const paragraph =
      '4月15日上午，市国家安全教育日宣传活动在人民广场举行，市委政法委、市国家安全局、市公安局等二十余家单位设置展台，向过往群众发放宣传资料，讲解国家安全知识，现场解答群众咨询。(图)'
    const result = stripChrome(`我市举行国家安全教育日宣传活动\n${paragraph}`)
    expect(result.text).toContain(paragraph)
  })

  test('a numbered photo gallery between the headline and the article goes', () => {
    const page = [
      '潮商学校举办全民国家安全教育日系列活动',
      '全校约600名师生参加此次活动',
      '2. 同学于集会前进行升旗仪式',
      '同学于本校礼堂举行升旗仪式',
      '3. 老师向大家介绍全民国家安全教育日相关资讯',
      '老师向大家介绍全民国家安全教育日相关资讯',
      '4. 学生代表与大家分享国安教育分类',
      '学生代表与大家分享国安教育分类',
      '4月15日，学校举办全民国家安全教育系列活动，增加同学对国家安全的认识，意义重大。',
    ].join('\n')
    const result = stripChrome(page)
    expect(result.title).toBe('潮商学校举办全民国家安全教育日系列活动')
    expect(result.removed.filter((entry) => entry.reason === 'media')).toHaveLength(7)
    expect(result.text).toContain('意义重大。')
    // A numbered list of the article's points (no alt line after each) stays.
    const points = stripChrome(
      [
        '国家安全人人有责',
        '1. 增强国家安全意识',
        '2. 自觉遵守法律法规',
        '3. 发现线索及时报告',
        '维护国家安全是每个公民的义务，我们要从自身做起，从小事做起。',
      ].join('\n'),
    )
    expect(points.text).toContain('2. 自觉遵守法律法规')
    // Nor are numbered points each followed by a line that does not retell them, nor a quiz.
    const notes = ['国家安全人人有责', '1. 增强国家安全意识', '从小事做起', '2. 遵守法律法规']
    notes.push('依法办事', '3. 及时报告线索', '拨打12339', '全文完。')
    expect(stripChrome(notes.join('\n')).text).toContain('从小事做起')
    const quiz = ['国家安全知识题库']
    for (const n of [1, 2, 3, 4])
      quiz.push(`${n}.下列属于第${n}类国家秘密的是`, `A.甲${n} B.乙${n}`)
    expect(stripChrome(quiz.join('\n')).removed).toEqual([])
  })

  test('an English column title heads a bilingual page; an English menu is still a menu', () => {
    const page = [
      'Home | News | About | Login',
      'Events Calendar Contact',
      'FUN Fact in NS│NS related laws',
      '2024/03/25 列印',
      'Chinese Version Only',
      '1. 在網絡世界,我是否不會犯法?',
      '《香港國安法》保障市民有言論自由,日常分享並不會觸犯國安法。但網絡世界不是法外之地。',
      '2.《維護國家安全條例》如何保障國家安全?',
      '《維護國家安全條例》是一部防禦性的法律,是防禦外部勢力危害我們國家安全的法律。',
    ].join('\n')
    const doc = analyzeDocument(page)
    expect(doc.title).toBe('FUN Fact in NS│NS related laws')
    expect(doc.qa.map((pair) => pair.question)).toEqual([
      '在網絡世界,我是否不會犯法?',
      '《維護國家安全條例》如何保障國家安全?',
    ])
    expect(stripChrome(page).removed[0]).toEqual({
      line: 'Home | News | About | Login',
      reason: 'menu',
    })
  })

  test('a page setting each phrase of its sentences on a line has no headline, and loses no phrase', () => {
    const phrases = [
      '提到国家安全',
      '大家都会联想到间谍、特工、战争等等',
      '似乎离我们很遥远',
      '实际上',
      '我们日常生活的点滴小事',
      '都是国家安全大事的组成部分',
      '它和我们每个人的生活息息相关',
      '就会做出危害国家安全的事情。',
      '国家安全是指国家政权、主权、统一和领土完整、人民福祉、经济社会可持续发展和国家其他重大利益相对处于没有危险和不受内外威胁的状态。',
    ]
    const doc = analyzeDocument(phrases.join('\n'))
    expect(doc.title).toBeNull()
    for (const phrase of phrases) expect(doc.text).toContain(phrase)
  })

  test('a headline of two parallel halves set on two lines is one headline', () => {
    const body =
      '2025年4月中旬至5月中旬是第37个全国保密宣传教育月,让我们一起学习保密知识,增强保密意识。'
    const couplet = analyzeDocument(`共筑保密防线\n公民人人有责\n第37个全国保密宣传教育月\n${body}`)
    expect(couplet.title).toBe('共筑保密防线 公民人人有责')
    expect(couplet.text).toContain(body)
    // Halves of different lengths are a column label and a headline.
    const labelled = analyzeDocument(`保密宣传月\n公民人人有责\n${body}`)
    expect(labelled.title).not.toContain(' ')
  })
})

describe('incomplete text', () => {
  test('a text stopping mid-sentence is flagged; a closing signature line is not', () => {
    expect(truncationFlag('第一段。\n\n第二十四条 不准在')?.type).toBe('truncated-document')
    expect(truncationFlag('第一段。\n\n李伟：对。不同国家面临的恐怖威胁')?.type).toBe(
      'truncated-document',
    )
    expect(truncationFlag('活动取得圆满成功。\n\n某某市国家安全局\n\n2024年4月15日')).toBeNull()
    expect(truncationFlag('活动取得圆满成功。')).toBeNull()
  })

  test('an analysed page cut mid-sentence is marked incomplete', () => {
    const doc = analyzeDocument(
      '标题一则\n国家安全是民族复兴的根基，维护国家安全是全国各族人民根本利益所在。\n我们要增强忧患意识，做到居安思危，坚持总体国家安全观，走出一条中国特',
    )
    expect(doc.incomplete).toBe(true)
    expect(doc.flags.map((flag) => flag.type)).toContain('truncated-document')
  })
})

describe('glossary shapes', () => {
  test.each([
    [
      'bullets, dashes and brackets: the marker is not part of the term',
      '保密名词解释\n- 国家秘密：关系国家安全和利益的事项。\n· 定密——确定国家秘密的密级和保密期限。\n【解密】解除国家秘密的法定程序。',
      ['国家秘密', '定密', '解密'],
    ],
    [
      'quoted terms defined by their sentence, in a run without a heading',
      '国家秘密的密级分为：绝密、机密、秘密三级。\n“绝密”是最重要的国家秘密，泄露会使国家的安全利益遭受特别严重的损害；\n“机密”是重要的国家秘密，泄露会使国家的安全利益遭受严重的损害；\n“秘密”是一般的国家秘密，泄露会使国家的安全利益遭受损害。',
      ['绝密', '机密', '秘密'],
    ],
    [
      'numbered term headings whose paragraph opens with the term',
      '保密知识\n一、国家秘密\n国家秘密是关系国家安全和利益，依照法定程序确定的事项。\n二、国家秘密标志\n国家秘密标志是一种法定的文字与符号标识。\n三、工作要求\n各单位要加强保密教育。',
      ['国家秘密', '国家秘密标志'],
    ],
    [
      'discourse labels and sentences before a colon are not terms',
      '复习提纲\n结论：国家安全人人有责，每个公民都应当自觉维护。\n注：以上内容以教材为准，请同学们认真复习。\n例如：发现可疑人员应当及时报告。\n考点一：总体国家安全观的提出时间和意义。',
      [],
    ],
  ])('%s', (_shape, text, terms) => {
    expect(analyzeDocument(text).terms.map((entry) => entry.term)).toEqual(terms)
  })

  test('a long run of spaces after a would-be term is no term (the pattern was cubic on it: 2,000 spaces took 5 s; its growth is measured by bench:hostile, "spaces after 答案")', () => {
    const doc = analyzeDocument(`国家安全知识\n1.答案${' '.repeat(20000)}国`)
    expect(doc.terms).toEqual([])
  })
})

describe('interview roles from content', () => {
  test('a "Name: quote" headline first does not make the interviewee the interviewer', () => {
    const doc = analyzeDocument(
      '专访｜王明：筑牢国家安全防线\n王明：国家安全是头等大事。\n齐鲁晚报：您如何看待当前形势？\n王明：形势复杂严峻，我们必须提高警惕，决不能掉以轻心。\n齐鲁晚报：公众能做些什么？\n王明：学法懂法，发现线索及时举报。',
    )
    expect(doc.kind).toBe('interview')
    expect(doc.attribution.interviewer).toBe('齐鲁晚报')
    expect(doc.attribution.interviewee).toBe('王明')
    expect(doc.attribution.outlet).toBe('齐鲁晚报')
    expect(doc.qa.map((pair) => pair.question)).toEqual([
      '您如何看待当前形势？',
      '公众能做些什么？',
    ])
  })
})

describe('hard-wrapped documents', () => {
  test('lines stopped by a fixed width are joined (a line of options too); headlines, items and labels are not', () => {
    const doc = analyzeDocument(
      [
        '保密知识竞赛试题及答案',
        '1 《保密法》规定：一切国家机关、武装力量、政党、社会团体、企业事业单位和公民都',
        '有保守（ ）的义务。',
        'A、党和国家工作秘密 B、国家秘密 C、企业商业秘密',
        '答案：B',
        '2 某国家机关工作人员，未经批准，私自留存国家秘密文件，他的行为属于（ ）行为。',
        'A、违反保密规定的 B、非法持有国家秘密的犯罪 C、违反国家机关工作人员的职业',
        '道德的',
        '答案：A',
        '3 国家秘密是关系国家安全和利益，（ ），在一定时间内只限一定范围的人员知悉的',
        '事项。',
        'A.根据实际需要确定 B.依照法定程序确定 C.按照领导的意图确定',
        '答案：B',
        '4 保守国家秘密的工作实行积极防范、突出重点，依法管理，（ ）的方针。',
        // No comma before this break: the options' own dots are the line's only punctuation.
        'A.确保国家秘密安全 B .便利各项工作的开展 C .既确保国家秘密安全又便利信息资源',
        '合理利用',
        '答案：C',
      ].join('\n'),
    )
    expect(doc.title).toBe('保密知识竞赛试题及答案')
    expect(doc.text).toContain('企业事业单位和公民都有保守（ ）的义务。')
    expect(doc.text).toContain('违反国家机关工作人员的职业道德的')
    expect(doc.quiz[3]?.options[2]?.text).toBe('既确保国家秘密安全又便利信息资源合理利用')
    expect(doc.quiz.map((item) => item.answer)).toEqual(['B', 'A', 'B', 'C'])
  })
})

test('a page cut after one exchange is an interview; a 问/答 pair is not', () => {
  const interview = analyzeDocument(
    '专员谈反恐\n政知圈：去年是您作为国家反恐安全专员履职的第一年，这跟您之前的工作有什么不同？\n程国平：从外交部工作转岗到国家反恐安全专员，对我来说是一个新的挑战，工作更加具体。',
  )
  expect(interview.kind).toBe('interview')
  expect(interview.attribution.interviewer).toBe('政知圈')
  expect(interview.attribution.interviewee).toBe('程国平')
  const qa = analyzeDocument(
    '反恐知识\n问：发现可疑爆炸物怎么办？\n答：不要触碰，迅速撤离并拨打110报警，等待专业人员处置。',
  )
  expect(qa.kind).not.toBe('interview')
  expect(qa.qa).toHaveLength(1)
})

describe('reprints, dictionary entries and press conferences', () => {
  test('a reprint whose only headline is its 原标题 line takes it, without the label', () => {
    const doc = analyzeDocument(
      '原标题：【地评线】钱江潮评|筑牢国家安全的“铜墙铁壁”\n国家安全是民族复兴的根基，我们必须坚持总体国家安全观，才能筑牢国家安全的铜墙铁壁。\n只有人人参与，国家安全才有坚实的群众基础，我们要把维护国家安全变成每个人的自觉行动。',
    )
    expect(doc.title).toBe('【地评线】钱江潮评|筑牢国家安全的“铜墙铁壁”')
    expect(doc.kind).toBe('commentary')
    expect(doc.text).not.toContain('原标题')
  })

  test('an encyclopedia entry whose headline is the term is a glossary of that term', () => {
    const doc = analyzeDocument(
      '您的位置：首页 > 百科词条\n恐怖分子(恐怖组织成员)\n恐怖分子(Terrorist)是对恐怖组织中的成员的普遍称谓，他们以暴力手段制造恐慌。\n想要了解更多“恐怖分子”的信息，请点击：恐怖分子百科',
    )
    expect(doc.terms.map((entry) => entry.term)).toEqual(['恐怖分子'])
    expect(doc.kind).toBe('glossary')
    expect(doc.text).not.toContain('请点击')
  })

  test('a dictionary entry: the headword is the title and its sense stands under 基本解释', () => {
    const doc = analyzeDocument(
      '查词语\n恐怖组织\n基本解释\n现代国际恐怖主义兴起于60年代末,盛行于70年代。目前,世界上有案可查的非政府恐怖组织多达1000多个。\n我国首次明确恐怖组织定义\n昨天审议的决定草案首次对此作出明确界定,并将公布涉恐人员名单。',
    )
    expect(doc.terms).toEqual([
      {
        term: '恐怖组织',
        definition:
          '现代国际恐怖主义兴起于60年代末,盛行于70年代。目前,世界上有案可查的非政府恐怖组织多达1000多个。',
      },
    ])
    expect(doc.kind).toBe('glossary')
    // The label stays in the body; without a headword title it defines nothing.
    expect(doc.text).toContain('基本解释')
    expect(
      analyzeDocument('基本解释\n现代国际恐怖主义兴起于60年代末,盛行于70年代。').terms,
    ).toEqual([])
  })

  test('an agency dispatch that argues is still news; 记者：/答： is a press Q&A', () => {
    const dispatch = analyzeDocument(
      '中新社北京2月27日电（记者 梁晓辉）新修订的保守国家秘密法27日公布，我们必须看到，保密工作只有坚持依法管理才能适应新形势，要坚持总体国家安全观，更加注重防范风险！\n保密工作必须坚持党的领导，我们要更加重视新技术带来的风险，只有这样才能守住秘密！',
    )
    expect(dispatch.kind).toBe('news')
    const press = analyzeDocument(
      '国家保密局负责人就保密法答记者问\n记者：保密法修订和颁布实施的背景和意义是什么？\n答：保守国家秘密是维护国家安全的重要手段，修订保密法是形势发展的需要。',
    )
    expect(press.qa.map((pair) => pair.question)).toEqual([
      '保密法修订和颁布实施的背景和意义是什么？',
    ])
    expect(press.kind).toBe('news')
  })
})

test('a tail cut that takes a large share of the paragraphs says so in a needs-check flag', () => {
  const paragraph = (topic: string) =>
    `${topic}是维护国家安全的重要内容，各地各部门认真落实，广泛开展宣传教育活动，群众的国家安全意识明显增强。`
  const doc = analyzeDocument(
    [
      '国家安全教育日活动综述',
      paragraph('反间谍工作'),
      paragraph('保密工作'),
      paragraph('反恐怖工作'),
      '相关推荐',
      paragraph('网络安全工作'),
    ].join('\n'),
  )
  expect(doc.text).not.toContain('网络安全工作')
  expect(doc.flags.find((flag) => flag.type === 'needs-check')?.message).toMatch(/removed 2\d%/)
})

test("a sharing site's numbered page chunks rejoin the sentences its page breaks cut", () => {
  const long = (text: string) => text.repeat(12)
  const doc = analyzeDocument(
    [
      `1、国家安全知识竞赛题及答案一、单选题1.${long('国家安全是安邦定国的重要基石，')}市民张大妈所在`,
      `2、的街道办组织居民学习反间谍法，${long('居民们踊跃参加活动，')}小黄所在`,
      `3、的单位开展保密教育，${long('职工们认真学习保密知识。')}`,
    ].join('\n'),
  )
  expect(doc.text).toContain('市民张大妈所在的街道办组织居民学习反间谍法')
  expect(doc.text).toContain('小黄所在的单位开展保密教育')
  expect(doc.text).not.toMatch(/^\d、/m)
})
