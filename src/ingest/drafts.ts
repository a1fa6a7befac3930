/**
 * Turns an analysis into the content an editor reviews — pure data, no database. The writer
 * (write.ts) stores it. Every text comes from the cleaned input: Simplified originals are kept
 * as written in zh-Hans; Traditional originals are kept as written in zh-Hant, and zh-Hans gets
 * their OpenCC t→cn conversion (the default locale is Simplified for search and delivery).
 */
import type { ArticleKind } from '../fields/article-kinds.js'
import { buildRichText, type LexicalState, type RichBlock } from '../richtext/build.js'
import { articleFingerprint } from '../similarity/article-fingerprint.js'
import type { Fingerprint } from '../text/minhash.js'
import { toSimplified } from '../text/normalize.js'
import type { OutletType } from './attribution.js'
import type { ContentBlock, ImportAnalysis } from './pipeline.js'
import { guessTopics } from './topics.js'
import type { QualityFlag, QualityFlagType } from './types.js'

export type Locale = 'zh-Hans' | 'zh-Hant'

/** A text per locale; zh-Hant only when the original is Traditional. */
export type Localized<T> = { 'zh-Hans': T; 'zh-Hant'?: T }

/** The values of the qualityFlags field (src/fields/provenance.ts): every importer flag keeps its own type. */
export type DraftFlagType = QualityFlagType | 'unrepaired-encoding' | 'needs-check' | 'other'
export interface DraftFlag {
  type: DraftFlagType
  message: string
  position: number
  resolved: false
}

export type SourceOutletType =
  | 'news-agency'
  | 'newspaper-magazine'
  | 'wechat-account'
  | 'website'
  | 'document-sharing-site'
  | 'other'

export interface SourcePlan {
  title: string
  outlet: string | null
  outletType: SourceOutletType
  author: string | null
  interviewee: string | null
  editor: string | null
  publishedDate: string | null
  rawSnapshot: string
  /** How the article relates to it: the first publisher, or a reprint of a stated original. */
  role: 'original' | 'reprinted-from'
}

export interface EntryPlan {
  question: Localized<string>
  answer: Localized<LexicalState>
  /** The answer as plain text, for checks and the Import report. */
  answerText: Localized<string>
  summary: Localized<string> | null
  flags: DraftFlag[]
}

export interface TermPlan {
  /** Simplified, as the glossary stores terms; the Traditional original becomes an alias. */
  term: string
  aliases: string[]
  definition: Localized<string>
  flags: DraftFlag[]
}

export interface LawPlan {
  /** As cited, e.g. 《国家安全法》实施细则. */
  citation: string
  /** The name without brackets, e.g. 国家安全法实施细则. */
  shortName: string
}

export interface DraftPlan {
  originalScript: Locale
  locales: Locale[]
  source: SourcePlan
  article: {
    kind: ArticleKind
    title: Localized<string>
    summary: Localized<string> | null
    body: Localized<LexicalState>
    byline: Localized<string> | null
    flags: DraftFlag[]
    /** Of the zh-Hans body: made with the plan (on the analysis worker), not again on the main thread. */
    fingerprint: Fingerprint | null
  }
  qaSet: { title: Localized<string>; summary: Localized<string> | null } | null
  entries: EntryPlan[]
  terms: TermPlan[]
  laws: LawPlan[]
  topics: string[]
}

const SUMMARY_MAX = 128
const OUTLET_TYPES: Record<OutletType, SourceOutletType> = {
  'wechat-account': 'wechat-account',
  'news-agency': 'news-agency',
  website: 'website',
  magazine: 'newspaper-magazine',
  'document-sharing-site': 'document-sharing-site',
}

function flagFor({ type, message, position }: QualityFlag): DraftFlag {
  return { type, message, position, resolved: false }
}

const POSITIONAL = new Set(['corrupted-text', 'repaired-text'])
// The source gate already holds back every draft of an unverified source; the article carries the reminder.
const ARTICLE_ONLY = new Set(['missing-source'])

/**
 * Document-wide flags (truncated, mixed script) go on every draft; a damaged run only on the
 * drafts whose text spans it; a missing source line on the article.
 */
function flagsWithin(
  flags: QualityFlag[],
  span: [number, number] | null,
  isArticle = false,
): DraftFlag[] {
  return flags
    .filter((flag) => isArticle || !ARTICLE_ONLY.has(flag.type))
    .filter(
      (flag) =>
        !POSITIONAL.has(flag.type) ||
        (span !== null && flag.position >= span[0] && flag.position < span[1]),
    )
    .map(flagFor)
}

/**
 * Where the parts stand in the text, searched for from `cursor.at` (entries come in document
 * order: searching each from the start made a document of many entries quadratic), then from the
 * start; the cursor moves to the span found.
 */
function spanOf(text: string, cursor: { at: number }, ...parts: string[]): [number, number] | null {
  const first = parts[0] ?? ''
  const after = text.indexOf(first, cursor.at)
  const start = after === -1 ? text.indexOf(first) : after
  if (start === -1) return null
  const last = parts[parts.length - 1] ?? ''
  const lastAt = text.indexOf(last, start)
  cursor.at = start
  return [start, (lastAt === -1 ? start : lastAt) + last.length]
}

/** Whole sentences of a text up to the WeChat digest length, or null when even the first is longer. */
export function summaryOf(text: string | null | undefined): string | null {
  if (!text) return null
  const firstParagraph = text.trim().split(/\n+/)[0] ?? ''
  if (firstParagraph.length <= SUMMARY_MAX) return firstParagraph || null
  let summary = ''
  for (const sentence of sentencesOf(firstParagraph)) {
    if (summary.length + sentence.length > SUMMARY_MAX) break
    summary += sentence
  }
  return summary || null
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?'])

/**
 * The sentences of a paragraph, each with its closing marks (what /[^。！？!?]+[。！？!?]+/g
 * matched), read once from the start: that regex tried again after every character of a
 * paragraph without 。！？ (quadratic — minutes on a 4 MB line). Stops when the caller does.
 */
function* sentencesOf(paragraph: string): Generator<string> {
  let at = 0
  while (at < paragraph.length) {
    while (at < paragraph.length && SENTENCE_END.has(paragraph.charAt(at))) at++
    const start = at
    while (at < paragraph.length && !SENTENCE_END.has(paragraph.charAt(at))) at++
    // Text after the last closing mark is not a sentence.
    if (at >= paragraph.length) return
    while (at < paragraph.length && SENTENCE_END.has(paragraph.charAt(at))) at++
    yield paragraph.slice(start, at)
  }
}

function headingLevel(level: number): 2 | 3 | 4 {
  return level <= 1 ? 2 : level === 2 ? 3 : 4
}

function richBlocks(blocks: ContentBlock[]): RichBlock[] {
  return blocks.map((block): RichBlock => {
    switch (block.type) {
      case 'heading':
        return { type: 'heading', text: block.text, level: headingLevel(block.level) }
      case 'paragraph':
        return { type: 'paragraph', text: block.text }
      case 'qa':
        return { type: 'qa', question: block.question, answer: block.answer }
      case 'term':
        return { type: 'paragraph', text: block.text }
    }
  })
}

function paragraphs(text: string): RichBlock[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', text: line }))
}

/** The reviewable drafts for one analysed document. */
export function planDrafts(analysis: ImportAnalysis): DraftPlan {
  const traditional = analysis.script === 'zh-Hant'
  const originalScript: Locale = traditional ? 'zh-Hant' : 'zh-Hans'
  // Mixed-script text is converted to Simplified (and flagged); the raw snapshot keeps it as written.
  const simplify = analysis.script === 'zh-Hans' ? (text: string) => text : toSimplified
  const localize = (text: string): Localized<string> =>
    traditional ? { 'zh-Hans': simplify(text), 'zh-Hant': text } : { 'zh-Hans': simplify(text) }
  const localizeMaybe = (text: string | null): Localized<string> | null =>
    text ? localize(text) : null
  const rich = (blocks: RichBlock[], convert: (text: string) => string): LexicalState =>
    buildRichText(blocks.map((block) => convertBlock(block, convert)))
  const localizeRich = (blocks: RichBlock[]): Localized<LexicalState> =>
    traditional
      ? { 'zh-Hans': rich(blocks, simplify), 'zh-Hant': rich(blocks, (text) => text) }
      : { 'zh-Hans': rich(blocks, simplify) }

  const { attribution, text } = analysis
  const title = analysis.title ?? firstLine(text)
  const bodyBlocks: RichBlock[] = [
    ...(analysis.subtitle ? [{ type: 'paragraph' as const, text: analysis.subtitle }] : []),
    ...richBlocks(analysis.blocks),
  ]
  const summary = summaryOf(analysis.lead) ?? summaryOf(analysis.subtitle)
  const reprint = Boolean(attribution.originalOutlet)

  const entryCursor = { at: 0 }
  const entries: EntryPlan[] = analysis.qa.map(({ question, answer }) => ({
    question: localize(question),
    answer: localizeRich(paragraphs(answer)),
    answerText: localize(answer),
    summary: localizeMaybe(summaryOf(answer)),
    flags: flagsWithin(analysis.flags, spanOf(text, entryCursor, question, answer)),
  }))
  const termCursor = { at: 0 }
  const terms: TermPlan[] = analysis.terms.map(({ term, definition }) => {
    const simplified = toSimplified(term)
    return {
      term: simplified,
      aliases: simplified === term ? [] : [term],
      definition: localize(definition),
      flags: flagsWithin(analysis.flags, spanOf(text, termCursor, term, definition)),
    }
  })

  const body = localizeRich(bodyBlocks)
  return {
    originalScript,
    locales: traditional ? ['zh-Hans', 'zh-Hant'] : ['zh-Hans'],
    source: {
      title,
      outlet: attribution.outlet ?? attribution.originalOutlet ?? attribution.agency,
      outletType: attribution.outletType ? OUTLET_TYPES[attribution.outletType] : 'other',
      author: attribution.author,
      interviewee: attribution.interviewee,
      editor: attribution.editor,
      publishedDate: attribution.publishedAt,
      rawSnapshot: analysis.rawText,
      role: reprint ? 'reprinted-from' : 'original',
    },
    article: {
      kind: analysis.kind,
      title: localize(title),
      summary: localizeMaybe(summary),
      body,
      byline: localizeMaybe(attribution.author),
      flags: flagsWithin(analysis.flags, [0, text.length], true),
      fingerprint: articleFingerprint(body['zh-Hans']),
    },
    qaSet: entries.length > 0 ? { title: localize(title), summary: localizeMaybe(summary) } : null,
    entries,
    terms,
    laws: analysis.laws.map((citation) => ({
      citation,
      shortName: citation.replace(/[《》]/g, ''),
    })),
    topics: guessTopics(toSimplified(text)),
  }
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim()) ?? '').trim().slice(0, 80)
}

function convertBlock(block: RichBlock, convert: (text: string) => string): RichBlock {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { ...block, text: convert(block.text) }
    case 'qa':
      return { ...block, question: convert(block.question), answer: convert(block.answer) }
    case 'callout':
      return {
        ...block,
        body: convert(block.body),
        title: block.title === undefined ? undefined : convert(block.title),
      }
  }
}
