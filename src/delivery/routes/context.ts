import type { Payload, Where } from 'payload'
import type { ArticlesSelect } from '../../payload-types.js'
import type { CursorPosition } from '../http/cursor.js'
import { notFound } from '../http/errors.js'
import { badParameter } from '../http/errors.js'
import { DEFAULT_PAGE_SIZE } from '../http/params.js'
import { wantArticleRefs } from '../present/article.js'
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
 * body, which the reading time and a digest without summary come from, is read only for the
 * articles that need it (see withBodies).
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

/**
 * A page of published articles, newest first, narrowed by `filters`, with the documents their
 * summaries show (topics, cover) loaded into the returned context.
 */
export async function articleSummaryPage(
  payload: Payload,
  filters: Where[],
  query: { script: Script; limit?: number; cursor?: CursorPosition },
  settings: DeliverySettings,
  needsBody: (doc: Article) => boolean = (doc) => knownReadingTime(doc) === undefined,
): Promise<{ limit: number; page: Page<Article>; ctx: PresentContext }> {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const page = await findPage(payload, 'articles', {
    where: [...notRetracted(payload), ...filters],
    limit,
    cursor: query.cursor,
    field: 'publishedAt',
    select: ARTICLE_SUMMARY_SELECT,
  })
  const ctx = presentContext(payload, query.script, settings)
  for (const doc of page.docs) wantArticleRefs(ctx.refs, doc, false)
  await Promise.all([ctx.refs.load(), withBodies(payload, page.docs.filter(needsBody))])
  return { limit, page, ctx }
}

/**
 * Gives these documents their bodies, in one query. With the body read for every row of the
 * page, an uncached list of 10 at 10,000 articles cost 6.0 ms CPU (2 connections); with reading
 * times known by version 2.8–3.7 ms, and the WeChat feed (20 cards with summaries) 4.4–4.9 ms.
 */
async function withBodies(payload: Payload, docs: Article[]): Promise<void> {
  if (!docs.length) return
  const found = await findAll(
    payload,
    'articles',
    { id: { in: docs.map((doc) => doc.id) } },
    undefined,
    {
      body: true,
      updatedAt: true,
    },
  )
  const byId = new Map(found.map((doc) => [String(doc.id), doc]))
  for (const doc of docs) {
    const read = byId.get(String(doc.id))
    // The newer version if it changed in between: the render then runs across an invalidation
    // and is not kept (DeliveryCache.putResponse), and its reading time is filed under its own version.
    if (read) Object.assign(doc, { body: read.body, updatedAt: read.updatedAt })
  }
}

export async function requireBySlug<C extends DeliveredSlug>(
  payload: Payload,
  collection: C,
  slug: string,
  what: string,
): Promise<DeliveredDoc<C>> {
  const doc = /^[a-z0-9][a-z0-9-]{0,199}$/.test(slug)
    ? await findBySlug(payload, collection, slug)
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
