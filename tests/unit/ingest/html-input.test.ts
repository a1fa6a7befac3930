import { readFileSync } from 'node:fs'
import { decodeInput } from '../../../src/ingest/decode.js'
import { htmlToText } from '../../../src/ingest/html.js'
import { analyzeDocument } from '../../../src/ingest/pipeline.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), 'utf8')

const TEMPLATE_CHROME = [
  '首页',
  '首頁',
  '政务公开',
  '设为首页',
  '加入收藏',
  'English',
  '您所在的位置',
  '當前位置',
  '上一篇',
  '下一篇',
  '打印本页',
  '关闭窗口',
  '版权所有',
  '版權所有',
  'ICP备',
  '网站地图',
  '相關新聞',
  '分享到',
  '浏览次数',
  '字体',
  '栏目导航',
  '工作动态',
]

describe('a provincial government notice (logo <h1>, nav ul, info line, editor at the end)', () => {
  const html = fixture('gov-province-notice.html')

  test('htmlToText: headline, byline line, the article paragraphs, the editor line last', () => {
    expect(htmlToText(html).split('\n\n')).toEqual([
      '关于开展2024年全民国家安全教育日宣传活动的通知',
      '发布时间：2024-04-08 09:30  信息来源：省委国家安全委员会办公室  浏览次数：1024  字体：大 中 小',
      '各市、县（区）人民政府，省政府各部门、各直属机构：',
      '2024年4月15日是第九个全民国家安全教育日。为深入学习贯彻习近平总书记关于国家安全工作的重要论述，进一步增强全民国家安全意识，经省委国家安全委员会同意，现就开展宣传教育活动有关事项通知如下。',
      '一、活动主题',
      '践行总体国家安全观，增强全民国家安全意识和素养，夯实以新安全格局保障新发展格局的社会基础。',
      '二、活动时间',
      '2024年4月上旬至4月下旬，4月15日前后集中开展。',
      '三、工作要求',
      '各地各部门要结合实际制定具体方案，突出宣传重点，创新宣传形式。\n活动开展情况请于4月30日前报送省委国安办。',
      '省委国家安全委员会办公室',
      '2024年4月8日',
      '责任编辑：周敏',
    ])
  })

  test('the pipeline: title from the article <h1>, byline parsed, no site chrome, signature kept', () => {
    const doc = analyzeDocument(html)
    expect(doc.title).toBe('关于开展2024年全民国家安全教育日宣传活动的通知')
    expect(doc.attribution).toMatchObject({
      outlet: '省委国家安全委员会办公室',
      publishedAt: '2024-04-08 09:30',
      editor: '周敏',
      author: null,
    })
    for (const chrome of TEMPLATE_CHROME) expect(doc.text).not.toContain(chrome)
    expect(doc.text).not.toContain('责任编辑')
    expect(doc.text).not.toContain('发布时间')
    for (const kept of [
      '各直属机构：',
      '现就开展宣传教育活动有关事项通知如下。',
      '报送省委国安办。',
    ])
      expect(doc.text).toContain(kept)
    expect(doc.text.endsWith('省委国家安全委员会办公室\n\n2024年4月8日')).toBe(true)
  })
})

describe('a Traditional news portal (og:title, og:site_name, agency dateline, related list)', () => {
  const html = fixture('news-portal-hant.html')

  test('the byline under the headline survives and is parsed; og:site_name is not the source', () => {
    const doc = analyzeDocument(html)
    expect(doc.title).toBe('國家安全部：境外間諜情報機關竊密手段不斷翻新')
    expect(doc.script).toBe('zh-Hant')
    expect(doc.attribution).toEqual({
      outlet: '中新網',
      outletType: 'news-agency',
      originalOutlet: null,
      agency: '中新社',
      dateline: '北京',
      publishedAt: '2024年05月20日 10:30',
      author: '譚暢',
      editor: '陳大文',
      interviewer: null,
      interviewee: null,
    })
    expect(doc.text.split('\n\n')).toEqual([
      '國家安全部：境外間諜情報機關竊密手段不斷翻新',
      '中新社北京5月20日電（記者 譚暢）中國國家安全部20日發文稱，境外間諜情報機關竊密手段不斷翻新，公眾應提高警惕，發現可疑情況及時舉報。',
      '文章指出，一些境外間諜情報機關以高薪兼職、網絡交友等名義，誘騙境內人員拍攝軍事設施、收集敏感數據，危害國家安全。',
      '提高防範意識',
      '國家安全部提醒，廣大公民應自覺增強國家安全意識，不隨意在網上發佈涉及敏感地點的照片，不參與來歷不明的兼職活動。',
      '發現危害國家安全的行為，可撥打12339舉報電話，或登錄國家安全機關互聯網舉報受理平台進行舉報。',
    ])
  })
})

describe('an old table-layout CMS (no <h1>, text in <div id="zoom"> with <br>, facts only in <meta>)', () => {
  const html = fixture('old-cms-zoom.html')

  test('headline from og:title, date and source from <meta>, menus and the column list dropped', () => {
    const doc = analyzeDocument(html)
    expect(doc.title).toBe('国家安全知识问答')
    expect(doc.attribution).toMatchObject({ outlet: '县委政法委', publishedAt: '2019-04-12' })
    expect(doc.qa.map((pair) => pair.question)).toEqual([
      '什么是国家安全？',
      '国家安全机关的举报电话是多少？',
      '公民发现间谍行为应当怎么办？',
    ])
    for (const chrome of TEMPLATE_CHROME) expect(doc.text).not.toContain(chrome)
    expect(doc.text).not.toContain('来源')
    expect(doc.text).toContain('2019年4月15日是第四个全民国家安全教育日。')
  })
})

test('a pasted fragment of <p> elements is read whole, first paragraph included', () => {
  const text = htmlToText(
    '<p class="ql-block">提到国家安全</p><p class="ql-block">大家都会联想到间谍、特工、战争等等</p><p class="ql-block"><br></p><p class="ql-block">国家安全就在我们身边，它和我们每个人的生活息息相关。</p>',
  )
  expect(text).toBe(
    '提到国家安全\n\n大家都会联想到间谍、特工、战争等等\n\n国家安全就在我们身边，它和我们每个人的生活息息相关。',
  )
})

test('a 责任编辑 line above the body is emitted last, so the body after it is not cut', () => {
  const body = '这是正文的第一段，讲述境外间谍情报机关的窃密手段，提醒公众提高警惕。'.repeat(3)
  const doc = analyzeDocument(
    `<html><body><h1>间谍</h1><div class="editor">责任编辑：马莉</div><div class="content"><p>${body}</p><p>这是正文的第二段，介绍举报渠道和法律责任，号召人人参与维护国家安全。</p></div></body></html>`,
  )
  expect(doc.attribution.editor).toBe('马莉')
  expect(doc.text).toContain(body)
  expect(doc.text).toContain('这是正文的第二段')
})

test('a page too short for Readability falls back to the body without menus and footer', () => {
  const text = htmlToText(
    '<html><head><title>停电通知_某县人民政府</title></head><body><ul class="list"><li><a href="/">首页</a></li><li><a href="/xw">新闻中心</a></li><li><a href="/gk">信息公开</a></li></ul><p>明天停电。</p><div class="footer">版权所有：某县人民政府</div></body></html>',
  )
  expect(text).toBe('停电通知\n\n明天停电。')
})

test('decodeInput reduces HTML through the HTML stage and keeps the page as its raw snapshot', () => {
  const html = fixture('news-portal-hant.html')
  const decoded = decodeInput(Buffer.from(html))
  expect(decoded.html).toBe(true)
  expect(decoded.raw).toBe(html)
  expect(
    decoded.text.startsWith('國家安全部：境外間諜情報機關竊密手段不斷翻新\n\n發佈時間：'),
  ).toBe(true)
  expect(decoded.text).not.toContain('相關新聞')
})

describe('the headline is the article title, not the site name or the first menu item', () => {
  const body =
    '<div class="content"><p>为进一步增强全民国家安全意识，某市国家安全局在市民广场开展集中宣传活动，向群众发放宣传资料。</p><p>活动现场，工作人员讲解了反间谍法的主要内容，群众纷纷表示受益匪浅。</p></div>'

  test('a site-name <h1> outside <header> loses to the <div class="title"> the page title holds', () => {
    const text = htmlToText(
      `<html><head><title>我市开展国家安全宣传活动_某市人民政府</title><meta property="og:site_name" content="某市人民政府"></head><body><div class="top"><h1>某市人民政府</h1></div><ul><li><a href="/">首页</a></li><li><a href="/x">政务公开</a></li></ul><div class="title">我市开展国家安全宣传活动</div>${body}</body></html>`,
    )
    expect(text.split('\n\n')[0]).toBe('我市开展国家安全宣传活动')
    expect(text).not.toContain('政务公开')
  })

  test('no heading at all: the <title> without the site suffix', () => {
    const text = htmlToText(
      `<html><head><title>我市开展国家安全宣传活动-某市人民政府</title></head><body><div class="menu"><a href="/">首页</a> | <a href="/x">新闻中心</a></div>${body}</body></html>`,
    )
    expect(text.split('\n\n')[0]).toBe('我市开展国家安全宣传活动')
    expect(text).not.toContain('新闻中心')
  })
})

test('a list of links inside the article container (related headlines) is not article text', () => {
  const paragraph =
    '国家安全机关近日破获一起间谍案件，涉案人员通过网络向境外提供涉密资料，已被依法采取强制措施。'
  const text = htmlToText(
    `<html><head><title>国家安全机关破获一起间谍案件</title></head><body><div class="wrap"><h1>国家安全机关破获一起间谍案件</h1><div class="text"><p>${paragraph}</p><p>${paragraph}</p><p>更多报道：</p><ul><li><a href="/1">境外间谍窃密手段揭秘</a></li><li><a href="/2">国家安全教育日活动综述</a></li><li><a href="/3">专家解读反间谍法</a></li></ul></div></div></body></html>`,
  )
  expect(text).toContain(paragraph)
  for (const headline of ['境外间谍窃密手段揭秘', '国家安全教育日活动综述', '专家解读反间谍法'])
    expect(text).not.toContain(headline)
})

test('a content list of plain items stays', () => {
  const text = htmlToText(
    '<html><body><h1>保密“十不准”</h1><div class="content"><p>为加强保密管理，各单位工作人员必须严格遵守以下规定，切实履行保密义务。</p><ul><li>不准在私人交往中涉及国家秘密</li><li>不准在非保密场所阅办、谈论国家秘密</li><li>不准私自复制、保存和销毁国家秘密载体</li></ul></div></body></html>',
  )
  expect(text).toContain('不准在私人交往中涉及国家秘密\n\n不准在非保密场所阅办、谈论国家秘密')
})

test('a "时间：" line of a sidebar news list is not the byline; the one under the headline is', () => {
  const doc = analyzeDocument(
    `<html><head><title>我市召开国家安全工作会议_某市人民政府</title></head><body><div class="side"><ul><li>市政府召开常务会议 时间：2023-01-05</li><li>我市举办招聘会 时间：2023-01-04</li></ul></div><div class="main"><h1>我市召开国家安全工作会议</h1><div class="info">时间：2024-03-01\u3000来源：市委国安办</div><div class="content"><p>3月1日，我市召开国家安全工作会议，总结去年工作，部署今年任务，要求各地各部门压实责任。</p><p>会议强调，要坚持总体国家安全观，统筹发展和安全，扎实做好各项工作。</p></div></div></body></html>`,
  )
  expect(doc.attribution).toMatchObject({ publishedAt: '2024-03-01', outlet: '市委国安办' })
  expect(doc.text).not.toContain('2023-01-05')
})
