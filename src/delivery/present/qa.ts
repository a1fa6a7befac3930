import type { Payload } from 'payload'
import { faqPageJsonLd, type JsonLd } from '../jsonld.js'
import { SCRIPT_LANGUAGE_TAGS } from '../script.js'
import { siteUrls } from '../settings.js'
import { optionalTextFor, richTextFor, textFor } from '../read/localized.js'
import type { Refs } from '../read/refs.js'
import type { QaEntry, QaSet } from '../read/types.js'
import { renderBody, wantLocalizedBodyRefs } from './body.js'
import { linkableTerms } from './glossary-terms.js'
import {
  isoOrUndefined,
  presentLegalBasis,
  presentSourceLinks,
  presentTopicRef,
  wantSourceLinks,
  wantSourcesAndLaws,
} from './common.js'
import type { PresentContext, SourceLink } from './common.js'
import type { GlossaryTerm } from '../autolink.js'

export function wantQaSetRefs(refs: Refs, set: QaSet): void {
  refs.want('topics', set.topics)
  wantSourceLinks(refs, set.sources)
}

export function presentQaSetSummary(set: QaSet, entryCount: number, ctx: PresentContext) {
  const slug = String(set.slug)
  return {
    id: set.id,
    slug,
    url: siteUrls.qaSet(ctx.settings.siteUrl, slug),
    api: `${ctx.settings.apiUrl}/v1/qa/sets/${slug}`,
    title: textFor(set.title, ctx.script),
    summary: optionalTextFor(set.summary, ctx.script),
    topics: ctx.refs.all('topics', set.topics).map((topic) => presentTopicRef(topic, ctx)),
    entryCount,
    updatedAt: isoOrUndefined(set.updatedAt),
  }
}

/** Prepares entries' answers for rendering (bare ids) and asks for their sources and laws. */
export function wantQaEntryRefs(refs: Refs, entry: QaEntry): QaEntry {
  wantSourcesAndLaws(refs, entry)
  return entry.answer ? { ...entry, answer: wantLocalizedBodyRefs(refs, entry.answer) } : entry
}

export type QaSetSummary = ReturnType<typeof presentQaSetSummary>

/** One entry of a set: its answer rendered like an article body, glossary terms linked. */
export function presentQaEntry(
  entry: QaEntry,
  setUrl: string,
  terms: GlossaryTerm[],
  ctx: PresentContext,
) {
  const { state, needsConversion } = richTextFor(entry.answer, ctx.script)
  const answer = renderBody(ctx, { state, needsConversion, terms })
  const entrySlug = String(entry.slug)
  return {
    id: entry.id,
    slug: entrySlug,
    anchor: `${setUrl}#${entrySlug}`,
    position: typeof entry.position === 'number' ? entry.position : 0,
    question: textFor(entry.question, ctx.script),
    summary: optionalTextFor(entry.summary, ctx.script),
    html: answer.html,
    text: answer.text,
    citations: answer.citations,
    sources: presentSourceLinks(entry.sources, ctx),
    legalBasis: presentLegalBasis(entry.legalBasis, ctx),
    updatedAt: isoOrUndefined(entry.updatedAt),
  }
}

export type QaEntryDetail = ReturnType<typeof presentQaEntry>

export interface QaSetDetail extends QaSetSummary {
  language: string
  entries: QaEntryDetail[]
  sources: SourceLink[]
  jsonLd: JsonLd
}

export async function presentQaSet(
  payload: Payload,
  set: QaSet,
  entries: QaEntry[],
  ctx: PresentContext,
): Promise<QaSetDetail> {
  const summary = presentQaSetSummary(set, entries.length, ctx)
  const terms = await linkableTerms(payload, ctx.script)
  const presented = entries.map((entry) => presentQaEntry(entry, summary.url, terms, ctx))
  const language = SCRIPT_LANGUAGE_TAGS[ctx.script]
  return {
    ...summary,
    language,
    entries: presented,
    sources: presentSourceLinks(set.sources, ctx),
    jsonLd: faqPageJsonLd({
      url: summary.url,
      name: summary.title,
      inLanguage: language,
      items: presented.map((e) => ({ question: e.question, answer: e.text })),
    }),
  }
}
