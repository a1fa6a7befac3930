import type { Payload } from 'payload'
import { richTextToPlain } from '../../richtext/plain-text.js'
import { prepareArticleBody, wantArticleRefs } from '../present/article.js'
import { renderBody } from '../present/body.js'
import { presentCover, type Cover } from '../present/common.js'
import { linkableTerms } from '../present/glossary-terms.js'
import { richTextFor, textFor } from '../read/localized.js'
import { Refs } from '../read/refs.js'
import type { Article, Media } from '../read/types.js'
import { convertForScript, type Script } from '../script.js'
import { siteUrls, type DeliverySettings } from '../settings.js'
import {
  buildWeChatDraftArticle,
  checkWeChatLimits,
  type WeChatDraftArticle,
  type WeChatLimitViolation,
} from '../wechat-draft.js'
import { renderWeChatHtml, type WeChatFootnote } from '../wechat-render.js'

/** Stands in for the cover's material id before it is uploaded, so the preview checks every other limit. */
export const PREVIEW_THUMB_MEDIA_ID = 'PREVIEW_COVER_UPLOADED_AT_PUBLISH'
/** WeChat shows the first 54 characters of the text when the digest is empty. */
const AUTO_DIGEST_CHARS = 54

export interface PreparedWeChatArticle {
  article: WeChatDraftArticle
  violations: WeChatLimitViolation[]
  footnotes: WeChatFootnote[]
  images: Array<{ from: string; to: string }>
  cover?: Cover
  /** The media document of the cover, for uploading it. */
  coverMedia?: Media
  canonicalUrl: string
}

export interface PrepareOptions {
  script?: Script
  thumbMediaId?: string
  rewriteImageUrl?: (url: string) => string | Promise<string>
}

function autoDigest(text: string, convertTo: Script | undefined): string {
  const digest = [...text.replace(/\s+/g, '')].slice(0, AUTO_DIGEST_CHARS).join('')
  return convertTo ? convertForScript(digest, convertTo) : digest
}

/** Crop boxes for WeChat's 2.35:1 and 1:1 cover shapes on the wide cover image (centred square). */
function coverCrops(cover: Cover | undefined): {
  picCrop235?: [number, number, number, number]
  picCrop11?: [number, number, number, number]
} {
  const wide = cover?.sizes['wechat-cover']
  if (!wide?.width || !wide.height) return {}
  const squareWidth = Math.min(1, wide.height / wide.width)
  const left = (1 - squareWidth) / 2
  return { picCrop235: [0, 0, 1, 1], picCrop11: [left, 0, left + squareWidth, 1] }
}

/**
 * The draft/add article object for an article document (read with locale 'all'): body rendered like the
 * website (glossary linked, only verified sources), then made WeChat-safe; limits checked all at once.
 */
export async function prepareWeChatArticle(
  payload: Payload,
  doc: Article,
  settings: DeliverySettings,
  options: PrepareOptions = {},
): Promise<PreparedWeChatArticle> {
  const script = options.script ?? 'hans'
  const refs = new Refs(payload)
  wantArticleRefs(refs, doc, true)
  const prepared = prepareArticleBody(refs, doc)
  await refs.load()
  const ctx = { payload, script, settings, refs }
  const { state, needsConversion } = richTextFor(prepared.body, script)
  const body = renderBody(ctx, {
    state,
    needsConversion,
    terms: await linkableTerms(payload, script),
    converters: 'wechat',
  })
  const rendered = await renderWeChatHtml(body.html, {
    baseUrl: settings.siteUrl,
    rewriteImageUrl: options.rewriteImageUrl,
  })
  const coverMedia = refs.get('media', doc.coverImage)
  const cover = presentCover(coverMedia, ctx)
  const canonicalUrl = siteUrls.article(settings.siteUrl, String(doc.slug))
  const summary = textFor(doc.summary, script)
  const article = buildWeChatDraftArticle({
    title: textFor(doc.title, script),
    author: textFor(doc.byline, script),
    digest: summary || autoDigest(richTextToPlain(state), needsConversion ? script : undefined),
    html: rendered.html,
    contentSourceUrl: canonicalUrl,
    thumbMediaId: options.thumbMediaId ?? (cover ? PREVIEW_THUMB_MEDIA_ID : ''),
    ...coverCrops(cover),
  })
  return {
    article,
    violations: checkWeChatLimits(article),
    footnotes: rendered.footnotes,
    images: rendered.images,
    cover,
    coverMedia,
    canonicalUrl,
  }
}
