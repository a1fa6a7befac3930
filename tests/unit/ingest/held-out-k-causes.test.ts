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
