// One Lexical document with every node and format the content editor offers, and where each must
// show in delivered HTML (web, feeds), WeChat HTML and plain text. The unit test renders it with
// stand-in documents; the integration test saves it through Payload (the editor's own validation)
// and reads it back from /v1 and the feeds.
import type { CheerioAPI } from 'cheerio'
import {
  heading,
  internalLink,
  link,
  list,
  listItem,
  paragraph,
  relationship,
  root,
  text,
  upload,
  type LexicalNode,
  type LexicalState,
} from './lexical.js'

/** The documents the body refers to: ids (stored) or populated documents (unit renders). */
export interface EveryNodeRefs {
  source: unknown
  term: unknown
  media: unknown
  /** A published article: the internal link's and the relationship node's target. */
  article: unknown
  /** Block ids; stored documents need fresh ones. */
  blockId?: (prefix: string) => string
}

export const WORDS = {
  paragraph: '普通段落文字',
  bold: '粗体文字',
  italic: '斜体文字',
  underline: '下划线文字',
  strikethrough: '删除线文字',
  code: 'code12339',
  subscript: '下标文字',
  superscript: '上标文字',
  highlight: '高亮文字',
  beforeBreak: '换行之前',
  afterBreak: '换行之后',
  beforeTab: '制表之前',
  afterTab: '制表之后',
  center: '居中段落',
  right: '居右段落',
  justify: '两端对齐段落',
  centeredHeading: '居中标题',
  indented: '缩进一级段落',
  indentedTwice: '缩进两级段落',
  bullet: '无序列表项',
  nestedBullet: '嵌套列表项',
  numbered: '有序列表项',
  done: '已完成事项',
  todo: '未完成事项',
  link: '举报受理平台',
  autolink: 'www.12339.gov.cn',
  internalLink: '内部链接文字',
  quote: '引用段落文字',
  question: '什么是国家秘密？',
  answer: '国家秘密是关系国家安全和利益的事项。',
  calloutTitle: '举报电话 12339',
  calloutBody: '发现危害国家安全的行为，请拨打12339。',
  glossary: '国家秘密',
  cited: '被引用的句子',
} as const

export const LINK_URL = 'https://www.12339.gov.cn/'
export const AUTOLINK_URL = 'https://www.12339.gov.cn/autolink'
export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const
const headingWord = (tag: string) => `${tag}级标题`

const aligned = (format: string, node: LexicalNode): LexicalNode => ({ ...node, format })
const indented = (indent: number, node: LexicalNode): LexicalNode => ({ ...node, indent })
const checkItem = (checked: boolean, value: string): LexicalNode => ({
  ...listItem(text(value)),
  checked,
})

export function everyNodeDocument(refs: EveryNodeRefs): LexicalState {
  const id = refs.blockId ?? ((prefix: string) => `${prefix}0000000000`)
  return root(
    paragraph(text(WORDS.paragraph)),
    paragraph(
      text(WORDS.bold, 1),
      text('，'),
      text(WORDS.italic, 1 << 1),
      text('，'),
      text(WORDS.strikethrough, 1 << 2),
      text('，'),
      text(WORDS.underline, 1 << 3),
      text('，'),
      text(WORDS.code, 1 << 4),
      text('，'),
      text(WORDS.subscript, 1 << 5),
      text('，'),
      text(WORDS.superscript, 1 << 6),
      text('，'),
      text(WORDS.highlight, 1 << 7),
    ),
    paragraph(
      text(WORDS.beforeBreak),
      { type: 'linebreak', version: 1 },
      text(WORDS.afterBreak),
      text(WORDS.beforeTab),
      { type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 },
      text(WORDS.afterTab),
    ),
    aligned('center', paragraph(text(WORDS.center))),
    aligned('right', paragraph(text(WORDS.right))),
    aligned('justify', paragraph(text(WORDS.justify))),
    aligned('center', heading(WORDS.centeredHeading, 'h3')),
    indented(1, paragraph(text(WORDS.indented))),
    indented(2, paragraph(text(WORDS.indentedTwice))),
    ...HEADING_TAGS.map((tag) => heading(headingWord(tag), tag)),
    list(
      'bullet',
      listItem(text(WORDS.bullet)),
      listItem(list('bullet', listItem(text(WORDS.nestedBullet)))),
    ),
    { ...list('number', listItem(text(WORDS.numbered))), start: 3 },
    {
      ...list('bullet', checkItem(true, WORDS.done), checkItem(false, WORDS.todo)),
      listType: 'check',
    },
    paragraph(
      link(LINK_URL, WORDS.link, true),
      text('，'),
      {
        type: 'autolink',
        fields: { linkType: 'custom', url: AUTOLINK_URL },
        children: [text(WORDS.autolink)],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 2,
      },
      text('，'),
      internalLink('articles', refs.article, WORDS.internalLink),
    ),
    relationship('articles', refs.article),
    {
      type: 'quote',
      children: [text(WORDS.quote)],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
    upload(refs.media),
    { type: 'horizontalrule', version: 1 },
    {
      type: 'block',
      format: '',
      version: 2,
      fields: {
        blockType: 'qaPair',
        id: id('q'),
        blockName: '',
        question: WORDS.question,
        answer: WORDS.answer,
      },
    },
    {
      type: 'block',
      format: '',
      version: 2,
      fields: {
        blockType: 'callout',
        id: id('k'),
        blockName: '',
        tone: 'hotline',
        title: WORDS.calloutTitle,
        body: WORDS.calloutBody,
      },
    },
    paragraph(
      text(WORDS.cited),
      {
        type: 'inlineBlock',
        version: 1,
        fields: { blockType: 'citation', id: id('c'), blockName: '', source: refs.source },
      },
      text('，'),
      {
        type: 'inlineBlock',
        version: 1,
        fields: {
          blockType: 'glossaryMark',
          id: id('g'),
          blockName: '',
          term: refs.term,
          text: WORDS.glossary,
        },
      },
    ),
  )
}

/** What the referenced documents look like in the output (titles, URLs). */
export interface EveryNodeTargets {
  sourceTitle: string
  articleTitle: string
  /** The public page of the referenced article (internal link, relationship). */
  articleUrl: string
  mediaAlt: string
  termSlug: string
}

type Check = ($: CheerioAPI, targets: EveryNodeTargets) => boolean

export interface NodeExpectation {
  /** The editor feature (its key) or Lexical core node this entry covers. */
  feature: string
  what: string
  web: Check
  wechat: Check
  /** The words plain text must hold; null where a node has no text (a rule, an image, a marker). */
  text: (targets: EveryNodeTargets) => string[] | null
  /**
   * Only in the text of a render that resolves documents (renderRichText), not in richTextToPlain
   * (search, digests), which reads no other document.
   */
  resolvedTextOnly?: true
}

const withText = ($: CheerioAPI, selector: string, words: string) =>
  $(selector)
    .toArray()
    .some((el) => $(el).text().includes(words))

const styled = ($: CheerioAPI, selector: string, declaration: string, words: string) =>
  $(selector)
    .toArray()
    .some(
      (el) =>
        ($(el).attr('style') ?? '').replace(/\s+/g, '').includes(declaration) &&
        $(el).text().includes(words),
    )

/** WeChat keeps no links to other sites: their text stays, followed by a footnote number. */
const footnoted = ($: CheerioAPI, words: string, url: string) =>
  withText($, 'sup', '[') && $.root().text().includes(words) && withText($, 'p', url)

const format = (feature: string, tag: string, words: string, wechatTag = tag): NodeExpectation => ({
  feature,
  what: `text format → <${tag}>`,
  web: ($) => withText($, tag, words),
  wechat: ($) => withText($, wechatTag, words),
  text: () => [words],
})

export const EVERY_NODE: NodeExpectation[] = [
  {
    feature: 'paragraph',
    what: 'paragraph → <p>',
    web: ($) => withText($, 'p', WORDS.paragraph),
    wechat: ($) => withText($, 'p', WORDS.paragraph),
    text: () => [WORDS.paragraph],
  },
  format('bold', 'strong', WORDS.bold),
  format('italic', 'em', WORDS.italic),
  format('underline', 'u', WORDS.underline),
  format('strikethrough', 's', WORDS.strikethrough),
  format('inlineCode', 'code', WORDS.code),
  format('subscript', 'sub', WORDS.subscript),
  format('superscript', 'sup', WORDS.superscript),
  // Lexical's highlight bit: no toolbar button by default, but pasted text can carry it.
  format('highlight', 'mark', WORDS.highlight, 'strong'),
  {
    feature: 'linebreak',
    what: 'line break → <br>',
    web: ($) => $('p br').length > 0 && withText($, 'p', WORDS.afterBreak),
    wechat: ($) => $('p br').length > 0,
    text: () => [`${WORDS.beforeBreak}\n${WORDS.afterBreak}`],
  },
  {
    feature: 'tab',
    what: 'tab → a space',
    web: ($) => withText($, 'p', `${WORDS.beforeTab} ${WORDS.afterTab}`),
    wechat: ($) => withText($, 'p', `${WORDS.beforeTab} ${WORDS.afterTab}`),
    text: () => [`${WORDS.beforeTab} ${WORDS.afterTab}`],
  },
  {
    feature: 'align',
    what: 'alignment → style text-align',
    web: ($) =>
      styled($, 'p', 'text-align:center', WORDS.center) &&
      styled($, 'p', 'text-align:right', WORDS.right) &&
      styled($, 'p', 'text-align:justify', WORDS.justify) &&
      styled($, 'h3', 'text-align:center', WORDS.centeredHeading),
    wechat: ($) =>
      styled($, 'p', 'text-align:center', WORDS.center) &&
      styled($, 'p', 'text-align:right', WORDS.right) &&
      styled($, 'h3', 'text-align:center', WORDS.centeredHeading),
    text: () => [WORDS.center, WORDS.right, WORDS.justify, WORDS.centeredHeading],
  },
  {
    feature: 'indent',
    what: 'indent → 40 px a level',
    web: ($) =>
      styled($, 'p', 'padding-inline-start:40px', WORDS.indented) &&
      styled($, 'p', 'padding-inline-start:80px', WORDS.indentedTwice),
    wechat: ($) =>
      styled($, 'p', 'padding-left:40px', WORDS.indented) &&
      styled($, 'p', 'padding-left:80px', WORDS.indentedTwice),
    text: () => [WORDS.indented, WORDS.indentedTwice],
  },
  {
    feature: 'heading',
    what: 'headings h1–h6 → <hN id>',
    web: ($) => HEADING_TAGS.every((tag) => withText($, `${tag}[id]`, headingWord(tag))),
    wechat: ($) => HEADING_TAGS.every((tag) => withText($, tag, headingWord(tag))),
    text: () => HEADING_TAGS.map(headingWord),
  },
  {
    feature: 'unorderedList',
    what: 'bullet list, nested → <ul> in the item before',
    web: ($) =>
      withText($, 'ul > li', WORDS.bullet) && withText($, 'li > ul > li', WORDS.nestedBullet),
    wechat: ($) =>
      withText($, 'ul > li', WORDS.bullet) && $.root().text().includes(WORDS.nestedBullet),
    text: () => [WORDS.bullet, WORDS.nestedBullet],
  },
  {
    feature: 'orderedList',
    what: 'numbered list → <ol start>',
    web: ($) => withText($, 'ol[start="3"] > li', WORDS.numbered),
    wechat: ($) => withText($, 'ol[start="3"] > li', WORDS.numbered),
    text: () => [WORDS.numbered],
  },
  {
    feature: 'checklist',
    what: 'checklist → ☑/☐ in the item',
    web: ($) =>
      withText($, 'ul.checklist > li.checked', `☑ ${WORDS.done}`) &&
      withText($, 'ul.checklist > li.unchecked', `☐ ${WORDS.todo}`),
    wechat: ($) => withText($, 'li', `☑ ${WORDS.done}`) && withText($, 'li', `☐ ${WORDS.todo}`),
    text: () => [`☑ ${WORDS.done}`, `☐ ${WORDS.todo}`],
  },
  {
    feature: 'link',
    what: 'custom link → <a href target>',
    web: ($) => withText($, `a[href="${LINK_URL}"][target="_blank"]`, WORDS.link),
    wechat: ($) => footnoted($, WORDS.link, LINK_URL),
    text: () => [WORDS.link],
  },
  {
    feature: 'autolink',
    what: 'autolink → <a href>',
    web: ($) => withText($, `a[href="${AUTOLINK_URL}"]`, WORDS.autolink),
    wechat: ($) => footnoted($, WORDS.autolink, AUTOLINK_URL),
    text: () => [WORDS.autolink],
  },
  {
    feature: 'link (internal)',
    what: 'internal link → <a> to the published page',
    web: ($, t) => withText($, `a[href="${t.articleUrl}"]`, WORDS.internalLink),
    wechat: ($, t) => footnoted($, WORDS.internalLink, t.articleUrl),
    text: () => [WORDS.internalLink],
  },
  {
    feature: 'relationship',
    what: 'relationship → <p><a> with the title',
    web: ($, t) => withText($, `p > a[href="${t.articleUrl}"]`, t.articleTitle),
    wechat: ($, t) => footnoted($, t.articleTitle, t.articleUrl),
    text: (t) => [t.articleTitle],
    resolvedTextOnly: true,
  },
  {
    feature: 'blockquote',
    what: 'quote → <blockquote>',
    web: ($) => withText($, 'blockquote', WORDS.quote),
    wechat: ($) => withText($, 'blockquote', WORDS.quote),
    text: () => [WORDS.quote],
  },
  {
    feature: 'upload',
    what: 'upload → <figure><img width height><figcaption>',
    web: ($, t) =>
      $('figure > img[src][width][height]').length > 0 && withText($, 'figcaption', t.mediaAlt),
    wechat: ($, t) => $('img[src]').length > 0 && withText($, 'p', t.mediaAlt),
    text: () => null,
  },
  {
    feature: 'horizontalRule',
    what: 'rule → <hr>',
    web: ($) => $('hr').length > 0,
    wechat: ($) => $('hr').length > 0,
    text: () => null,
  },
  {
    feature: 'blocks: qaPair',
    what: 'Q&A block → <section class="qa">',
    web: ($) =>
      withText($, 'section.qa h3.q', WORDS.question) &&
      withText($, 'section.qa .a p', WORDS.answer),
    wechat: ($) => withText($, 'section', WORDS.question) && withText($, 'p', WORDS.answer),
    text: () => [WORDS.question, WORDS.answer],
  },
  {
    feature: 'blocks: callout',
    what: 'callout block → <aside class="callout">',
    web: ($) =>
      withText($, 'aside.callout-hotline .callout-title', WORDS.calloutTitle) &&
      withText($, 'aside.callout-hotline .callout-body p', WORDS.calloutBody),
    wechat: ($) =>
      withText($, 'section', WORDS.calloutTitle) && withText($, 'p', WORDS.calloutBody),
    text: () => [WORDS.calloutTitle, WORDS.calloutBody],
  },
  {
    feature: 'inlineBlocks: citation',
    what: 'citation → numbered marker and the notes list',
    web: ($, t) =>
      withText($, 'sup.cite a[href$="#note-1"]', '[1]') &&
      withText($, 'ol.notes > li#note-1', t.sourceTitle),
    wechat: ($, t) => withText($, 'sup', '[1]') && withText($, 'ol > li', t.sourceTitle),
    text: () => [WORDS.cited],
  },
  {
    feature: 'inlineBlocks: glossaryMark',
    what: 'glossary mark → <a class="term"> to the term page',
    web: ($, t) => withText($, `a.term[data-term="${t.termSlug}"][href]`, WORDS.glossary),
    wechat: ($) => withText($, 'strong', WORDS.glossary),
    text: () => [WORDS.glossary],
  },
]

/**
 * Editor features that add no node of their own (toolbars), and how every other feature key maps
 * to the entries above: a feature the editor gains without an entry fails the tests.
 */
export const FEATURES_WITHOUT_NODES = ['toolbarInline']

/** The entries of an editor feature key ('link' → link, link (internal)). */
export function entriesFor(featureKey: string): NodeExpectation[] {
  return EVERY_NODE.filter(
    (entry) => entry.feature === featureKey || entry.feature.startsWith(`${featureKey} (`),
  )
}

/** The entry of a block ('blocks') or inline block ('inlineBlocks') slug. */
export function blockEntry(
  kind: 'blocks' | 'inlineBlocks',
  slug: string,
): NodeExpectation | undefined {
  return EVERY_NODE.find((entry) => entry.feature === `${kind}: ${slug}`)
}
