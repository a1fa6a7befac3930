import { extractAttribution, readDate, type Attribution } from '../../../src/ingest/attribution.js'
import { isPartialDate } from '../../../src/fields/partial-date.js'

const NONE: Attribution = {
  outlet: null,
  outletType: null,
  originalOutlet: null,
  agency: null,
  dateline: null,
  publishedAt: null,
  author: null,
  editor: null,
  interviewer: null,
  interviewee: null,
}

function read(text: string): { attribution: Attribution; body: string } {
  return extractAttribution(text)
}

describe('labelled fields on one line: each value ends at the next label', () => {
  test.each([
    [
      'Simplified, two spaces between fields',
      '反间谍法宣传周启动\n来源：新华网  责任编辑：王五  作者：张三  发布时间：2024-05-20 10:30  浏览次数：123\n正文第一段。',
      { outlet: '新华网', editor: '王五', author: '张三', publishedAt: '2024-05-20 10:30' },
    ],
    [
      'Traditional, ideographic spaces',
      '反間諜法宣傳週啟動\n來源：中央社　責任編輯：陳大文　發布時間：2024年5月20日\n正文第一段。',
      { outlet: '中央社', editor: '陳大文', publishedAt: '2024年5月20日' },
    ],
    [
      'a government CMS line with a counter and print/close buttons',
      '间谍离你很遥远吗?并不!\n发布时间:2017-03-29 14:51:32    来源:保密观    浏览次数 2429次     [打印] [关闭]     【字体:\n正文第一段。',
      { outlet: '保密观', publishedAt: '2017-03-29 14:51:32' },
    ],
    [
      'bracketed fields after the site address',
      '普及国安知识 守护家国之安\nwww.luzhoupeace.gov.cn 】 【 2024-04-15 14:36:00 】 【 来源:古蔺县人民检察院\n正文第一段。',
      { outlet: '古蔺县人民检察院', publishedAt: '2024-04-15 14:36:00' },
    ],
    [
      'a label glued to the time before it, an unknown label after a space',
      '标题\n时间:2024-02-19 11:40内容来源:联合早报 新闻归类:国际时政\n正文第一段。',
      { outlet: '联合早报', publishedAt: '2024-02-19 11:40' },
    ],
    [
      'a date glued to the source value',
      '标题\n来源:国家安全部微信公众号2024-07-24 09:58\n正文第一段。',
      {
        outlet: '国家安全部微信公众号',
        outletType: 'wechat-account',
        originalOutlet: '国家安全部',
        publishedAt: '2024-07-24 09:58',
      },
    ],
    [
      'a date and a source with pipes; Traditional 稿件來源',
      '标题\n2023-08-03 14:37 | 稿件來源:香港新聞網\n正文第一段。',
      { outlet: '香港新聞網', publishedAt: '2023-08-03 14:37' },
    ],
    [
      'a space before the colon and bars between fields',
      '标题\n来源 :中国新闻周刊 | 被引量 : 0次 | 上传用户:a77115280\n正文第一段。',
      { outlet: '中国新闻周刊' },
    ],
    [
      '发布日期 / 來源 / 編輯 in Traditional',
      '標題\n發布日期:2024-04-16 來源:宜都融媒 編輯:李小華\n正文第一段。',
      { outlet: '宜都融媒', publishedAt: '2024-04-16', editor: '李小華' },
    ],
    [
      'a credit line with slashes: only 文 is the author; 审核 and 摄影 are not editors',
      '标题\n(文/赵乐 摄影/马浩歌 审校/马海华 审核/郭晓旻)\n正文第一段。',
      { author: '赵乐' },
    ],
    [
      '编辑, 审核 and 校对 on one line: the editor is the 编辑',
      '标题\n编辑：张三 审核：李四 校对：王五\n正文第一段。',
      { editor: '张三' },
    ],
    [
      '责任编辑 wins over 编辑',
      '标题\n正文第一段。\n编辑：张三\n责任编辑：李四',
      { editor: '李四' },
    ],
    [
      'a source with a compound label glued to an empty one',
      '标题\n正文第一段。\n来源:海报来源:国家保密局网站',
      { outlet: '国家保密局网站' },
    ],
    [
      'a source naming a unit and its writer',
      '标题\n正文第一段。\n来源:芜湖经开区人民检察院 常福星',
      { outlet: '芜湖经开区人民检察院', author: '常福星' },
    ],
  ])('%s', (_name, text, expected) => {
    const { attribution, body } = read(text)
    expect(attribution).toEqual({ ...NONE, ...expected })
    expect(body.split('\n')).not.toContainEqual(expect.stringMatching(/来源|來源|编辑|發布|发布/))
    expect(body).toContain('正文第一段。')
  })

  test.each([
    [
      'the old contract: source, time and editor lines are dropped from the body',
      '标题\n发稿时间：2023-05-01 10:00\n来源：法制日报\n正文。\n责任编辑：李华',
      { outlet: '法制日报', publishedAt: '2023-05-01 10:00', editor: '李华' },
      '标题\n正文。',
    ],
    [
      'a time prefix glued to the text is cut from it, the text stays',
      '國安部:打擊\n最后更新: 2024-10-09 07:33:45微信公眾號“國家安全部”10月9日發布評論《打擊》。\n正文。',
      {
        outletType: 'wechat-account',
        originalOutlet: '國家安全部',
        publishedAt: '2024-10-09 07:33:45',
      },
      '國安部:打擊\n微信公眾號“國家安全部”10月9日發布評論《打擊》。\n正文。',
    ],
    [
      'a journal source in 【】 and a half-bracketed author: lines with more text stay whole',
      '李洪江:澳門修改研究\n作者】李洪江:澳門城市大學法學院副教授。\n【來源】《澳門法政雜誌》2023年第2期。\n正文。',
      { outlet: '《澳門法政雜誌》', author: '李洪江' },
      '李洪江:澳門修改研究\n作者】李洪江:澳門城市大學法學院副教授。\n【來源】《澳門法政雜誌》2023年第2期。\n正文。',
    ],
  ])('%s', (_name, text, expected, kept) => {
    const { attribution, body } = read(text)
    expect(attribution).toEqual({ ...NONE, ...expected })
    expect(body).toBe(kept)
  })
})

describe('placeholders and stray brackets', () => {
  test.each([
    ['来源：本站  作者：佚名  发布时间：2024-01-02', { publishedAt: '2024-01-02' }],
    ['来源:未知 作者:admin 人气: 发布时间:2017-11-17', { publishedAt: '2017-11-17' }],
    ['来源：本网原创', {}],
    ['来源：网络', {}],
    ['來源：本報', {}],
    // A desk forwarding the text (办公室转发) is no author; its source is where the text came from.
    [
      '作者:办公室转发     信息来源:保密观     阅读次数:【关闭】',
      { outlet: '保密观', originalOutlet: '保密观' },
    ],
    // A scraper's code in the source field names no outlet; the line goes all the same.
    ['来源: sp20241201', {}],
    // A book cited after 出处 is part of the field, not text.
    [
      '出处:法律文献汇编 中国民主法制出版社《中华人民共和国现行法律文献分类汇编上册》第1309页(916字)',
      { outlet: '法律文献汇编' },
    ],
    ['来源：（人民日报）', { outlet: '人民日报' }],
    ['【来源：人民日报】', { outlet: '人民日报' }],
    ['来源：人民日报）', { outlet: '人民日报' }],
  ])('%s', (line, expected) => {
    const { attribution, body } = read(`标题\n${line}\n正文。`)
    expect(attribution).toEqual({ ...NONE, ...expected })
    expect(body).toBe('标题\n正文。')
  })
})

test('short numbers at the top that make no date stay text', () => {
  const text = '标题\n2021\n13/45\n正文第一段。'
  expect(read(text)).toEqual({ attribution: NONE, body: text })
})

describe('bare dates near the top are the date', () => {
  test.each([
    ['2015-12-27 21:20:47', '2015-12-27 21:20:47'],
    ['2019/05/10', '2019/05/10'],
    ['2024年5月20日', '2024年5月20日'],
    ['2024年5月20日 星期一', '2024年5月20日'],
    ['【 2024.05.20 】', '2024.05.20'],
    ['http://www.CRNTT.tw   2021-04-15 14:47:09', '2021-04-15 14:47:09'],
    // A date badge rendered one part per line: written out from its parts.
    ['2021\n04/27\n16:39', '2021/04/27 16:39'],
    ['22\n2022年07月', '2022年07月22日'],
  ])('%s', (line, date) => {
    const { attribution, body } = read(`标题\n${line}\n正文第一段。\n正文第二段。`)
    expect(attribution).toEqual({ ...NONE, publishedAt: date })
    expect(body).toBe('标题\n正文第一段。\n正文第二段。')
  })

  test('a date line beside an outlet and a writer (no labels)', () => {
    const { attribution, body } = read('讲话的新亮点\n• 2017年03月16日 求是网 刘跃进\n正文。')
    expect(attribution).toEqual({
      ...NONE,
      outlet: '求是网',
      author: '刘跃进',
      publishedAt: '2017年03月16日',
    })
    expect(body).toBe('讲话的新亮点\n正文。')
  })

  test("WeChat's meta line: author, account, date", () => {
    const { attribution } = read('这些知识你要知道!\n微尚工作室 陕西师范大学 2024-03-31\n正文。')
    expect(attribution).toEqual({
      ...NONE,
      outletType: 'wechat-account',
      originalOutlet: '陕西师范大学',
      author: '微尚工作室',
      publishedAt: '2024-03-31',
    })
  })

  test('a labelled date wins; a later bare date in a poster stays in the text', () => {
    const { attribution, body } = read(
      '共筑保密防线\n时间:2025-04-22 09:40\n2025年4月15日\n第十个全民国家安全教育日',
    )
    expect(attribution.publishedAt).toBe('2025-04-22 09:40')
    expect(body).toBe('共筑保密防线\n2025年4月15日\n第十个全民国家安全教育日')
  })

  test('a date inside a sentence, or a 时间： line far down a notice, is not the date and stays', () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => `第${i + 1}段正文。`).join('\n')
    const text = `活动通知\n2024年5月20日，我市开展宣传活动。\n${paragraphs}\n时间：2024年4月15日上午9点\n地点：市民广场`
    const { attribution, body } = read(text)
    expect(attribution).toEqual(NONE)
    expect(body).toBe(text)
  })
})

describe('agency datelines and reporter credits', () => {
  test.each([
    [
      'bracketed, alone on its line (removed)',
      '（新华社北京4月26日电）',
      { agency: '新华社', dateline: '北京', publishedAt: '4月26日', outletType: 'news-agency' },
      '',
    ],
    [
      'without brackets, opening the lead',
      '新华社北京12月27日电 国家安全部今天发布提示。',
      { agency: '新华社', dateline: '北京', publishedAt: '12月27日', outletType: 'news-agency' },
      null,
    ],
    [
      'with the reporter in brackets',
      '中新社北京12月27日电（记者 张三）国家安全部今天发布提示。',
      {
        agency: '中新社',
        dateline: '北京',
        publishedAt: '12月27日',
        author: '张三',
        outletType: 'news-agency',
      },
      null,
    ],
    [
      'Traditional',
      '中新社廣州12月27日電（記者 譚暢）國家安全部今天發布提示。',
      {
        agency: '中新社',
        dateline: '廣州',
        publishedAt: '12月27日',
        author: '譚暢',
        outletType: 'news-agency',
      },
      null,
    ],
    [
      'no place, Traditional',
      '香港新聞網8月3日電 中國國家安全部日前發文。',
      { agency: '香港新聞網', publishedAt: '8月3日', outletType: 'news-agency' },
      null,
    ],
    [
      'an agency reporting from another outlet',
      '中評社北京4月15日電/據人民網報道,4月15日,又到全民國家安全教育日。',
      {
        agency: '中評社',
        dateline: '北京',
        publishedAt: '4月15日',
        originalOutlet: '人民網',
        outletType: 'news-agency',
      },
      null,
    ],
    [
      '本报讯 with a reporter and a correspondent: the reporter is the author, 本报 no outlet',
      '本报讯（记者 李四 通讯员 王五）近日，某市开展活动。',
      { author: '李四' },
      null,
    ],
    [
      'a local outlet 讯 with two reporters',
      '大西北网讯(记者 金振华 特约记者 徐大明 文、图) 日前,永登县开展了宣传月活动。',
      { outlet: '大西北网', author: '金振华、徐大明' },
      null,
    ],
    ['a commentator in brackets (removed)', '（评论员 赵六）', { author: '赵六' }, ''],
    ['a special commentator (removed)', '中国网特约评论员 张润', { author: '张润' }, ''],
    [
      'a reporter credit with a bullet (removed)',
      '□记者 邱灵娟 通讯员 陈望安',
      { author: '邱灵娟' },
      '',
    ],
    ['an agency reporter without a name (removed)', '新华社记者', {}, ''],
  ])('%s', (_name, line, expected, body) => {
    const result = read(`标题\n${line}\n正文。`)
    expect(result.attribution).toEqual({ ...NONE, ...expected })
    expect(result.body).toBe(
      body === null ? `标题\n${line}\n正文。` : `标题\n${body ? `${body}\n` : ''}正文。`,
    )
  })

  test('a sentence about a reporter is not a credit', () => {
    const { attribution, body } = read('我是一名记者\n正文。')
    expect(attribution).toEqual(NONE)
    expect(body).toBe('我是一名记者\n正文。')
  })
})

describe('WeChat accounts named in the text', () => {
  test.each([
    ['微信公众号“国家安全部”8月4日发文。', '国家安全部'],
    ['转载自五彩文昌微信公众号', '五彩文昌'],
    ['▴ 点击上方卡片关注“包头九原法院”公众号 ▴', '包头九原法院'],
    ['平安广金微信推文:https://mp.weixin.qq.com/s/abc', '平安广金'],
  ])('%s', (line, account) => {
    const { attribution } = read(`标题\n${line}\n正文。`)
    expect(attribution.originalOutlet).toBe(account)
    expect(attribution.outletType).toBe('wechat-account')
  })
})

test('readDate reads the date as written, with chrono-node', () => {
  expect(readDate('发布时间：2024年05月20日 10:30')).toEqual({
    index: 5,
    text: '2024年05月20日 10:30',
    hasYear: true,
  })
  expect(readDate('2019/05/10')?.text).toBe('2019/05/10')
  expect(readDate('4月26日电')).toEqual({ index: 0, text: '4月26日', hasYear: false })
  expect(readDate('今天')).toBeNull()
  expect(readDate('举报电话：12339')).toBeNull()
})

test('a time written with full-width colons or digits is read in the form the Sources date field takes', () => {
  const date = readDate('发布时间：2024-10-09 07：33：45　来源：新华网')
  expect(date?.text).toBe('2024-10-09 07:33:45')
  expect(isPartialDate(date!.text)).toBe(true)
  expect(readDate('２０２４-１０-０９')?.text).toBe('2024-10-09')
  const { attribution } = read(
    '标题\n发布时间：2024-10-09 07：33：45　来源：新华网\n正文第一段，讲国家安全。',
  )
  expect(attribution.publishedAt).toBe('2024-10-09 07:33:45')
  expect(attribution.outlet).toBe('新华网')
})

test('时间： beside 地点： at the top is an event, not the publication date; the lines stay', () => {
  const text =
    '国家安全教育日活动安排\n时间：2024年4月15日上午9点\n地点：市民广场\n内容：发放宣传资料。'
  const { attribution, body } = read(text)
  expect(attribution).toEqual(NONE)
  expect(body).toBe(text)
})

test('文/图 credits the writer', () => {
  expect(read('标题\n文/图：张三\n正文。')).toEqual({
    attribution: { ...NONE, author: '张三' },
    body: '标题\n正文。',
  })
})

test.each([
  ['作者：本站编辑', null],
  ['作者：新华社记者 张三', '张三'],
  ['【作者：张三】【来源：人民网】', '张三'],
])('the author of %s', (line, author) => {
  const { attribution, body } = read(`标题\n${line}\n正文。`)
  expect(attribution.author).toBe(author)
  expect(body).toBe('标题\n正文。')
})
