import type { Payload } from 'payload'
import type { GlossaryTerm } from '../autolink.js'
import { articleJsonLd, type JsonLd, type SourceInput } from '../jsonld.js'
import { convertForScript, SCRIPT_LANGUAGE_TAGS } from '../script.js'
import { siteUrls } from '../settings.js'
import { optionalTextFor, richTextFor, textFor, textsFor } from '../read/localized.js'
import { readingTimeOf } from '../read/reading-time.js'
import type { Refs } from '../read/refs.js'
import type { Article } from '../read/types.js'
import { renderBody, wantLocalizedBodyRefs, type RenderedBody } from './body.js'
import { linkableTerms } from './glossary-terms.js'
import {
  isoOrUndefined,
  presentCover,
  presentLegalBasis,
  presentSourceLinks,
  presentTopicRef,
  wantSourcesAndLaws,
} from './common.js'
import type { Cover, LegalBasis, PresentContext, SourceLink, TopicRef } from './common.js'

export interface Correction {
  text: string
  date?: string
}

export interface Retraction {
  retracted: true
  reason?: string
  at?: string
  notice: string
}

export interface ArticleSummary {
  id: string | number
  slug: string
  url: string
  api: string
  kind: string
  title: string
  summary?: string
  byline?: string
  tags: string[]
  topics: TopicRef[]
  cover?: Cover
  publishedAt?: string
  updatedAt?: string
  readingTimeMinutes: number
  retracted: boolean
}

export interface ArticleDetail extends ArticleSummary {
  language: string
  html?: string
  text?: string
  headings?: Array<{ level: number; text: string; id: string }>
  citations?: RenderedBody['citations']
  sources: SourceLink[]
  legalBasis: LegalBasis[]
  corrections: Correction[]
  retraction?: Retraction
  jsonLd: JsonLd
}

/** Relationship ids a page of articles needs, for one batched read per related collection. */
export function wantArticleRefs(refs: Refs, doc: Article, full: boolean): void {
  refs.want('topics', doc.topics)
  refs.want('media', doc.coverImage)
  if (!full) return
  wantSourcesAndLaws(refs, doc)
}

export function retractionOf(doc: Article): Article['retraction'] | undefined {
  return doc.retraction?.retracted === true ? doc.retraction : undefined
}

export function correctionsOf(doc: Article, ctx: PresentContext): Correction[] {
  return (doc.corrections ?? []).flatMap((row) => {
    const text = textFor(row?.text, ctx.script)
    return text ? [{ text, date: isoOrUndefined(row.date) }] : []
  })
}

export function presentArticleSummary(doc: Article, ctx: PresentContext): ArticleSummary {
  const slug = String(doc.slug)
  return {
    id: doc.id,
    slug,
    url: siteUrls.article(ctx.settings.siteUrl, slug),
    api: `${ctx.settings.apiUrl}/v1/articles/${slug}`,
    kind: String(doc.kind ?? 'explainer'),
    title: textFor(doc.title, ctx.script),
    summary: optionalTextFor(doc.summary, ctx.script),
    byline: optionalTextFor(doc.byline, ctx.script),
    tags: textsFor(doc.tags, ctx.script),
    topics: ctx.refs.all('topics', doc.topics).map((topic) => presentTopicRef(topic, ctx)),
    cover: presentCover(ctx.refs.get('media', doc.coverImage), ctx),
    publishedAt: isoOrUndefined(doc.publishedAt),
    updatedAt: isoOrUndefined(doc.updatedAt),
    readingTimeMinutes: readingTimeOf(doc),
    retracted: !!retractionOf(doc),
  }
}

const sourceInput = (link: SourceLink): SourceInput => ({
  title: link.title,
  url: link.url,
  outlet: link.outlet,
  author: link.author,
  publishedDate: link.publishedDate,
})

/** A full article; a retracted one answers its retraction notice and reason instead of the body. */
export async function presentArticle(
  payload: Payload,
  doc: Article,
  ctx: PresentContext,
  terms?: GlossaryTerm[],
): Promise<ArticleDetail> {
  const summary = presentArticleSummary(doc, ctx)
  const language = SCRIPT_LANGUAGE_TAGS[ctx.script]
  const sources = presentSourceLinks(doc.sources, ctx)
  const corrections = correctionsOf(doc, ctx)
  const retracted = retractionOf(doc)
  const jsonLdBase = {
    type: summary.kind === 'news' ? ('NewsArticle' as const) : ('Article' as const),
    url: summary.url,
    headline: summary.title,
    description: summary.summary,
    datePublished: summary.publishedAt,
    dateModified: summary.updatedAt,
    inLanguage: language,
    byline: summary.byline,
    publisher: {
      name: convertForScript(ctx.settings.siteName, ctx.script),
      url: ctx.settings.siteUrl,
      logoUrl: ctx.settings.logoUrl,
      defaultImageUrl: ctx.settings.defaultImageUrl,
    },
    imageUrls: summary.cover ? [summary.cover.original.url] : undefined,
    keywords: summary.tags,
    citations: sources.filter((s) => s.role === 'cites').map(sourceInput),
    basedOn: sources.filter((s) => s.role !== 'cites').map(sourceInput),
    corrections: corrections.map((c) => ({
      text: c.text,
      datePublished: c.date ?? summary.updatedAt ?? '',
    })),
  }
  const common = {
    ...summary,
    language,
    sources,
    legalBasis: presentLegalBasis(doc.legalBasis, ctx),
    corrections,
  }
  if (retracted) {
    const reason = optionalTextFor(retracted.reason, ctx.script)
    const notice =
      convertForScript('本文已撤回。', ctx.script) +
      (reason ? convertForScript(`撤回原因：${reason}`, ctx.script) : '')
    return {
      ...common,
      retraction: { retracted: true, reason, at: isoOrUndefined(retracted.at), notice },
      jsonLd: articleJsonLd({ ...jsonLdBase, description: notice }),
    }
  }
  const { state, needsConversion } = richTextFor(doc.body, ctx.script)
  const body = renderBody(ctx, {
    state,
    needsConversion,
    terms: terms ?? (await linkableTerms(payload, ctx.script)),
  })
  const allCitations = [...jsonLdBase.citations, ...body.citations.filter((c) => c.title || c.url)]
  return {
    ...common,
    html: body.html,
    text: body.text,
    headings: body.headings,
    citations: body.citations,
    readingTimeMinutes: body.readingTimeMinutes,
    jsonLd: articleJsonLd({
      ...jsonLdBase,
      citations: allCitations,
      wordCount: [...body.text.replace(/\s/g, '')].length,
    }),
  }
}

/** Swaps a document's body for the bare-id copy that the renderer resolves through `refs`. */
export function prepareArticleBody(refs: Refs, doc: Article): Article {
  return doc.body ? { ...doc, body: wantLocalizedBodyRefs(refs, doc.body) } : doc
}
