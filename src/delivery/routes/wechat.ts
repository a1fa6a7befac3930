import { Router, type Request } from 'express'
import type { Payload, TypedUser } from 'payload'
import { docIdFromText } from '../../db/ids.js'
import { richTextToPlain } from '../../richtext/plain-text.js'
import { requireEditor } from '../http/auth.js'
import { cursorParameter } from '../http/cursor.js'
import { DeliveryError } from '../http/errors.js'
import { pageSize, readQuery, slugParameter } from '../http/params.js'
import { PresentedVersions } from '../cache/presented-versions.js'
import {
  presentCover,
  presentTopicRef,
  type Cover,
  type PresentContext,
  type TopicRef,
} from '../present/common.js'
import { readAllLocales } from '../read/content.js'
import { richTextFor, textFor } from '../read/localized.js'
import type { Article } from '../read/types.js'
import { convertForScript } from '../script.js'
import { deliverySettings, siteUrls } from '../settings.js'
import { limitErrors, WECHAT_LIMITS } from '../wechat-draft.js'
import { prepareWeChatArticle, type PreparedWeChatArticle } from '../wechat/prepare.js'
import { cachedGet, handleDeliveryError, listResponse } from './handler.js'
import { presentArticlePage, topicFilter } from './context.js'

/** A card of GET /v1/wechat/feed, for H5 pages and mini-programs. */
export interface WeChatCard {
  id: string | number
  title: string
  digest: string
  cover: { wide: string; square: string; alt: string } | null
  topic: TopicRef | null
  publishedAt: string | null
  url: string
}

/** GET /v1/wechat/articles/:id: what draft/add would receive, and whether it fits WeChat's limits. */
export interface WeChatPreview {
  id: string | number
  status: Article['_status']
  article: PreparedWeChatArticle['article']
  html: string
  footnotes: PreparedWeChatArticle['footnotes']
  images: PreparedWeChatArticle['images']
  cover: Cover | null
  limits: { ok: boolean } & typeof WECHAT_LIMITS
  /** Each overflowing limit, on a 422. */
  errors?: ReturnType<typeof limitErrors>
}

function digestOf(doc: Article, script: 'hans' | 'hant-tw' | 'hant-hk'): string {
  const summary = textFor(doc.summary, script)
  const text =
    summary ||
    convertForScript(
      richTextToPlain(richTextFor(doc.body, 'hans').state).replace(/\s+/g, ''),
      script,
    )
  const chars = [...text]
  return chars.length <= WECHAT_LIMITS.digestChars
    ? text
    : `${chars.slice(0, WECHAT_LIMITS.digestChars - 1).join('')}…`
}

/** An article as staff may preview it: the newest version, drafts included, with the reader's own access. */
export async function previewArticle(
  payload: Payload,
  req: Request,
  user: TypedUser,
  script: 'hans' | 'hant-tw' | 'hant-hk' = 'hans',
): Promise<{ doc: Article; prepared: PreparedWeChatArticle }> {
  const raw = String(req.params.id ?? '')
  const id = docIdFromText(payload.db.defaultIDType, raw)
  const found = await payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    draft: true,
    overrideAccess: false,
    user,
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const doc = readAllLocales('articles', found.docs)[0]
  if (!doc)
    throw new DeliveryError(404, `No article with id ${JSON.stringify(raw)}`, {
      value: raw,
      code: 'not_found',
    })
  return { doc, prepared: await prepareWeChatArticle(payload, doc, deliverySettings(), { script }) }
}

/** Cards by version (src/delivery/cache/presented-versions.ts): a few hundred bytes each. */
const CARDS = new PresentedVersions<Article, WeChatCard>(2_000_000)

function weChatCard(doc: Article, ctx: PresentContext): WeChatCard {
  const cover = presentCover(ctx.refs.get('media', doc.coverImage), ctx)
  const topic = ctx.refs.all('topics', doc.topics)[0]
  return {
    id: doc.id,
    title: textFor(doc.title, ctx.script),
    digest: digestOf(doc, ctx.script),
    cover: cover
      ? {
          wide: cover.sizes['wechat-cover']?.url ?? cover.original.url,
          square: cover.sizes.square?.url ?? cover.original.url,
          alt: cover.alt,
        }
      : null,
    topic: topic ? presentTopicRef(topic, ctx) : null,
    publishedAt: doc.publishedAt ?? null,
    url: siteUrls.article(ctx.settings.siteUrl, String(doc.slug)),
  }
}

/** WeChat clients: a card feed (H5, mini-program) and, for staff, the draft/add preview of an article. */
export function weChatRouter(payload: Payload): Router {
  const router = Router()

  router.get(
    '/feed',
    cachedGet(
      payload,
      { limit: pageSize, cursor: cursorParameter, topic: slugParameter },
      async ({ query, settings }) => {
        const filters = await topicFilter(payload, query.topic)
        // A card shows no reading time; the body is read (for cards not kept) for a digest without summary.
        const { limit, page, items } = await presentArticlePage(
          payload,
          filters,
          query,
          settings,
          CARDS,
          weChatCard,
          () => true,
        )
        return listResponse(query.script, limit, page, items)
      },
    ),
  )

  router.get('/articles/:id', async (req, res, next) => {
    try {
      const query = readQuery(req, {})
      const user = await requireEditor(payload, req)
      const { doc, prepared } = await previewArticle(payload, req, user, query.script)
      const ok = prepared.violations.length === 0
      const body: WeChatPreview = {
        id: doc.id,
        status: doc._status,
        article: prepared.article,
        html: prepared.article.content,
        footnotes: prepared.footnotes,
        images: prepared.images,
        cover: prepared.cover ?? null,
        limits: { ok, ...WECHAT_LIMITS },
        ...(ok ? {} : { errors: limitErrors(prepared.violations) }),
      }
      res
        .status(ok ? 200 : 422)
        .set('cache-control', 'private, no-store')
        .json(body)
    } catch (error) {
      handleDeliveryError(payload, res, next, error)
    }
  })

  return router
}
