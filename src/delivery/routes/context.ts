import type { Payload, Where } from 'payload'
import type { ArticlesSelect, Config } from '../../payload-types.js'
import type { CursorPosition } from '../http/cursor.js'
import { notFound } from '../http/errors.js'
import { badParameter } from '../http/errors.js'
import { DEFAULT_PAGE_SIZE } from '../http/params.js'
import { presentArticleSummary, wantArticleRefs, type ArticleSummary } from '../present/article.js'
import { PresentedVersions, presentationContext } from '../cache/presented-versions.js'
import { findAll, findBySlug, findPage, notRetracted, type Page } from '../read/content.js'
import { knownReadingTime } from '../read/reading-time.js'
import { Refs } from '../read/refs.js'
import type { Article, DeliveredDoc, DeliveredSlug } from '../read/types.js'
import type { Script } from '../script.js'
import type { DeliverySettings } from '../settings.js'
import type { PresentContext } from '../present/common.js'

export function presentContext(
  payload: Payload,
  script: Script,
  settings: DeliverySettings,
): PresentContext {
  return { payload, script, settings, refs: new Refs(payload) }
}

/**
 * What a summary (presentArticleSummary) and a WeChat feed card show. Sources, legal basis,
 * corrections, quality flags and the workflow fields each cost a correlated subquery per row; the
 * body, which the reading time and a digest without summary come from, is read only when needed.
 */
const ARTICLE_SUMMARY_SELECT = {
  slug: true,
  kind: true,
  title: true,
  summary: true,
  byline: true,
  tags: true,
  topics: true,
  coverImage: true,
  publishedAt: true,
  updatedAt: true,
  retraction: true,
} as const satisfies ArticlesSelect

/** Summaries by version (src/delivery/cache/presented-versions.ts): ~1 KB each, ~8 MB. */
const SUMMARIES = new PresentedVersions<Article, ArticleSummary>(4_000_000)

/**
 * A page of published articles, newest first, narrowed by `filters`, each presented by `present`
 * (kept by version in `presented`). The page itself reads ids and versions only: a Payload read
 * costs per row and per field selected, whatever the row holds (at 10,000 articles, 51 rows with
 * the summary fields 15.7 ms CPU, with updatedAt alone 5.5 ms); the summary fields (and the body
 * when `needsBody` says so for one of them) are read only for the versions not kept.
 */
export async function presentArticlePage<P>(
  payload: Payload,
  filters: Where[],
  query: { script: Script; limit?: number; cursor?: CursorPosition },
  settings: DeliverySettings,
  presented: PresentedVersions<Article, P>,
  present: (doc: Article, ctx: PresentContext) => P,
  needsBody: (doc: Article) => boolean,
): Promise<{ limit: number; page: Page<Article>; items: P[]; ctx: PresentContext }> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const page = await findPage(payload, 'articles', {
    where: [...notRetracted(payload), ...filters],
    limit,
    cursor: query.cursor,
    field: 'publishedAt',
    select: { updatedAt: true },
  })
  const ctx = presentContext(payload, query.script, settings)
  const items = await presented.present({
    docs: page.docs,
    context: presentationContext(query.script, settings),
    refs: ctx.refs,
    // The body in the same read, so that all of a kept value comes from one version.
    readFull: (ids) =>
      findAll(
        payload,
        'articles',
        { id: { in: ids } },
        undefined,
        page.docs.some((doc) => ids.includes(doc.id) && needsBody(doc))
          ? { ...ARTICLE_SUMMARY_SELECT, body: true }
          : ARTICLE_SUMMARY_SELECT,
      ),
    prepare: (refs, doc) => {
      wantArticleRefs(refs, doc, false)
      return doc
    },
    present: (doc) => present(doc, ctx),
  })
  return { limit, page, items, ctx }
}

/** A page of article summaries (/v1/articles, a topic's articles); bodies only for unknown reading times. */
export function articleSummaryPage(
  payload: Payload,
  filters: Where[],
  query: { script: Script; limit?: number; cursor?: CursorPosition },
  settings: DeliverySettings,
): Promise<{ limit: number; page: Page<Article>; items: ArticleSummary[]; ctx: PresentContext }> {
  return presentArticlePage(
    payload,
    filters,
    query,
    settings,
    SUMMARIES,
    presentArticleSummary,
    (doc) => knownReadingTime(doc) === undefined,
  )
}

export async function requireBySlug<C extends DeliveredSlug>(
  payload: Payload,
  collection: C,
  slug: string,
  what: string,
  select?: Config['collectionsSelect'][C],
): Promise<DeliveredDoc<C>> {
  const doc = /^[a-z0-9][a-z0-9-]{0,199}$/.test(slug)
    ? await findBySlug(payload, collection, slug, select)
    : undefined
  if (!doc) throw notFound(what, slug)
  return doc
}

/**
 * The start of a detail route (/articles/:slug, /qa/sets/:slug, /glossary/:slug): the published
 * document at `:slug` (404 when there is none) and a present context holding, loaded, what `want`
 * asked for. `want` returns what the route renders from besides the document.
 */
export async function loadBySlug<C extends DeliveredSlug, T>(
  request: {
    payload: Payload
    query: { script: Script }
    params: Record<string, string>
    settings: DeliverySettings
  },
  collection: C,
  what: string,
  want: (refs: Refs, doc: DeliveredDoc<C>) => T | Promise<T>,
): Promise<{ doc: DeliveredDoc<C>; ctx: PresentContext; wanted: T }> {
  const { payload, query, params, settings } = request
  const doc = await requireBySlug(payload, collection, params.slug ?? '', what)
  const ctx = presentContext(payload, query.script, settings)
  const wanted = await want(ctx.refs, doc)
  await ctx.refs.load()
  return { doc, ctx, wanted }
}

/** `?topic=` names a published topic by slug; an unknown one is a 400 on that parameter. */
export async function topicFilter(payload: Payload, slug: string | undefined): Promise<Where[]> {
  if (!slug) return []
  const topic = await findBySlug(payload, 'topics', slug)
  if (!topic) throw badParameter('topic', slug, 'no published topic has this slug (see /v1/topics)')
  return [{ topics: { in: [topic.id] } }]
}

/** The values of a select (or radio) field, e.g. the article kinds `?kind=` accepts. */
export function selectOptions(
  payload: Payload,
  collection: DeliveredSlug,
  field: string,
): string[] {
  const found = payload.collections[collection]?.config.flattenedFields.find(
    (f) => f.name === field,
  )
  if (found?.type !== 'select' && found?.type !== 'radio') return []
  return found.options.map((option) => (typeof option === 'string' ? option : option.value))
}
