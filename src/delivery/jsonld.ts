// schema.org structured data for delivered pages (https://schema.org/Article, FAQPage, DefinedTermSet).

import { sourceTimeToIso } from '../text/datetime.js'

export type JsonLd = Record<string, unknown>

export interface OrganizationInput {
  name: string
  url?: string
  logoUrl?: string
}

export interface PersonInput {
  name: string
  url?: string
}

export interface SourceInput {
  title?: string | null
  url?: string | null
  outlet?: string | null
  author?: string | null
  publishedDate?: string | null
}

export interface CorrectionInput {
  text: string
  datePublished: string | Date
}

export interface ArticleInput {
  type?: 'Article' | 'NewsArticle'
  url: string
  headline: string
  description?: string
  datePublished?: string | Date | null
  dateModified?: string | Date | null
  /** BCP 47, e.g. zh-Hans. */
  inLanguage: string
  authors?: PersonInput[]
  /** Free-text byline when there are no structured authors, e.g. 国家安全部有关负责人. */
  byline?: string
  publisher: OrganizationInput
  imageUrls?: string[]
  keywords?: string[]
  /** Sources cited in the text. */
  citations?: SourceInput[]
  /** The original(s) this piece reprints or is based on. */
  basedOn?: SourceInput[]
  corrections?: CorrectionInput[]
  wordCount?: number
}

const CONTEXT = 'https://schema.org'
/** Google truncates longer headlines; schema.org itself has no limit. */
const HEADLINE_MAX = 110

function isoDate(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  // A bare calendar date stays one; a source time without a zone is the source's (Beijing) time,
  // whatever the server's TZ.
  return sourceTimeToIso(value)
}

/** Drops undefined values and empty arrays so the output only states what is known. */
function compact(record: Record<string, unknown>): JsonLd {
  const out: JsonLd = {}
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value) && value.length === 0) continue
    out[key] = value
  }
  return out
}

export function organization(input: OrganizationInput): JsonLd {
  return compact({
    '@type': 'Organization',
    name: input.name,
    url: input.url,
    logo: input.logoUrl ? { '@type': 'ImageObject', url: input.logoUrl } : undefined,
  })
}

function person(input: PersonInput): JsonLd {
  return compact({ '@type': 'Person', name: input.name, url: input.url })
}

export function creativeWork(source: SourceInput): JsonLd {
  return compact({
    '@type': 'CreativeWork',
    name: source.title?.trim(),
    url: source.url ?? undefined,
    author: source.author ? { '@type': 'Person', name: source.author } : undefined,
    publisher: source.outlet ? { '@type': 'Organization', name: source.outlet } : undefined,
    datePublished: isoDate(source.publishedDate),
  })
}

function truncate(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

export function articleJsonLd(input: ArticleInput): JsonLd {
  const authors = input.authors?.length
    ? input.authors.map(person)
    : input.byline
      ? [person({ name: input.byline })]
      : []
  return compact({
    '@context': CONTEXT,
    '@type': input.type ?? 'Article',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    headline: truncate(input.headline.trim(), HEADLINE_MAX),
    description: input.description,
    datePublished: isoDate(input.datePublished),
    dateModified: isoDate(input.dateModified ?? input.datePublished),
    inLanguage: input.inLanguage,
    author: authors.length === 1 ? authors[0] : authors,
    publisher: organization(input.publisher),
    image: input.imageUrls,
    keywords: input.keywords?.length ? input.keywords.join(', ') : undefined,
    wordCount: input.wordCount,
    citation: input.citations?.map(creativeWork),
    isBasedOn: input.basedOn?.map(creativeWork),
    correction: input.corrections?.map((c) =>
      compact({
        '@type': 'CorrectionComment',
        text: c.text,
        datePublished: isoDate(c.datePublished),
      }),
    ),
  })
}

export interface FaqInput {
  url?: string
  inLanguage: string
  name?: string
  items: Array<{ question: string; answer: string }>
}

export function faqPageJsonLd(input: FaqInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'FAQPage',
    url: input.url,
    name: input.name,
    inLanguage: input.inLanguage,
    mainEntity: input.items
      .filter((item) => item.question.trim() && item.answer.trim())
      .map((item) => ({
        '@type': 'Question',
        name: item.question.trim(),
        acceptedAnswer: { '@type': 'Answer', text: item.answer.trim() },
      })),
  })
}

export interface DefinedTermInput {
  term: string
  url: string
  description?: string | null
  alternateNames?: string[]
  /** Stable code, e.g. the slug. */
  termCode?: string
}

export interface DefinedTermSetInput {
  url: string
  name: string
  description?: string
  inLanguage: string
  terms: DefinedTermInput[]
}

export function definedTermJsonLd(term: DefinedTermInput, setUrl?: string): JsonLd {
  return compact({
    '@type': 'DefinedTerm',
    '@id': term.url,
    name: term.term,
    url: term.url,
    description: term.description ?? undefined,
    termCode: term.termCode,
    alternateName: term.alternateNames?.length ? term.alternateNames : undefined,
    inDefinedTermSet: setUrl,
  })
}

export function definedTermSetJsonLd(input: DefinedTermSetInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    hasDefinedTerm: input.terms.map((term) => definedTermJsonLd(term, input.url)),
  })
}

/** A <script type="application/ld+json"> element; `<` is escaped so text can never close the script. */
export function jsonLdScriptTag(data: JsonLd | JsonLd[]): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return `<script type="application/ld+json">${json}</script>`
}
