import { Router } from 'express'
import type { Payload, Where } from 'payload'
import { PresentedVersions, presentationContext } from '../cache/presented-versions.js'
import { makeResponse } from '../cache/response-cache.js'
import {
  atomBytes,
  jsonFeedBytes,
  rssBytes,
  buildSitemap,
  buildSitemapIndex,
  sitemapMaxUrls,
  FEED_CONTENT_TYPES,
  type FeedImage,
  type FeedInput,
  type FeedItemInput,
  type SitemapUrl,
} from '../feeds.js'
import {
  prepareArticleBody,
  presentArticle,
  wantArticleRefs,
  type ArticleDetail,
} from '../present/article.js'
import { linkableTerms } from '../present/glossary-terms.js'
import { findAll, findPage, notRetracted } from '../read/content.js'
import { textFor } from '../read/localized.js'
import type { Refs } from '../read/refs.js'
import type { Article } from '../read/types.js'
import { convertForScript, SCRIPT_LANGUAGE_TAGS, SCRIPTS, type Script } from '../script.js'
import { siteUrls, type DeliverySettings } from '../settings.js'
import { cachedGet, newest } from './handler.js'
import { DeliveryError } from '../http/errors.js'
import { pageNumber } from '../http/params.js'
import { presentContext, requireBySlug } from './context.js'

export const FEED_SIZE = 50

/** Feed readers and crawlers append tracking parameters and cache-busters: these URLs ignore them. */
const LENIENT = { ignoreUnknown: true }

type Format = 'rss' | 'atom' | 'json'
const FILES: Record<string, Format> = { 'rss.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' }
const BUILDERS: Record<Format, (input: FeedInput) => Buffer> = {
  rss: rssBytes,
  atom: atomBytes,
  json: jsonFeedBytes,
}

/**
 * The feed items of each version, script and context: an article appears in several feeds, formats
 * and topic feeds, and a publish (which clears every rendered feed) changes one of the 50. Bounded
 * by characters held (~16 MB at 2 bytes each): an item counts its HTML six times, for the text and
 * the three formats' bytes kept with it (src/delivery/feeds.ts), about 500 items of ~3,000 characters.
 */
const FEED_ITEMS = new PresentedVersions<Article, FeedItemInput>(
  8_000_000,
  (item) => item.html.length * 6 + 1000,
)

async function feedItems(
  payload: Payload,
  where: Where[],
  script: Script,
  settings: DeliverySettings,
): Promise<{ docs: Article[]; items: FeedItemInput[] }> {
  // Ids and versions only: what a kept item needs; full documents are read for the others.
  const page = await findPage(payload, 'articles', {
    where: [...notRetracted(payload), ...where],
    limit: FEED_SIZE,
    field: 'publishedAt',
    select: { updatedAt: true },
  })
  // One batched read of every related document and one of the glossary for the whole feed.
  const ctx = presentContext(payload, script, settings)
  const terms = await linkableTerms(payload, script)
  const items = await FEED_ITEMS.present({
    docs: page.docs,
    context: presentationContext(script, settings, terms),
    refs: ctx.refs,
    readFull: (ids) => findAll(payload, 'articles', { id: { in: ids } }),
    prepare: (refs, doc) => {
      wantArticleRefs(refs, doc, true)
      return prepareArticleBody(refs, doc)
    },
    present: async (doc) =>
      feedItem(await presentArticle(payload, doc, ctx, terms), coverFile(ctx.refs, doc), settings),
  })
  return { docs: page.docs, items }
}

/** An article's cover with what enclosures need and presentCover leaves out: MIME type and size. */
function coverFile(refs: Refs, doc: Article): Omit<FeedImage, 'url' | 'width' | 'height'> {
  const media = refs.get('media', doc.coverImage)
  return { type: media?.mimeType ?? undefined, length: media?.filesize ?? undefined }
}

function feedItem(
  article: ArticleDetail,
  file: Omit<FeedImage, 'url' | 'width' | 'height'>,
  settings: DeliverySettings,
): FeedItemInput {
  const cover = article.cover
  return {
    // Stable across edits and scripts: the database id under the site's host.
    id: `article-${article.id}`,
    url: article.url,
    title: article.title,
    summary: article.summary,
    html: article.html ?? '',
    publishedAt: article.publishedAt ?? article.updatedAt ?? new Date(0).toISOString(),
    updatedAt: article.updatedAt,
    authors: article.byline ? [{ name: article.byline }] : undefined,
    topics: article.topics.map((topic) => ({
      term: topic.slug,
      label: topic.name,
      scheme: siteUrls.topic(settings.siteUrl, ''),
    })),
    image: cover && {
      url: cover.original.url,
      ...file,
      width: cover.original.width,
      height: cover.original.height,
      alt: cover.alt || undefined,
    },
    thumbnail: thumbnailOf(article),
  }
}

function feedInput(
  items: FeedItemInput[],
  script: Script,
  settings: DeliverySettings,
  title: string,
  feedUrl: string,
  link: string,
  updatedAt?: string,
): FeedInput {
  return {
    title,
    siteUrl: link,
    updatedAt,
    feedUrl,
    language: SCRIPT_LANGUAGE_TAGS[script],
    authors: [{ name: settings.siteName, url: settings.siteUrl }],
    items,
  }
}

function thumbnailOf(article: ArticleDetail): FeedImage | undefined {
  const size = article.cover?.sizes.card ?? article.cover?.sizes.thumbnail
  return size ? { url: size.url, width: size.width, height: size.height } : undefined
}

function feedResponse(
  format: Format,
  input: FeedInput,
  script: Script,
  lastModified: Date | undefined,
) {
  return makeResponse(BUILDERS[format](input), FEED_CONTENT_TYPES[format], {
    lastModified,
    contentLanguage: SCRIPT_LANGUAGE_TAGS[script],
  })
}

const selfUrl = (settings: DeliverySettings, path: string, script: Script) =>
  `${settings.apiUrl}${path}${script === 'hans' ? '' : `?script=${script}`}`

/** What one feed holds and how it names itself: the whole site's, or one topic's. */
interface FeedScope {
  where: Where[]
  title: string
  /** The feed's own path on the API, e.g. `/feeds/rss.xml`. */
  path: string
  /** The web page the feed stands for. */
  link: string
  /** A topic feed's topic changes count for Last-Modified as its articles' do. */
  updatedAt?: string
}

async function renderFeed(
  payload: Payload,
  format: Format,
  script: Script,
  settings: DeliverySettings,
  scope: FeedScope,
) {
  const { docs, items } = await feedItems(payload, scope.where, script, settings)
  return feedResponse(
    format,
    feedInput(
      items,
      script,
      settings,
      scope.title,
      selfUrl(settings, scope.path, script),
      scope.link,
      scope.updatedAt,
    ),
    script,
    newest([scope.updatedAt, ...docs.map((d) => d.updatedAt)]),
  )
}

/** RSS 2.0, Atom and JSON Feed 1.1 of published articles, whole and per topic, in each script. */
export function feedsRouter(payload: Payload): Router {
  const router = Router()
  for (const [file, format] of Object.entries(FILES)) {
    router.get(
      `/${file}`,
      cachedGet(
        payload,
        {},
        ({ query, settings }) =>
          renderFeed(payload, format, query.script, settings, {
            where: [],
            title: convertForScript(settings.siteName, query.script),
            path: `/feeds/${file}`,
            link: settings.siteUrl,
          }),
        LENIENT,
      ),
    )
    router.get(
      `/topics/:slug/${file}`,
      cachedGet(
        payload,
        {},
        async ({ query, params, settings }) => {
          const topic = await requireBySlug(payload, 'topics', params.slug!, 'topic')
          return renderFeed(payload, format, query.script, settings, {
            where: [{ topics: { in: [topic.id] } }],
            title: `${convertForScript(settings.siteName, query.script)} · ${textFor(topic.name, query.script)}`,
            path: `/feeds/topics/${topic.slug}/${file}`,
            link: siteUrls.topic(settings.siteUrl, String(topic.slug)),
            updatedAt: topic.updatedAt,
          })
        },
        LENIENT,
      ),
    )
  }
  return router
}

/** Every published URL of the website in each script, with hreflang alternates and x-default. */
export function sitemapRouter(payload: Payload): Router {
  const router = Router()
  router.get(
    '/sitemap.xml',
    cachedGet(
      payload,
      { page: pageNumber },
      async ({ settings, query }) => {
        const select = { slug: true, updatedAt: true } as const
        const [articles, sets, terms, topics] = await Promise.all([
          findAll(payload, 'articles', {}, '-publishedAt', select),
          findAll(payload, 'qa-sets', {}, '-createdAt', select),
          findAll(payload, 'glossary-terms', {}, 'pinyinSortKey', select),
          findAll(payload, 'topics', {}, 'slug', select),
        ])
        // Each script's page is a <url> of its own listing the whole set, itself included, and
        // x-default (the Simplified page), as search engines require of hreflang annotations.
        const entry = (loc: string, lastmod: unknown): SitemapUrl[] => {
          const variants = SCRIPTS.map((script) => ({
            hreflang: SCRIPT_LANGUAGE_TAGS[script],
            href: script === 'hans' ? loc : `${loc}?script=${script}`,
          }))
          const alternates = [...variants, { hreflang: 'x-default', href: loc }]
          return variants.map((variant) => ({
            loc: variant.href,
            lastmod: typeof lastmod === 'string' ? lastmod : undefined,
            alternates,
          }))
        }
        const urls = [
          ...articles.flatMap((d) =>
            entry(siteUrls.article(settings.siteUrl, String(d.slug)), d.updatedAt),
          ),
          ...sets.flatMap((d) =>
            entry(siteUrls.qaSet(settings.siteUrl, String(d.slug)), d.updatedAt),
          ),
          ...entry(
            siteUrls.glossary(settings.siteUrl),
            newest(terms.map((t) => t.updatedAt))?.toISOString(),
          ),
          ...terms.flatMap((d) =>
            entry(siteUrls.term(settings.siteUrl, String(d.slug)), d.updatedAt),
          ),
          ...topics.flatMap((d) =>
            entry(siteUrls.topic(settings.siteUrl, String(d.slug)), d.updatedAt),
          ),
        ]
        const all = [...articles, ...sets, ...terms, ...topics]
        const lastModified = newest(all.map((d) => d.updatedAt))
        // Past the protocol's limit per file, /sitemap.xml is an index of its parts (?page=N).
        const max = sitemapMaxUrls()
        const parts = Math.max(1, Math.ceil(urls.length / max))
        if (query.page === undefined && parts > 1) {
          const index = buildSitemapIndex(
            Array.from({ length: parts }, (_, i) => ({
              loc: `${settings.apiUrl}/sitemap.xml?page=${i + 1}`,
              lastmod: lastModified,
            })),
          )
          return makeResponse(index, FEED_CONTENT_TYPES.sitemap, { lastModified })
        }
        const page = query.page ?? 1
        if (page > parts)
          throw new DeliveryError(404, `The sitemap has ${parts} part(s), not ${page}.`, {
            parameter: 'page',
            value: page,
            code: 'not_found',
          })
        const part = urls.slice((page - 1) * max, page * max)
        return makeResponse(buildSitemap(part), FEED_CONTENT_TYPES.sitemap, { lastModified })
      },
      LENIENT,
    ),
  )
  return router
}
