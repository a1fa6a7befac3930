import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

/**
 * HTML input → plain text paragraphs for the text pipeline: the headline, the byline lines of the
 * page (the 发布时间 / 来源 line under the headline, <meta> facts the page does not show), the
 * article itself (found by @mozilla/readability on a linkedom document), and a 责任编辑 line last.
 * Menus, breadcrumbs, related links, footers and the rest of the site template are not emitted.
 */
export function htmlToText(received: string): string {
  const input = limitNesting(received)
  // A fragment (pasted <p>…</p>) gets a document around it: linkedom would make its first element the root.
  const html = /<html[\s>]|<body[\s>]/i.test(input)
    ? input
    : `<!doctype html><html><head></head><body>${input}</body></html>`
  // Readability rewrites the document it reads, so the page is read twice.
  const page = parseHTML(html).document
  const headline = findHeadline(page)
  const byline = findBylineLines(page, headline?.element ?? null)
  const article = readArticle(html) ?? fallbackParagraphs(page)

  const headlineText = headline?.text ?? null
  const paragraphs = article.filter((paragraph) => paragraph !== headlineText)
  const inArticle = new Set(paragraphs.map(squeeze))
  const shown = byline.filter((line) => !inArticle.has(squeeze(line)))
  const top = shown.filter((line) => !EDITOR_LINE.test(line))
  const bottom = shown.filter((line) => EDITOR_LINE.test(line))
  // A byline the article itself opens with counts as shown.
  const opening = paragraphs
    .slice(0, 3)
    .filter((paragraph) => paragraph.length <= MAX_BYLINE_CHARS && BYLINE_LABEL.test(paragraph))
  top.push(...metaBylineLines(page, [...shown, ...opening].join('\n')))
  const out = [...(headlineText ? [headlineText] : []), ...top, ...paragraphs, ...bottom]
  return out.join('\n\n')
}

// ---------------------------------------------------------------------------------------------
// Nesting: Readability's cost grows with the cube of the depth (500 nested <div>: 1.4 s, 1,000:
// 14 s), and the byline search reads every element's text. No page nests its text this deep.

export const MAX_NESTING = 48

/** Elements that nest: those deeper than MAX_NESTING lose their tags (their text stays). */
const NESTING = new Set([
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'big',
  'blockquote',
  'center',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'dir',
  'div',
  'dl',
  'dt',
  'em',
  'fieldset',
  'figcaption',
  'figure',
  'font',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'i',
  'ins',
  'kbd',
  'label',
  'li',
  'main',
  'mark',
  'menu',
  'nav',
  'nobr',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'tt',
  'u',
  'ul',
  'var',
])
/** Elements whose content is not markup: a "<div>" in a script is not an element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe'])
// From a "<" to the next ">" or "<": each stretch of the page is read once.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>/y
const rawTextEnds = new Map<string, RegExp>()

/**
 * The page with the tags of elements nested deeper than `maxDepth` removed, read in one pass;
 * the page itself when nothing is that deep. Comments and raw-text elements are skipped.
 */
export function limitNesting(html: string, maxDepth = MAX_NESTING): string {
  const open: { name: string; kept: boolean }[] = []
  const openCount = new Map<string, number>()
  let depth = 0
  const out: string[] = []
  let copied = 0
  const drop = (from: number, to: number) => {
    out.push(html.slice(copied, from))
    copied = to
  }
  let at = html.indexOf('<')
  while (at !== -1 && at < html.length) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4)
      if (end === -1) break
      at = html.indexOf('<', end + 3)
      continue
    }
    TAG.lastIndex = at
    const match = TAG.exec(html)
    if (!match) {
      at = html.indexOf('<', at + 1)
      continue
    }
    const end = TAG.lastIndex
    const closing = match[1] === '/'
    const name = (match[2] ?? '').toLowerCase()
    if (!closing && RAW_TEXT.has(name)) {
      let pattern = rawTextEnds.get(name)
      if (!pattern) rawTextEnds.set(name, (pattern = new RegExp(`</${name}[\\s/>]`, 'gi')))
      pattern.lastIndex = end
      const rawEnd = pattern.exec(html)
      if (!rawEnd) break
      at = html.indexOf('<', rawEnd.index + 1)
      continue
    }
    if (NESTING.has(name) && !match[0].endsWith('/>')) {
      if (!closing) {
        const kept = depth < maxDepth
        open.push({ name, kept })
        openCount.set(name, (openCount.get(name) ?? 0) + 1)
        if (kept) depth++
        else drop(match.index, end)
      } else if ((openCount.get(name) ?? 0) > 0) {
        // Closes the innermost open element of that name, and any left open inside it.
        for (;;) {
          const element = open.pop()
          if (!element) break
          openCount.set(element.name, (openCount.get(element.name) ?? 1) - 1)
          if (element.kept) depth--
          if (element.name === name) {
            if (!element.kept) drop(match.index, end)
            break
          }
        }
      }
    }
    at = html.indexOf('<', end)
  }
  if (out.length === 0) return html
  out.push(html.slice(copied))
  return out.join('')
}

// ---------------------------------------------------------------------------------------------
// Text of elements.

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'FORM',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'HEAD',
  'NAV',
])
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
])

/** One line of text: a gap of several spaces (&nbsp; between byline fields) stays a gap of two. */
function normalizeLine(line: string): string {
  return line
    .replace(/[\t\r\n\f\v \u00a0\u2002\u2003\u3000]{2,}/g, '  ')
    .replace(/[\t\r\n\f\v\u00a0\u2002\u2003]/g, ' ')
    .trim()
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '')
}

/** The paragraphs of an element: a block element ends one, <br> breaks a line inside one. */
function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = []
  let buffer = ''
  const flush = () => {
    const text = buffer.split('\n').map(normalizeLine).filter(Boolean).join('\n')
    if (text) paragraphs.push(text)
    buffer = ''
  }
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        // A blank line in a text node ends a paragraph: a scrape that pasted lines of text around
        // the markup (a post header "X 发表于 …", then the headline, then <p>…, i-15) separates
        // them so. In a page's own markup such text nodes are whitespace between elements.
        const [first, ...rest] = (child.textContent ?? '').split(/\r?\n[ \t\u00a0]*\r?\n/)
        buffer += (first ?? '').replace(/[\r\n]+/g, ' ')
        for (const part of rest) {
          flush()
          buffer += part.replace(/[\r\n]+/g, ' ')
        }
        continue
      }
      if (child.nodeType !== 1) continue
      const tag = child.nodeName.toUpperCase()
      if (SKIPPED.has(tag)) continue
      if (tag === 'BR') buffer += '\n'
      else if (BLOCKS.has(tag)) {
        flush()
        walk(child)
        flush()
      } else walk(child)
    }
  }
  walk(root)
  flush()
  return paragraphs
}

/** An element's text on one line, its inline parts separated as the page shows them. */
function lineOf(element: Element): string {
  return normalizeLine(paragraphsOf(element).join('  '))
}

// ---------------------------------------------------------------------------------------------
// Headline: the <h1> the page title agrees with, else og:title, else the <title> without the site.

const CHROME_CONTAINER = 'header, nav, footer, .logo, .header, #header, .footer, #footer'

interface Headline {
  text: string
  element: Element | null
}

function metaContent(document: Document, ...names: string[]): string | null {
  const wanted = new Set(names.map((name) => name.toLowerCase()))
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const name = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    ).toLowerCase()
    const content = meta.getAttribute('content')?.trim()
    if (wanted.has(name) && content) return content
  }
  return null
}

/** "新修订《反间谍法》十问十答_普法宣传_某市司法局" → "新修订《反间谍法》十问十答". */
function titleWithoutSite(title: string): string {
  const parts = title.split(/\s*[_|｜]\s*|\s+[-–—]\s+/)
  let head = parts[0]?.trim() ?? title
  // "…宣传活动-某县人民政府": a short site name after a hyphen.
  const hyphen = /^(.{6,}?)[-–—]([^-–—]{2,16})$/.exec(head)
  if (
    hyphen?.[1] &&
    /(?:政府|网|網|局|院|委|会|會|厅|廳|部|办|辦|中心|门户|頻道|频道)$/.test(hyphen[2] ?? '')
  )
    head = hyphen[1]
  return head.trim()
}

const HEADLINE_CANDIDATES =
  'h1, h2, h3, [class*="title"], [id*="title"], [class*="biaoti"], [class*="bt"], [class*="headline"]'
const MAX_HEADLINE_CHARS = 120

/**
 * The headline: among headings and *title* elements outside the site template, the longest one
 * the page title (or og:title) contains but that is not the site's name; else the first <h1>.
 */
function findHeadline(document: Document): Headline | null {
  const pageTitle = normalizeLine(document.querySelector('title')?.textContent ?? '')
  const ogTitle = metaContent(document, 'og:title', 'ArticleTitle', 'twitter:title')
  const siteName = squeeze(metaContent(document, 'og:site_name', 'SiteName') ?? '')
  const known = squeeze(`${ogTitle ?? ''}|${pageTitle}`)
  const candidates = Array.from(document.querySelectorAll(HEADLINE_CANDIDATES))
    .filter((element) => !element.closest(`${CHROME_CONTAINER}, a, title`))
    .map((element) => ({ element, text: lineOf(element) }))
    .filter(({ text }) => text.length >= 2 && text.length <= MAX_HEADLINE_CHARS)
  const agreed = candidates
    .filter(({ text }) => known.includes(squeeze(text)) && squeeze(text) !== siteName)
    // Most of a title: "某市人民政府" is in "…的通知_某市人民政府" too, but shorter than the headline.
    .sort((a, b) => b.text.length - a.text.length)[0]
  const chosen = agreed ?? candidates.find(({ element }) => element.nodeName.toUpperCase() === 'H1')
  if (chosen) return { text: chosen.text, element: chosen.element }
  if (ogTitle) return { text: normalizeLine(ogTitle), element: null }
  if (pageTitle) return { text: titleWithoutSite(pageTitle), element: null }
  return null
}

// ---------------------------------------------------------------------------------------------
// Byline lines: short elements with byline labels (the <div class="info"> under the headline).

const BYLINE_LABEL =
  /(?:来源|來源|稿源|出[处處]|[发發][布佈稿](?:[时時][间間]|日期)|[时時][间間]|日期|作者|撰稿|[责責]任[编編][辑輯]|[编編][辑輯])\s*[:：]/
const DATE_DIGITS = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/
const EDITOR_LINE = /^[\s（(【[]*(?:[责責]任[编編][辑輯]|[编編][辑輯])\s*[:：]/
const MAX_BYLINE_CHARS = 200

function findBylineLines(document: Document, headline: Element | null): string[] {
  const body = document.querySelector('body') ?? document.documentElement
  if (!body) return []
  const candidates = Array.from(
    body.querySelectorAll('div, p, span, td, li, section, em, small, address'),
  )
    .filter((element) => !element.closest(`${CHROME_CONTAINER}, a`))
    .map((element) => ({ element, line: lineOf(element) }))
    .filter(({ line }) => line.length > 0 && line.length <= MAX_BYLINE_CHARS)
    .filter(({ line }) => BYLINE_LABEL.test(line))
  // The outermost element of each byline: the <div class="info">, not each <span> in it.
  const outermost = candidates.filter(
    ({ element }) =>
      !candidates.some((other) => other.element !== element && other.element.contains(element)),
  )
  const lines = nearHeadline(outermost, headline).map(({ line }) => line)
  // A bare date right under the headline: "2024-12-27 10:30".
  const next = headline?.nextElementSibling ?? null
  if (next && !outermost.some(({ element }) => element === next)) {
    const line = lineOf(next)
    if (line.length <= 60 && DATE_DIGITS.test(line)) lines.unshift(line)
  }
  return [...new Set(lines)]
}

const HEADLINE_SCOPE_LEVELS = 4
const MAX_UNSCOPED_BYLINES = 3

/**
 * The byline elements that belong to the headline: those in its nearest container (up to four
 * levels up) that holds any, not a "时间：…" line of a news list in the sidebar.
 */
function nearHeadline<T extends { element: Element }>(
  candidates: T[],
  headline: Element | null,
): T[] {
  let scope = headline?.parentElement ?? null
  for (let level = 0; scope && level < HEADLINE_SCOPE_LEVELS; level++) {
    const container = scope
    const inside = candidates.filter(({ element }) => container.contains(element))
    if (inside.length > 0) return inside
    scope = scope.parentElement
  }
  return headline ? [] : candidates.slice(0, MAX_UNSCOPED_BYLINES)
}

/** Facts only the <meta> tags state, as byline lines: the date and the source of the article. */
function metaBylineLines(document: Document, shown: string): string[] {
  const lines: string[] = []
  const published = metaContent(
    document,
    'article:published_time',
    'publishdate',
    'PubDate',
    'pubdate',
    'publish_date',
    'datePublished',
    'firstpublishedtime',
  )
  if (published && !DATE_DIGITS.test(shown)) lines.push(`发布时间：${published}`)
  // og:site_name is the site showing the page, often a reprint: it is not the source.
  const source = metaContent(document, 'source', 'ContentSource', 'article:source')
  if (source && !/(?:来源|來源|稿源|出[处處])\s*[:：]/.test(shown)) lines.push(`来源：${source}`)
  const author = metaContent(document, 'author', 'article:author')
  if (author && /^[\p{Script=Han}·]{2,4}$/u.test(author) && !/作者|撰稿|[记記]者/.test(shown))
    lines.push(`作者：${author}`)
  return lines
}

// ---------------------------------------------------------------------------------------------
// The article.

const MIN_ARTICLE_CHARS = 40

function readArticle(html: string): string[] | null {
  const document = parseHTML(html).document
  let article: ReturnType<Readability<Node>['parse']>
  try {
    article = new Readability<Node>(document, {
      charThreshold: 100,
      serializer: (node) => node,
    }).parse()
  } catch {
    return null
  }
  const content = article?.content
  if (!content || squeeze(article?.textContent ?? '').length < MIN_ARTICLE_CHARS) return null
  if (isElement(content)) removeLinkLists(content)
  const paragraphs = paragraphsOf(content)
  return paragraphs.length > 0 ? paragraphs : null
}

const CHROME_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|footer|foot|copyright|share|tools|btns|print|prevnext|pagebox|page-nav|pn-top|pn-bottom|related|sidebar|header|top|bottom|search|logo)(?:$|[\s_-])/i

/** When Readability finds no article: the body without menus, link lists and the site template. */
function fallbackParagraphs(document: Document): string[] {
  const body = document.querySelector('body') ?? document.documentElement
  if (!body) return []
  for (const element of Array.from(body.querySelectorAll('header, footer, nav, aside')))
    element.remove()
  for (const element of Array.from(body.querySelectorAll('[class], [id]'))) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    if (CHROME_CLASS.test(names)) element.remove()
  }
  removeLinkLists(body)
  return paragraphsOf(body)
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1
}

/** Lists whose items are mostly a link each: menus, related headlines, 上一篇/下一篇. */
function removeLinkLists(root: Element): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.querySelectorAll('li'))
    const links = items.filter((item) => {
      const link = item.querySelector('a')
      return link && squeeze(lineOf(link)).length >= squeeze(lineOf(item)).length * 0.8
    })
    if (items.length > 0 && links.length / items.length >= 0.6) list.remove()
  }
}
