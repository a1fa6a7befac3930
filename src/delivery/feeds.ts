/**
 * RSS 2.0, Atom and JSON Feed 1.1 writers. Hand-written rather than the `feed` package (5.2), which
 * the checks in tests/unit/delivery/feed-validity.test.ts found wrong in ways its options cannot
 * change: Atom `<category>` without the `term` RFC 4287 requires, title and summary sent as
 * `type="html"` with the editor's raw text (a published title carried `<script>` to readers), RSS
 * `<author>` holding a byline where RSS 2.0 wants an e-mail address, no Atom enclosure, and JSON
 * Feed 1.0 only. Every output is checked by a strict XML parser and the JSON Feed 1.1 schema.
 */
import { integerSetting } from '../runtime/env.js'
import { escapeHtml } from './escape.js'

export interface FeedAuthor {
  name: string
  url?: string
}

/** A topic or tag: `term` is its stable key (Atom requires one), `label` what readers show. */
export interface FeedCategory {
  term: string
  label?: string
  /** The vocabulary the term belongs to, e.g. the site's topics page. */
  scheme?: string
}

export interface FeedImage {
  /** Absolute URL. */
  url: string
  /** MIME type, e.g. image/jpeg. */
  type?: string
  /** Size in bytes; RSS enclosures state 0 when it is unknown. */
  length?: number
  width?: number
  height?: number
  alt?: string
}

export interface FeedItemInput {
  /** Stable identity; a URI is used as is, anything else becomes a tag: URI under the site's host. */
  id: string | number
  url: string
  /** Plain text: escaped in every format, never read as HTML. */
  title: string
  /** Plain text. */
  summary?: string | null
  /** Rendered (trusted) HTML; relative links and fragments are made absolute against `url`. */
  html: string
  publishedAt: string | Date
  updatedAt?: string | Date | null
  /** Plain-text names (bylines), never e-mail addresses: RSS gets them as dc:creator. */
  authors?: FeedAuthor[]
  topics?: Array<string | FeedCategory>
  /** The cover image. */
  image?: FeedImage
  /** A smaller rendition of the cover, e.g. for a reader's list or a banner. */
  thumbnail?: FeedImage
}

export interface FeedInput {
  title: string
  description?: string
  siteUrl: string
  /** The URL this feed document is served at (its self link, and the Atom feed's id). */
  feedUrl: string
  /** BCP 47, e.g. zh-Hans. */
  language: string
  authors?: FeedAuthor[]
  copyright?: string
  /** When the feed itself last changed (e.g. its topic was renamed); also the date of an empty feed. */
  updatedAt?: string | Date | null
  items: FeedItemInput[]
}

export const FEED_CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  sitemap: 'application/xml; charset=utf-8',
} as const

const GENERATOR = 'guoan-cms'
// The date in a tag: URI only has to be one the authority owned the name on; fixed forever so ids never change.
const TAG_DATE = '2024'

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
}

function toDate(value: string | Date | null | undefined): Date | undefined {
  if (!value) return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

export function itemIri(id: string | number, siteUrl: string): string {
  const text = String(id)
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return text
  return `tag:${new URL(siteUrl).hostname},${TAG_DATE}:${text}`
}

function itemUpdated(item: FeedItemInput): Date {
  return toDate(item.updatedAt) ?? toDate(item.publishedAt) ?? new Date(0)
}

/** Newest first by last modification, which is what readers poll for. */
function sortedItems(items: FeedItemInput[]): FeedItemInput[] {
  return [...items].sort((a, b) => itemUpdated(b).getTime() - itemUpdated(a).getTime())
}

/** The newest change of the feed or its items; an empty feed without a date of its own is dated now. */
function feedUpdated(input: FeedInput): Date {
  const times = input.items.map((item) => itemUpdated(item).getTime())
  const own = toDate(input.updatedAt)
  if (own) times.push(own.getTime())
  return times.length ? new Date(Math.max(...times)) : new Date()
}

/**
 * Text for XML element content and quoted attributes: markup characters escaped, and the characters
 * XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) dropped so strict parsers accept it.
 */
export function xmlText(text: string): string {
  return escapeHtml(xmlChars(text))
}

function xmlChars(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  )
}

/** HTML as a CDATA section, the form RSS readers expect for content:encoded; `]]>` is split across two. */
function cdata(name: string, html: string): string {
  return `<${name}><![CDATA[${xmlChars(html).replace(/]]>/g, ']]]]><![CDATA[>')}]]></${name}>`
}

function element(name: string, text: string | undefined, attrs: Record<string, unknown> = {}) {
  if (text === undefined) return ''
  return `<${name}${attributes(attrs)}>${xmlText(text)}</${name}>`
}

function attributes(attrs: Record<string, unknown>): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => ` ${key}="${xmlText(String(value))}"`)
    .join('')
}

const empty = (name: string, attrs: Record<string, unknown>) => `<${name}${attributes(attrs)}/>`

/**
 * Feed readers show content away from its page: fragment links (`#note-1`) and site-relative links and
 * sources would point nowhere, so each is resolved against the item's own URL.
 */
export function absolutizeLinks(html: string, base: string): string {
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return whole
    const decoded = value.replace(/&amp;/g, '&')
    try {
      return `${attr}="${escapeHtml(new URL(decoded, base).href)}"`
    } catch {
      return whole
    }
  })
}

/**
 * Each item's serialization, kept with the item object: the delivery keeps items by version
 * (src/delivery/routes/feeds.ts), so a feed rendered again after a publish serializes only the
 * items that changed. Making links absolute and checking the characters of 50 bodies was a third
 * of an uncached RSS render's CPU once the items themselves were kept. Items are never mutated.
 */
const serialized = new WeakMap<FeedItemInput, Map<string, string>>()
const encoded = new WeakMap<FeedItemInput, Map<string, Buffer>>()

function perItem(item: FeedItemInput, key: string, make: () => string): string {
  let kept = serialized.get(item)
  if (!kept) serialized.set(item, (kept = new Map()))
  let text = kept.get(key)
  if (text === undefined) kept.set(key, (text = make()))
  return text
}

/**
 * The item's serialization as UTF-8 bytes, kept like its text: a feed is then the concatenation of
 * kept bytes. Joining 50 items into one string and encoding it made a ~1 MB string per render
 * (large strings go straight to the old generation), and garbage collection was a quarter of an
 * uncached RSS render's CPU next to the search index's heap.
 */
function perItemBytes(item: FeedItemInput, key: string, make: () => string): Buffer {
  let kept = encoded.get(item)
  if (!kept) encoded.set(item, (kept = new Map()))
  let bytes = kept.get(key)
  if (bytes === undefined) kept.set(key, (bytes = Buffer.from(make(), 'utf8')))
  return bytes
}

/** A feed document: its own text around its items' kept bytes. */
interface FeedPieces {
  head: string
  items: Buffer[]
  separator: string
  tail: string
}

function piecesText({ head, items, separator, tail }: FeedPieces): string {
  return head + items.map((item) => item.toString('utf8')).join(separator) + tail
}

function piecesBytes({ head, items, separator, tail }: FeedPieces): Buffer {
  const between = Buffer.from(separator, 'utf8')
  const parts: Buffer[] = [Buffer.from(head, 'utf8')]
  items.forEach((item, i) => parts.push(...(i ? [between, item] : [item])))
  parts.push(Buffer.from(tail, 'utf8'))
  return Buffer.concat(parts)
}

/** The item's HTML with absolute links (see absolutizeLinks), as every format sends it. */
const absoluteHtml = (item: FeedItemInput) =>
  perItem(item, 'html', () => absolutizeLinks(item.html, item.url))

function category(topic: string | FeedCategory): FeedCategory {
  return typeof topic === 'string' ? { term: topic } : topic
}

const categoryLabel = (topic: string | FeedCategory) => {
  const c = category(topic)
  return c.label ?? c.term
}

const htmlOf = (text: string | undefined) => (text === undefined ? undefined : escapeHtml(text))

const nonEmpty = (text: string | null | undefined) => (text?.trim() ? text : undefined)

function rssItem(item: FeedItemInput, siteUrl: string): string {
  const id = itemIri(item.id, siteUrl)
  const published = toDate(item.publishedAt) ?? itemUpdated(item)
  const image = item.image
  const parts = [
    element('title', item.title),
    element('link', item.url),
    element('guid', id, { isPermaLink: id === item.url ? 'true' : 'false' }),
    element('pubDate', published.toUTCString()),
    // RSS readers take a description as HTML: the plain-text summary is escaped as HTML text first.
    element('description', htmlOf(nonEmpty(item.summary))),
    cdata('content:encoded', absoluteHtml(item)),
    ...(item.authors ?? []).map((author) => element('dc:creator', author.name)),
    ...(item.topics ?? []).map((topic) =>
      element('category', categoryLabel(topic), { domain: category(topic).scheme }),
    ),
    image
      ? empty('enclosure', {
          url: image.url,
          length: String(image.length ?? 0),
          type: image.type ?? 'image/jpeg',
        })
      : '',
    image
      ? `<media:content${attributes({
          url: image.url,
          medium: 'image',
          type: image.type,
          fileSize: image.length,
          width: image.width,
          height: image.height,
        })}>${image.alt ? element('media:description', image.alt, { type: 'plain' }) : ''}</media:content>`
      : '',
    (item.thumbnail ?? image)
      ? empty('media:thumbnail', {
          url: (item.thumbnail ?? image)?.url,
          width: (item.thumbnail ?? image)?.width,
          height: (item.thumbnail ?? image)?.height,
        })
      : '',
  ]
  return `<item>${parts.join('')}</item>`
}

function rssPieces(input: FeedInput): FeedPieces {
  const channel = [
    element('title', input.title),
    element('link', input.siteUrl),
    element('description', htmlOf(nonEmpty(input.description) ?? input.title)),
    element('language', input.language),
    element('lastBuildDate', feedUpdated(input).toUTCString()),
    element('generator', GENERATOR),
    element('copyright', nonEmpty(input.copyright)),
    empty('atom:link', { href: input.feedUrl, rel: 'self', type: 'application/rss+xml' }),
  ]
  const namespaces = Object.entries(NS)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('')
  return {
    head: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"${namespaces}><channel>${channel.join('')}`,
    items: sortedItems(input.items).map((item) =>
      perItemBytes(item, `rss\u0000${input.siteUrl}`, () => rssItem(item, input.siteUrl)),
    ),
    separator: '',
    tail: `</channel></rss>\n`,
  }
}

/** RSS 2.0 (https://www.rssboard.org/rss-specification) with content:encoded, dc:creator and Media RSS. */
export function buildRss(input: FeedInput): string {
  return piecesText(rssPieces(input))
}

/** buildRss as UTF-8 bytes, from each item's kept bytes (what the routes send). */
export function rssBytes(input: FeedInput): Buffer {
  return piecesBytes(rssPieces(input))
}

function atomPerson(tag: 'author', author: FeedAuthor): string {
  return `<${tag}>${element('name', author.name)}${element('uri', author.url)}</${tag}>`
}

function atomEntry(item: FeedItemInput, siteUrl: string): string {
  const published = toDate(item.publishedAt)
  const parts = [
    element('id', itemIri(item.id, siteUrl)),
    element('title', item.title, { type: 'text' }),
    empty('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    element('published', published?.toISOString()),
    element('updated', itemUpdated(item).toISOString()),
    ...(item.authors ?? []).map((author) => atomPerson('author', author)),
    ...(item.topics ?? []).map((topic) => {
      const c = category(topic)
      return empty('category', { term: c.term, scheme: c.scheme, label: c.label })
    }),
    element('summary', nonEmpty(item.summary), { type: 'text' }),
    element('content', absoluteHtml(item), { type: 'html' }),
    item.image
      ? empty('link', {
          rel: 'enclosure',
          type: item.image.type ?? 'image/jpeg',
          href: item.image.url,
          length: item.image.length,
          title: item.image.alt,
        })
      : '',
  ]
  return `<entry>${parts.join('')}</entry>`
}

function atomPieces(input: FeedInput): FeedPieces {
  const parts = [
    element('id', input.feedUrl),
    element('title', input.title, { type: 'text' }),
    element('subtitle', nonEmpty(input.description), { type: 'text' }),
    element('updated', feedUpdated(input).toISOString()),
    empty('link', { rel: 'self', type: 'application/atom+xml', href: input.feedUrl }),
    empty('link', { rel: 'alternate', type: 'text/html', href: input.siteUrl }),
    ...(input.authors ?? []).map((author) => atomPerson('author', author)),
    element('generator', GENERATOR),
    element('rights', nonEmpty(input.copyright), { type: 'text' }),
  ]
  return {
    head: `<?xml version="1.0" encoding="UTF-8"?>\n<feed${attributes({ xmlns: NS.atom, 'xml:lang': input.language })}>${parts.join('')}`,
    items: sortedItems(input.items).map((item) =>
      perItemBytes(item, `atom\u0000${input.siteUrl}`, () => atomEntry(item, input.siteUrl)),
    ),
    separator: '',
    tail: `</feed>\n`,
  }
}

/** Atom (RFC 4287): the feed's id is its own URL, so each script's feed has its own. */
export function buildAtom(input: FeedInput): string {
  return piecesText(atomPieces(input))
}

/** buildAtom as UTF-8 bytes, from each item's kept bytes (what the routes send). */
export function atomBytes(input: FeedInput): Buffer {
  return piecesBytes(atomPieces(input))
}

function jsonAuthors(
  authors: FeedAuthor[] | undefined,
): Array<{ name: string; url?: string }> | undefined {
  if (!authors?.length) return undefined
  return authors.map((author) =>
    author.url ? { name: author.name, url: author.url } : { name: author.name },
  )
}

function jsonItem(item: FeedItemInput) {
  return {
    id: String(item.id),
    url: item.url,
    title: item.title,
    content_html: absoluteHtml(item),
    summary: item.summary || undefined,
    image: item.image?.url,
    banner_image: (item.thumbnail ?? item.image)?.url,
    date_published: toDate(item.publishedAt)?.toISOString(),
    date_modified: toDate(item.updatedAt)?.toISOString(),
    authors: jsonAuthors(item.authors),
    tags: item.topics?.length ? item.topics.map(categoryLabel) : undefined,
  }
}

function jsonFeedPieces(input: FeedInput): FeedPieces {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: input.title,
    home_page_url: input.siteUrl,
    feed_url: input.feedUrl,
    description: input.description || undefined,
    language: input.language,
    authors: jsonAuthors(input.authors),
  }
  // `items` is the last member: the object's JSON without its closing brace, then the items.
  return {
    head: `${JSON.stringify(feed).slice(0, -1)},"items":[`,
    items: sortedItems(input.items).map((item) =>
      perItemBytes(item, 'json', () => JSON.stringify(jsonItem(item))),
    ),
    separator: ',',
    tail: ']}',
  }
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function buildJsonFeed(input: FeedInput): string {
  return piecesText(jsonFeedPieces(input))
}

/** buildJsonFeed as UTF-8 bytes, from each item's kept bytes (what the routes send). */
export function jsonFeedBytes(input: FeedInput): Buffer {
  return piecesBytes(jsonFeedPieces(input))
}

export interface SitemapUrl {
  loc: string
  lastmod?: string | Date | null
  /** The same page in other scripts/languages (hreflang). */
  alternates?: Array<{ hreflang: string; href: string }>
}

/** The protocol's limit per sitemap file; larger sites need a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000

export function buildSitemap(urls: SitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS)
    throw new RangeError(
      `A sitemap holds at most ${SITEMAP_MAX_URLS} URLs, got ${urls.length}: split it and use a sitemap index`,
    )
  const hasAlternates = urls.some((url) => url.alternates?.length)
  const entries = urls.map((url) => {
    const lastmod = toDate(url.lastmod)
    const alternates = (url.alternates ?? [])
      .map(
        (alt) =>
          `<xhtml:link rel="alternate" hreflang="${escapeHtml(alt.hreflang)}" href="${escapeHtml(alt.href)}"/>`,
      )
      .join('')
    return `<url><loc>${escapeHtml(url.loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}${alternates}</url>`
  })
  const namespaces = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${hasAlternates ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''}`
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${namespaces}>\n${entries.join('\n')}\n</urlset>\n`
}

/** A sitemap index: where each part of a sitemap too large for one file is, and its newest change. */
export function buildSitemapIndex(parts: Array<{ loc: string; lastmod?: Date | null }>): string {
  const entries = parts.map(
    (part) =>
      `<sitemap><loc>${escapeHtml(part.loc)}</loc>${part.lastmod ? `<lastmod>${part.lastmod.toISOString()}</lastmod>` : ''}</sitemap>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
}

/**
 * URLs per sitemap file: SITEMAP_MAX_URLS, at most the protocol's 50,000 (a lower value is for
 * tests and for crawlers that prefer small files). Past it /sitemap.xml becomes a sitemap index.
 */
export function sitemapMaxUrls(env: Record<string, string | undefined> = process.env): number {
  return integerSetting(
    'SITEMAP_MAX_URLS',
    env.SITEMAP_MAX_URLS,
    SITEMAP_MAX_URLS,
    1,
    SITEMAP_MAX_URLS,
  )
}
