import * as cheerio from 'cheerio'
import { renderRichText } from '../../../src/delivery/lexical-html.js'
import {
  assertWeChatLimits,
  buildWeChatDraftArticle,
  checkWeChatLimits,
  WeChatLimitError,
} from '../../../src/delivery/wechat-draft.js'
import { renderWeChatHtml } from '../../../src/delivery/wechat-render.js'
import {
  callout,
  citation,
  glossaryMark,
  heading,
  link,
  list,
  listItem,
  paragraph,
  qaPair,
  root,
  text,
} from '../../support/lexical.js'
import { readSeed, seed000Document } from './seed-lexical.js'
import { textsOf } from '../../support/texts.js'

const seed004Lines = readSeed('004_56c83ed7d12524c2.txt')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 1)
const seed004Lead = seed004Lines.find((l) => l.startsWith('巴基斯坦當地時間'))!

function articleHtml(): string {
  const media = {
    id: 1,
    url: '/api/media/file/poster.png',
    alt: '全民国家安全教育日',
    width: 1080,
    height: 720,
    mimeType: 'image/png',
  }
  return renderRichText(
    root(
      paragraph(
        text(seed004Lead.slice(0, 60)),
        citation('c1', {
          id: 1,
          title: '打击恐怖主义是国际社会的共同责任和当务之急',
          outlet: '微信公众号“国家安全部”',
          url: 'https://mp.weixin.qq.com/s/abc123',
          publishedDate: '2024-10-09',
        }),
      ),
      heading('恐怖主义之祸 全球安全毒瘤'),
      paragraph(
        text('联合国安理会通过了'),
        link('https://www.un.org/securitycouncil/zh/content/resolutions', '第2178号决议'),
        text('，并见'),
        link('https://www.un.org/securitycouncil/zh/content/resolutions', '决议全文'),
        text('及'),
        link('/posts/fan-kong-fa', '反恐怖主义法解读'),
        text('。'),
      ),
      paragraph(
        text('相关背景：'),
        link('https://mp.weixin.qq.com/s/xyz789', '国家安全部公众号原文'),
        text('；'),
        glossaryMark(
          'g1',
          {
            id: 2,
            term: '恐怖主义',
            slug: 'kong-bu-zhu-yi',
            definition: '通过暴力、破坏、恐吓等手段制造社会恐慌的主张和行为',
          },
          '恐怖主义',
        ),
        text('。'),
      ),
      list(
        'number',
        listItem(text('加强国际合作')),
        listItem(list('bullet', listItem(text('情报信息交流')), listItem(text('执法安全合作')))),
        listItem(text('捍卫安全有责')),
      ),
      { type: 'upload', relationTo: 'media', value: media, version: 3 },
      { type: 'upload', relationTo: 'media', value: media, version: 3 },
      qaPair(
        'q1',
        '为什么要制定规定？',
        '制定规定是防范化解国家安全风险、维护我国国家安全和利益的现实需要。',
      ),
      callout('k1', 'hotline', '发现危害国家安全的行为，请拨打12339举报。', '举报电话 12339'),
    ),
    { termUrl: (slug) => `/glossary/${slug}` },
  ).html
}

describe('renderWeChatHtml', () => {
  const uploads: string[] = []
  const rendering = renderWeChatHtml(articleHtml(), {
    baseUrl: 'https://example.org',
    rewriteImageUrl: async (url) => {
      uploads.push(url)
      await new Promise((resolve) => setTimeout(resolve, 5))
      return `https://mmbiz.qpic.cn/mmbiz_png/${uploads.length}/0?wx_fmt=png`
    },
  })

  test('only inline styles: no class, id, data-*, style or script elements', async () => {
    const { html } = await rendering
    const $ = cheerio.load(html, null, false)
    const attributes = new Set(
      $('*')
        .toArray()
        .flatMap((el) => ('attribs' in el ? Object.keys(el.attribs) : [])),
    )
    expect([...attributes].sort()).toEqual(['alt', 'href', 'src', 'style'])
    expect($('style, script, aside, figure, picture').length).toBe(0)
    expect($('h2').attr('style')).toContain('border-left:4px solid #b71c1c')
    expect($('p').first().attr('style')).toContain('margin:0 0 16px')
    // Q&A and callout styling survive as inline styles on sections.
    expect(
      $('h3')
        .filter((_, el) => $(el).text() === '为什么要制定规定？')
        .attr('style'),
    ).toContain('color:#b71c1c')
    expect(
      $('section')
        .filter((_, el) => $(el).text().startsWith('举报电话 12339'))
        .attr('style'),
    ).toContain('background-color:#fff4f4')
  })

  test('external links become numbered footnotes under 参考资料; WeChat links stay links', async () => {
    const { html, footnotes } = await rendering
    const $ = cheerio.load(html, null, false)
    // One numbering with the citation notes: the article has one note, [1], so links start at [2].
    expect(footnotes).toEqual([
      {
        n: 2,
        url: 'https://www.un.org/securitycouncil/zh/content/resolutions',
        text: '第2178号决议',
      },
      { n: 3, url: 'https://example.org/posts/fan-kong-fa', text: '反恐怖主义法解读' },
    ])
    expect(
      $('p')
        .filter((_, el) => $(el).text().startsWith('联合国安理会'))
        .text(),
    ).toBe('联合国安理会通过了第2178号决议[2]，并见决议全文[2]及反恐怖主义法解读[3]。')
    // WeChat articles stay links: in the text and in the notes.
    expect(
      $('a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['https://mp.weixin.qq.com/s/xyz789', 'https://mp.weixin.qq.com/s/abc123'])
    const refsHeading = $('h3').filter((_, el) => $(el).text() === '参考资料')
    expect(refsHeading).toHaveLength(1)
    expect(textsOf(refsHeading.nextAll('p'))).toEqual([
      '[2] 第2178号决议：https://www.un.org/securitycouncil/zh/content/resolutions',
      '[3] 反恐怖主义法解读：https://example.org/posts/fan-kong-fa',
    ])
  })

  test('citation markers lose their anchors; a note on a WeChat article keeps its link', async () => {
    const { html } = await rendering
    const $ = cheerio.load(html, null, false)
    expect($('sup').first().text()).toBe('[1]')
    const note = $('ol li').last()
    expect(note.text()).toBe(
      '打击恐怖主义是国际社会的共同责任和当务之急，微信公众号“国家安全部”，2024-10-09',
    )
    expect(note.find('a').attr('href')).toBe('https://mp.weixin.qq.com/s/abc123')
  })

  test('a note on another site prints its URL, which WeChat cannot open', async () => {
    const noted = renderRichText(
      root(
        paragraph(
          text('据报道'),
          citation('c9', { id: 9, title: '反恐怖主义法', url: 'https://www.npc.gov.cn/fkf' }),
        ),
      ),
    ).html
    const $ = cheerio.load((await renderWeChatHtml(noted)).html, null, false)
    expect($('ol li').last().text()).toBe('反恐怖主义法 https://www.npc.gov.cn/fkf')
    expect($('a')).toHaveLength(0)
  })

  test('styles are written compactly: no spaces, no trailing semicolons, short colours', async () => {
    const { html } = await rendering
    const styles = [...html.matchAll(/style="([^"]*)"/g)].map((m) => m[1]!)
    expect(styles.length).toBeGreaterThan(10)
    for (const style of styles) {
      expect(style).not.toMatch(/: |; |;$|#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/i)
    }
  })

  test('glossary links become emphasised text', async () => {
    const { html } = await rendering
    const $ = cheerio.load(html, null, false)
    const term = $('strong').filter((_, el) => $(el).text() === '恐怖主义')
    expect(term).toHaveLength(1)
    expect(term.attr('style')).toContain('color:#1a4f8b')
    expect(html).not.toContain('/glossary/')
  })

  test('nested lists are flattened into marked lines inside the parent item', async () => {
    const { html } = await rendering
    const $ = cheerio.load(html, null, false)
    expect($('li ul, li ol')).toHaveLength(0)
    expect(textsOf($('ol').first().children('li'))).toEqual([
      '加强国际合作◦ 情报信息交流◦ 执法安全合作',
      '捍卫安全有责',
    ])
    expect($('ol > li').first().children('section').first().attr('style')).toContain(
      'margin:4px 0 4px 16px',
    )
  })

  test('images are uploaded once per URL and rewritten', async () => {
    const { html, images } = await rendering
    expect(uploads).toEqual(['https://example.org/api/media/file/poster.png'])
    expect(images).toEqual([
      {
        from: 'https://example.org/api/media/file/poster.png',
        to: 'https://mmbiz.qpic.cn/mmbiz_png/1/0?wx_fmt=png',
      },
    ])
    const $ = cheerio.load(html, null, false)
    expect(
      $('img')
        .map((_, el) => $(el).attr('src'))
        .get(),
    ).toEqual([
      'https://mmbiz.qpic.cn/mmbiz_png/1/0?wx_fmt=png',
      'https://mmbiz.qpic.cn/mmbiz_png/1/0?wx_fmt=png',
    ])
    expect($('img').first().attr('style')).toContain('max-width:100%')
  })
})

test('without a base URL relative links lose their link but keep their text', async () => {
  const { html, footnotes } = await renderWeChatHtml(
    '<p><a href="/glossary">术语表</a>与<a href="javascript:alert(1)">恶意</a><script>alert(1)</script></p>',
  )
  expect(footnotes).toEqual([])
  expect(cheerio.load(html, null, false).root().text()).toBe('术语表与恶意')
  expect(html).not.toMatch(/<a |<script/)
})

describe('draft article and limits', () => {
  const title = seed004Lines[0]!
  const base = {
    title,
    author: '国家安全部',
    digest: seed004Lead.slice(0, 100),
    html: '<section><p>正文</p></section>',
    contentSourceUrl: 'https://example.org/posts/4',
    thumbMediaId: 'MEDIA_ID_1',
  }

  test('builds the draft/add article object', () => {
    expect(
      buildWeChatDraftArticle({
        ...base,
        needOpenComment: true,
        picCrop235: [0.1, 0, 0.9, 0.34],
        picCrop11: '0.2_0_0.8_1',
      }),
    ).toEqual({
      article_type: 'news',
      title,
      author: '国家安全部',
      digest: base.digest,
      content: base.html,
      content_source_url: base.contentSourceUrl,
      thumb_media_id: 'MEDIA_ID_1',
      need_open_comment: 1,
      only_fans_can_comment: 0,
      pic_crop_235_1: '0.100000_0.000000_0.900000_0.340000',
      pic_crop_1_1: '0.2_0_0.8_1',
    })
    expect(() => buildWeChatDraftArticle({ ...base, picCrop11: [0, 0, 1.5, 1] })).toThrow(
      /picCrop11/,
    )
  })

  test('seed 004 headline fits; a long one and a long digest are reported with their overflow', () => {
    expect([...title]).toHaveLength(25)
    expect(checkWeChatLimits(buildWeChatDraftArticle(base))).toEqual([])
    const long = buildWeChatDraftArticle({
      ...base,
      title: `${title}——恐怖主义之祸 全球安全毒瘤`,
      author: '国家安全部新闻办公室及微信公众号编辑部',
      digest: seed004Lead,
    })
    const violations = checkWeChatLimits(long)
    expect(violations.map((v) => [v.field, v.unit, v.limit, v.actual, v.overflow])).toEqual([
      ['title', 'characters', 32, 40, 8],
      ['author', 'characters', 16, 19, 3],
      ['digest', 'characters', 128, [...seed004Lead].length, [...seed004Lead].length - 128],
    ])
    expect(violations[0]!.message).toBe('title is 40 characters, at most 32 allowed (8 over)')
  })

  test('a long explainer with headings is split before the last heading that lets the first part fit', async () => {
    // Seed 000 twice: ~35,000 characters of WeChat HTML, with an h2 per section.
    const once = renderRichText(seed000Document()).html
    const { html } = await renderWeChatHtml(once + once)
    const [content] = checkWeChatLimits(buildWeChatDraftArticle({ ...base, html })).filter(
      (v) => v.field === 'content' && v.unit === 'characters',
    )
    expect(content).toBeDefined()
    const headings = [...html.matchAll(/<h[1-6][^>]*>([^<]*)<\/h[1-6]>/g)]
    const chosen = headings.filter((m) => m[1] === content!.splitBefore)
    expect(chosen.length).toBeGreaterThan(0)
    const before = (m: RegExpMatchArray) => [...html.slice(0, m.index)].length
    expect(chosen.some((m) => before(m) < 20_000)).toBe(true)
    // …and it is the last heading that fits: the next one would not.
    const fitting = headings.filter((m) => m.index! > 0 && before(m) < 20_000)
    expect(fitting.at(-1)![1]).toBe(content!.splitBefore)
  })

  test('seed 000 fits; the long seed 002 document does not, and all violations arrive at once', async () => {
    const explainer = await renderWeChatHtml(renderRichText(seed000Document()).html)
    expect(checkWeChatLimits(buildWeChatDraftArticle({ ...base, html: explainer.html }))).toEqual(
      [],
    )
    const seed002 = readSeed('002_06bc90e43e81a12a.txt')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    const { html } = await renderWeChatHtml(
      renderRichText(root(...seed002.map((line) => paragraph(text(line))))).html,
    )
    const article = buildWeChatDraftArticle({
      ...base,
      html,
      thumbMediaId: '',
      contentSourceUrl: `https://example.org/posts/fan-kong-bu-gong-zuo-zhi-ze?ref=${'x'.repeat(1100)}`,
    })
    try {
      assertWeChatLimits(article)
      throw new Error('not thrown')
    } catch (error) {
      expect(error).toBeInstanceOf(WeChatLimitError)
      const fields = (error as WeChatLimitError).violations.map((v) => v.field)
      expect(fields).toEqual(['thumb_media_id', 'content', 'content_source_url'])
      const content = (error as WeChatLimitError).violations.find((v) => v.field === 'content')!
      expect(content.actual).toBe([...html].length)
      expect(content.overflow).toBe([...html].length - 19_999)
      // Where to split: a paragraph early enough for the first part to fit, named in the message.
      expect(content.splitBefore).toMatch(/…$/)
      expect(content.message).toContain(
        `split it into two articles before “${content.splitBefore}”`,
      )
      const start = html.indexOf(`>${content.splitBefore!.slice(0, -1)}`)
      expect(start).toBeGreaterThan(0)
      expect([...html.slice(0, start)].length).toBeLessThan(20_000)
    }
  })
})
