import { relationIdOf } from '../../db/ids.js'
import { Router } from 'express'
import type { Payload } from 'payload'
import { cursorParameter } from '../http/cursor.js'
import { DEFAULT_PAGE_SIZE, oneOf, pageSize, slugParameter, textParameter } from '../http/params.js'
import { PresentedVersions, presentationContext } from '../cache/presented-versions.js'
import { notFound } from '../http/errors.js'
import {
  prepareArticleBody,
  presentArticle,
  wantArticleRefs,
  type ArticleDetail,
  type ArticleSummary,
} from '../present/article.js'
import type { Article } from '../read/types.js'
import { presentGlossary, presentTerm, wantTermRefs } from '../present/glossary.js'
import { linkableTerms, publishedTerms } from '../present/glossary-terms.js'
import { presentQaSet, presentQaSetSummary, wantQaEntryRefs, wantQaSetRefs } from '../present/qa.js'
import { presentTopic, type TopicSummary } from '../present/topic.js'
import { findAll, findPage, notRetracted } from '../read/content.js'
import { SCRIPT_LANGUAGE_TAGS, type Script } from '../script.js'
import { cachedGet, jsonResponse, listResponse, newest } from './handler.js'
import { openApiDocumentRoute } from './openapi.js'
import {
  articleSummaryPage,
  loadBySlug,
  presentContext,
  requireBySlug,
  selectOptions,
  topicFilter,
} from './context.js'

/** GET /v1/glossary: every published term, A–Z. */
export type GlossaryIndex = { script: Script } & ReturnType<typeof presentGlossary>

/** GET /v1/topics. */
export interface TopicList {
  script: Script
  language: string
  items: TopicSummary[]
}

/** GET /v1/topics/:slug: the topic and the first page of its articles. */
export type TopicDetail = { script: Script; language: string } & TopicSummary & {
    articles: {
      items: ArticleSummary[]
      nextCursor: string | null
      /** The next page, on /v1/articles?topic=…; null on the last page. */
      next: string | null
    }
  }

const pageQuery = { limit: pageSize, cursor: cursorParameter, topic: slugParameter }

/** Article pages by version (src/delivery/cache/presented-versions.ts), ~10 KB each with their JSON-LD. */
const ARTICLE_PAGES = new PresentedVersions<Article, ArticleDetail>(8_000_000)

/** The public read API: published content only, read through Payload with an anonymous reader's access. */
export function v1Router(payload: Payload): Router {
  const router = Router()
  const kinds = selectOptions(payload, 'articles', 'kind')

  router.get('/openapi.json', ...openApiDocumentRoute(payload))

  router.get(
    '/articles',
    cachedGet(
      payload,
      { ...pageQuery, kind: oneOf(kinds), tag: textParameter },
      async ({ query, settings }) => {
        const filters = await topicFilter(payload, query.topic)
        if (query.kind) filters.push({ kind: { equals: query.kind } })
        if (query.tag) filters.push({ tags: { in: [query.tag] } })
        const { limit, page, items } = await articleSummaryPage(payload, filters, query, settings)
        return listResponse(query.script, limit, page, items)
      },
    ),
  )

  router.get(
    '/articles/:slug',
    cachedGet(payload, {}, async ({ query, params, settings }) => {
      // Id and version first: the page is presented again only when it or what it shows changed.
      const slug = params.slug ?? ''
      const version = await requireBySlug(payload, 'articles', slug, 'article', {
        updatedAt: true,
      })
      const ctx = presentContext(payload, query.script, settings)
      const terms = await linkableTerms(payload, query.script)
      const [body] = await ARTICLE_PAGES.present({
        docs: [version],
        context: presentationContext(query.script, settings, terms),
        refs: ctx.refs,
        readFull: (ids) => findAll(payload, 'articles', { id: { in: ids } }),
        prepare: (refs, doc) => {
          wantArticleRefs(refs, doc, true)
          return prepareArticleBody(refs, doc)
        },
        present: (doc) => presentArticle(payload, doc, ctx, terms),
      })
      if (!body) throw notFound('article', slug)
      return jsonResponse(body, query.script, newest([version.updatedAt]))
    }),
  )

  router.get(
    '/qa',
    cachedGet(payload, pageQuery, async ({ query, settings }) => {
      const limit = query.limit ?? DEFAULT_PAGE_SIZE
      const page = await findPage(payload, 'qa-sets', {
        where: await topicFilter(payload, query.topic),
        limit,
        cursor: query.cursor,
        field: 'createdAt',
      })
      const setIds = page.docs.map((set) => set.id)
      const entries = setIds.length
        ? await findAll(payload, 'qa-entries', { set: { in: setIds } }, undefined, { set: true })
        : []
      const ctx = presentContext(payload, query.script, settings)
      for (const set of page.docs) wantQaSetRefs(ctx.refs, set)
      await ctx.refs.load()
      const count = (set: { id: unknown }) =>
        entries.filter((entry) => String(relationIdOf(entry.set)) === String(set.id)).length
      const items = page.docs.map((set) => presentQaSetSummary(set, count(set), ctx))
      return listResponse(query.script, limit, page, items)
    }),
  )

  router.get(
    '/qa/sets/:slug',
    cachedGet(payload, {}, async (request) => {
      const loaded = await loadBySlug(request, 'qa-sets', 'Q&A set', async (refs, set) => {
        wantQaSetRefs(refs, set)
        const entries = await findAll(
          payload,
          'qa-entries',
          { set: { equals: set.id } },
          'position',
        )
        return entries.map((entry) => wantQaEntryRefs(refs, entry))
      })
      const { doc: set, ctx, wanted: entries } = loaded
      const body = await presentQaSet(payload, set, entries, ctx)
      const updated = newest([set.updatedAt, ...entries.map((e) => e.updatedAt)])
      return jsonResponse(body, request.query.script, updated)
    }),
  )

  router.get(
    '/glossary',
    cachedGet(payload, { topic: slugParameter }, async ({ query, settings }) => {
      const topicWhere = await topicFilter(payload, query.topic)
      const terms = topicWhere.length
        ? await findAll(payload, 'glossary-terms', { and: topicWhere })
        : await publishedTerms(payload)
      const ctx = presentContext(payload, query.script, settings)
      const body: GlossaryIndex = { script: query.script, ...presentGlossary(terms, ctx) }
      return jsonResponse(body, query.script, newest(terms.map((t) => t.updatedAt)))
    }),
  )

  router.get(
    '/glossary/:slug',
    cachedGet(payload, {}, async (request) => {
      const { doc, ctx } = await loadBySlug(
        request,
        'glossary-terms',
        'glossary term',
        wantTermRefs,
      )
      const { script } = request.query
      const body = presentTerm(doc, await linkableTerms(payload, script), ctx)
      return jsonResponse(body, script, newest([doc.updatedAt]))
    }),
  )

  router.get(
    '/topics',
    cachedGet(payload, {}, async ({ query, settings }) => {
      const topics = await findAll(payload, 'topics', {}, 'slug')
      const ctx = presentContext(payload, query.script, settings)
      const counts = await Promise.all(
        topics.map((topic) =>
          payload.count({
            collection: 'articles',
            overrideAccess: false,
            where: { and: [...notRetracted(payload), { topics: { in: [topic.id] } }] },
          }),
        ),
      )
      const items = topics.map((topic, i) => presentTopic(topic, topics, counts[i]!.totalDocs, ctx))
      const body: TopicList = {
        script: query.script,
        language: SCRIPT_LANGUAGE_TAGS[query.script],
        items,
      }
      return jsonResponse(body, query.script, newest(topics.map((t) => t.updatedAt)))
    }),
  )

  router.get(
    '/topics/:slug',
    cachedGet(payload, { limit: pageSize }, async ({ query, params, settings }) => {
      const topic = await requireBySlug(payload, 'topics', params.slug!, 'topic')
      const topics = await findAll(payload, 'topics', {}, 'slug')
      const { page, items, ctx } = await articleSummaryPage(
        payload,
        [{ topics: { in: [topic.id] } }],
        query,
        settings,
      )
      const next = page.nextCursor
        ? `${settings.apiUrl}/v1/articles?topic=${topic.slug}&cursor=${page.nextCursor}${query.script === 'hans' ? '' : `&script=${query.script}`}`
        : null
      const body: TopicDetail = {
        script: query.script,
        language: SCRIPT_LANGUAGE_TAGS[query.script],
        ...presentTopic(topic, topics, undefined, ctx),
        articles: {
          items,
          nextCursor: page.nextCursor ?? null,
          next,
        },
      }
      return jsonResponse(
        body,
        query.script,
        newest([topic.updatedAt, ...page.docs.map((d) => d.updatedAt)]),
      )
    }),
  )

  return router
}
