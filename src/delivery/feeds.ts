import { Feed } from 'feed'
import { escapeHtml } from './escape.js'

export interface FeedAuthor {
  name: string
  url?: string
}

export interface FeedItemInput {
  /** Stable identity; a URI is used as is, anything else becomes a tag: URI under the site's host. */
  id: string | number
  url: string
  title: string
  summary?: string | null
  html: string
  publishedAt: string | Date
  updatedAt?: string | Date | null
  authors?: FeedAuthor[]
  topics?: string[]
}

export interface FeedInput {
  title: string
  description?: string
  siteUrl: string
  /** The URL this feed document is served at (its self link). */
  feedUrl: string
  /** BCP 47, e.g. zh-Hans. */
  language: string
  authors?: FeedAuthor[]
  copyright?: string
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

function feedUpdated(input: FeedInput): Date {
  const times = input.items.map((item) => itemUpdated(item).getTime())
  return new Date(times.length ? Math.max(...times) : 0)
}

function buildFeed(input: FeedInput, selfKey: 'rss' | 'atom'): Feed {
  const feed = new Feed({
    id: input.siteUrl,
    title: input.title,
    description: input.description,
    link: input.siteUrl,
    language: input.language,
    updated: feedUpdated(input),
    generator: GENERATOR,
    copyright: input.copyright,
    feedLinks: { [selfKey]: input.feedUrl },
    author: input.authors?.[0]
      ? { name: input.authors[0].name, link: input.authors[0].url }
      : undefined,
  })
  for (const item of sortedItems(input.items)) {
    feed.addItem({
      id: itemIri(item.id, input.siteUrl),
      guid: itemIri(item.id, input.siteUrl),
      title: item.title,
      link: item.url,
      date: itemUpdated(item),
      published: toDate(item.publishedAt),
      description: item.summary ?? undefined,
      content: item.html,
      author: item.authors?.map((author) => ({ name: author.name, link: author.url })),
      category: item.topics?.map((name) => ({ name })),
    })
  }
  return feed
}

export function buildRss(input: FeedInput): string {
  return buildFeed(input, 'rss').rss2()
}

export function buildAtom(input: FeedInput): string {
  return buildFeed(input, 'atom').atom1()
}

function jsonAuthors(
  authors: FeedAuthor[] | undefined,
): Array<{ name: string; url?: string }> | undefined {
  if (!authors?.length) return undefined
  return authors.map((author) =>
    author.url ? { name: author.name, url: author.url } : { name: author.name },
  )
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the `feed` package only writes 1.0. */
export function buildJsonFeed(input: FeedInput): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: input.title,
    home_page_url: input.siteUrl,
    feed_url: input.feedUrl,
    description: input.description || undefined,
    language: input.language,
    authors: jsonAuthors(input.authors),
    items: sortedItems(input.items).map((item) => ({
      id: String(item.id),
      url: item.url,
      title: item.title,
      content_html: item.html,
      summary: item.summary || undefined,
      date_published: toDate(item.publishedAt)?.toISOString(),
      date_modified: toDate(item.updatedAt)?.toISOString(),
      authors: jsonAuthors(item.authors),
      tags: item.topics?.length ? item.topics : undefined,
    })),
  }
  return JSON.stringify(feed)
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
