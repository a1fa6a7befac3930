import { jest } from '@jest/globals'
import * as cheerio from 'cheerio'
import { defaultEditorFeatures } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import {
  renderRichText,
  sanitizeDeliveredHtml,
  type RenderOptions,
} from '../../../src/delivery/lexical-html.js'
import { webHtmlConverters } from '../../../src/delivery/richtext/html-converters.js'
import { renderWeChatHtml } from '../../../src/delivery/wechat-render.js'
import { contentFeatures } from '../../../src/fields/rich-text.js'
import { isConverterState } from '../../../src/richtext/nodes.js'
import { richTextToPlain } from '../../../src/richtext/plain-text.js'
import {
  blockEntry,
  entriesFor,
  EVERY_NODE,
  everyNodeDocument,
  FEATURES_WITHOUT_NODES,
  type EveryNodeTargets,
} from '../../support/every-node.js'
import { root, upload } from '../../support/lexical.js'

const SITE = 'https://www.example.gov.cn'
const SOURCE = {
  id: 7,
  title: '中华人民共和国保守国家秘密法',
  outlet: '全国人民代表大会常务委员会',
  url: 'http://www.npc.gov.cn/npc/c2/c30834/202402/t20240227.html',
  publishedDate: '2024-02-27',
}
const TERM = {
  id: 3,
  term: '国家秘密',
  slug: 'guo-jia-mi-mi',
  definition: '关系国家安全和利益，依照法定程序确定，在一定时间内只限一定范围的人员知悉的事项。',
}
const MEDIA = {
  id: 11,
  url: '/api/media/file/poster.png',
  alt: '全民国家安全教育日海报',
  width: 1080,
  height: 720,
  mimeType: 'image/png',
}
const ARTICLE = { id: 21, title: '保密法解读', url: `${SITE}/articles/bao-mi-fa-jie-du` }

const targets: EveryNodeTargets = {
  sourceTitle: SOURCE.title,
  articleTitle: ARTICLE.title,
  articleUrl: ARTICLE.url,
  mediaAlt: MEDIA.alt,
  termSlug: TERM.slug,
}

/** What renderBody gives renderRichText, with one document of each kind. */
const options: RenderOptions = {
  resolveSource: (id) => (id === SOURCE.id ? SOURCE : undefined),
  resolveTerm: (id) => (id === TERM.id ? TERM : undefined),
  termUrl: (slug) => `${SITE}/glossary/${slug}`,
  resolveMedia: (id) => (id === MEDIA.id ? MEDIA : undefined),
  mediaUrl: (media) => `${SITE}${media.url ?? ''}`,
  internalLinkUrl: (doc) => (doc.value === ARTICLE.id ? ARTICLE.url : undefined),
  relatedDocument: (doc) => (doc.value === ARTICLE.id ? ARTICLE : undefined),
}

const state = everyNodeDocument({
  source: SOURCE.id,
  term: TERM.id,
  media: MEDIA.id,
  article: ARTICLE.id,
})
const rendered = renderRichText(state, options)
const web = cheerio.load(rendered.html, null, false)
let wechat: cheerio.CheerioAPI

beforeAll(async () => {
  const { html } = await renderWeChatHtml(rendered.html, { baseUrl: SITE })
  wechat = cheerio.load(html, null, false)
})

describe('the document covers every feature of the content editor', () => {
  const features = contentFeatures({ defaultFeatures: defaultEditorFeatures, rootFeatures: [] })
  const keys = features.map((feature) => feature.key)

  test.each(keys.filter((key) => key !== 'blocks' && !FEATURES_WITHOUT_NODES.includes(key)))(
    'feature %s has an entry',
    (key) => {
      expect(entriesFor(key).map((entry) => entry.feature)).not.toEqual([])
    },
  )

  test('every block and inline block of BlocksFeature has an entry', () => {
    const props: unknown = features.find((feature) => feature.key === 'blocks')?.serverFeatureProps
    const slugsOf = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap((block: unknown) =>
            block && typeof block === 'object' && 'slug' in block && typeof block.slug === 'string'
              ? [block.slug]
              : [],
          )
        : []
    const record = props && typeof props === 'object' ? props : {}
    const blocks = slugsOf('blocks' in record ? record.blocks : undefined)
    const inlineBlocks = slugsOf('inlineBlocks' in record ? record.inlineBlocks : undefined)
    expect(blocks).toEqual(['qaPair', 'callout'])
    expect(inlineBlocks).toEqual(['citation', 'glossaryMark'])
    expect(blocks.filter((slug) => !blockEntry('blocks', slug))).toEqual([])
    expect(inlineBlocks.filter((slug) => !blockEntry('inlineBlocks', slug))).toEqual([])
  })
})

test('nothing in the document is unresolved or unknown', () => {
  expect(rendered.warnings).toEqual([])
})

describe.each(EVERY_NODE.map((entry) => [entry.feature, entry.what, entry] as const))(
  '%s (%s)',
  (_feature, _what, entry) => {
    test('web HTML', () => {
      expect(entry.web(web, targets)).toBe(true)
    })
    test('WeChat HTML', () => {
      expect(entry.wechat(wechat, targets)).toBe(true)
    })
    test('plain text', () => {
      const words = entry.text(targets)
      for (const word of words ?? []) expect(rendered.text).toContain(word)
      if (!entry.resolvedTextOnly)
        for (const word of words ?? []) expect(richTextToPlain(state)).toContain(word)
    })
  },
)

test('headings carry unique ids, listed in document order', () => {
  expect(rendered.headings.map((heading) => `${heading.level}:${heading.id}`)).toEqual([
    '3:ju-zhong-biao-ti',
    '1:h1-ji-biao-ti',
    '2:h2-ji-biao-ti',
    '3:h3-ji-biao-ti',
    '4:h4-ji-biao-ti',
    '5:h5-ji-biao-ti',
    '6:h6-ji-biao-ti',
  ])
})

test('the sanitizer removes nothing the converters write for the document', () => {
  const ctx = {
    options,
    citations: new Map(),
    headings: [],
    headingIds: new Set<string>(),
    warnings: [],
  }
  if (!isConverterState(state)) throw new Error('not a Lexical state')
  const raw = convertLexicalToHTML({
    converters: webHtmlConverters(ctx),
    data: state,
    disableContainer: true,
  })
  // Tags, attribute names and text: the sanitizer rewrites style values (text-align: center; →
  // text-align:center) and void tags, which is no loss.
  const shape = (html: string) => {
    const $ = cheerio.load(html, null, false)
    const tags = $('*')
      .toArray()
      .flatMap((el) =>
        'attribs' in el ? [`${el.tagName}[${Object.keys(el.attribs).sort().join(',')}]`] : [],
      )
    return { tags, text: $.root().text() }
  }
  expect(shape(sanitizeDeliveredHtml(raw))).toEqual(shape(raw))
})

test('the sanitizer keeps only the alignment and indent values the editor can produce', () => {
  const { html } = renderRichText(
    root(
      { type: 'paragraph', format: 'center', indent: 1, version: 1, children: [] },
      {
        type: 'paragraph',
        format: 'center;background:url(x)',
        indent: '1;color:red',
        version: 1,
        children: [{ type: 'text', text: '注入', format: 0, version: 1 }],
      },
    ),
  )
  expect(html).not.toMatch(/background|color|url\(/)
})

test('an upload from another collection than media is reported, not rendered', () => {
  const evidence = { ...upload(MEDIA), relationTo: 'evidence-files' }
  const result = renderRichText(root(evidence), options)
  expect(result.html).toBe('')
  expect(result.warnings).toEqual([
    'upload from evidence-files is not delivered: only media uploads are public',
  ])
})

test('a relationship or internal link to a page that is not public is reported', () => {
  const result = renderRichText(
    everyNodeDocument({ source: SOURCE.id, term: TERM.id, media: MEDIA.id, article: 404 }),
    options,
  )
  expect(result.warnings).toEqual([
    'internal link to articles 404 is not a published page: its text is shown unlinked',
    'relationship to articles 404 is not a published page: left out',
  ])
})

test('malformed nodes (no children, no text) render what they have, with no converter failing', () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const result = renderRichText(
      root(
        { type: 'list', listType: 'bullet', version: 1 },
        { type: 'heading', tag: 'h2', version: 1 },
        { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1 }] },
        { type: 'table', version: 1, children: [{ type: 'tablerow', version: 1 }] },
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', text: '仍然显示', version: 1 }],
        },
      ),
    )
    expect(errors).not.toHaveBeenCalled()
    expect(result.html).toContain('<p>仍然显示</p>')
    expect(result.text).toBe('仍然显示')
  } finally {
    errors.mockRestore()
  }
})

describe("WeChat's converter set", () => {
  const forWeChat = renderRichText(state, { ...options, converters: 'wechat' })

  test('writes figures, callouts, highlights and terms as WeChat keeps them', () => {
    const $ = cheerio.load(forWeChat.html, null, false)
    expect($('figure, figcaption, aside, mark, a.term').length).toBe(0)
    expect($('section.figure > img + p.caption').text()).toBe(MEDIA.alt)
    expect($('strong.term').text()).toBe('国家秘密')
    expect(forWeChat.text).toBe(rendered.text)
    expect(forWeChat.warnings).toEqual([])
  })

  test('gives the same WeChat HTML as renderWeChatHtml of the web HTML', async () => {
    const viaWeb = await renderWeChatHtml(rendered.html, { baseUrl: SITE })
    const viaWeChat = await renderWeChatHtml(forWeChat.html, { baseUrl: SITE })
    expect(viaWeChat.html).toBe(viaWeb.html)
    expect(viaWeChat.footnotes).toEqual(viaWeb.footnotes)
  })

  test.each(['web', 'wechat'] as const)(
    'an aligned image keeps its alignment (%s route)',
    async (route) => {
      const centred = root({ ...upload(MEDIA.id), format: 'center' })
      const { html } = renderRichText(centred, { ...options, converters: route })
      const wechatHtml = (await renderWeChatHtml(html, { baseUrl: SITE })).html
      expect(wechatHtml).toMatch(/<section style="[^"]*text-align:center[^"]*"><img/)
    },
  )
})
