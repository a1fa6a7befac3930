// schema.org structured data for delivered pages (https://schema.org/Article, FAQPage, DefinedTermSet).

import { sourceTimeToIso } from '../text/datetime.js'

import type {
  Article,
  CorrectionComment,
  CreativeWork,
  DefinedTerm,
  DefinedTermSet,
  FAQPage,
  ImageObject,
  NewsArticle,
  Organization,
  Person,
  Question,
  WithContext,
} from 'schema-dts'
import { bylineCredits } from './byline.js'

/**
 * The structured data we deliver, typed by schema-dts (Google's schema.org typings): a property
 * schema.org does not define for a type, or a value of the wrong kind, fails `npm run typecheck`.
 */
export type JsonLd =
  | WithContext<Article>
  | WithContext<NewsArticle>
  | WithContext<FAQPage>
  | WithContext<DefinedTermSet>
  | WithContext<DefinedTerm>

export interface OrganizationInput {
  name: string
  url?: string
  logoUrl?: string
}

/** The site publishing the article: its logo, and the image of articles without a cover. */
export interface PublisherInput extends OrganizationInput {
  defaultImageUrl?: string
}

export interface PersonInput {
  name: string
  url?: string
  /** The role as credited: 记者, 特约评论员… (schema.org jobTitle). */
  role?: string
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
  publisher: PublisherInput
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

/** Undefined for nothing, one value alone, several as an array: what schema.org readers expect. */
function oneOrMany<T>(values: T[]): T | T[] | undefined {
  if (values.length === 0) return undefined
  return values.length === 1 ? values[0] : values
}

const nonEmpty = (text: string | null | undefined): string | undefined =>
  text && text.trim() ? text.trim() : undefined

export function organization(input: OrganizationInput): Exclude<Organization, string> {
  const logo: ImageObject | undefined = input.logoUrl
    ? { '@type': 'ImageObject', url: input.logoUrl }
    : undefined
  return { '@type': 'Organization', name: input.name, url: input.url, logo }
}

function person(input: PersonInput): Exclude<Person, string> {
  return { '@type': 'Person', name: input.name, url: input.url, jobTitle: input.role }
}

/** The people a byline credits (with their roles), else the organisation it names, else nothing. */
function creditedAuthor(byline: string | null | undefined) {
  const credits = bylineCredits(byline)
  if (credits.people.length) return oneOrMany(credits.people.map(person))
  if (credits.organisation) return organization({ name: credits.organisation })
  return undefined
}

export function creativeWork(source: SourceInput): Exclude<CreativeWork, string> {
  const author = creditedAuthor(source.author)
  return {
    '@type': 'CreativeWork',
    name: nonEmpty(source.title),
    url: source.url ?? undefined,
    author,
    publisher: source.outlet ? organization({ name: source.outlet }) : undefined,
    datePublished: isoDate(source.publishedDate),
  }
}

function truncate(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/**
 * Who wrote it: the structured authors, else the people the byline credits (本报记者 张三 → 张三,
 * a reporter), else the organisation it names (国家安全部有关负责人 → 国家安全部), else the publisher.
 */
function authorsOf(input: ArticleInput) {
  if (input.authors?.length) return oneOrMany(input.authors.map(person))
  return creditedAuthor(input.byline) ?? organization(input.publisher)
}

/** The cover, else the site's default image: Google wants an image on every article. */
function imagesOf(input: ArticleInput): string[] {
  if (input.imageUrls?.length) return input.imageUrls
  return input.publisher.defaultImageUrl ? [input.publisher.defaultImageUrl] : []
}

export function articleJsonLd(
  input: ArticleInput,
): WithContext<Article> | WithContext<NewsArticle> {
  const common = {
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    headline: truncate(input.headline.trim(), HEADLINE_MAX),
    description: nonEmpty(input.description),
    datePublished: isoDate(input.datePublished),
    dateModified: isoDate(input.dateModified ?? input.datePublished),
    inLanguage: input.inLanguage,
    author: authorsOf(input),
    publisher: organization(input.publisher),
    image: oneOrMany(imagesOf(input)),
    keywords: input.keywords?.length ? input.keywords.join(', ') : undefined,
    wordCount: input.wordCount,
    citation: input.citations?.length ? input.citations.map(creativeWork) : undefined,
    isBasedOn: input.basedOn?.length ? input.basedOn.map(creativeWork) : undefined,
    correction: input.corrections?.length
      ? input.corrections.map((c): CorrectionComment => ({
          '@type': 'CorrectionComment',
          text: c.text,
          datePublished: isoDate(c.datePublished),
        }))
      : undefined,
  } as const
  return input.type === 'NewsArticle'
    ? { '@context': CONTEXT, '@type': 'NewsArticle', ...common }
    : { '@context': CONTEXT, '@type': 'Article', ...common }
}

export interface FaqInput {
  url?: string
  inLanguage: string
  name?: string
  items: Array<{ question: string; answer: string }>
}

export function faqPageJsonLd(input: FaqInput): WithContext<FAQPage> {
  const questions = input.items
    .filter((item) => item.question.trim() && item.answer.trim())
    .map((item): Question => ({
      '@type': 'Question',
      name: item.question.trim(),
      acceptedAnswer: { '@type': 'Answer', text: item.answer.trim() },
    }))
  return {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    url: input.url,
    name: nonEmpty(input.name),
    inLanguage: input.inLanguage,
    mainEntity: questions.length ? questions : undefined,
  }
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

/** A term as part of its set, or (with `setUrl`) on its own page; DefinedTerm has no inLanguage. */
export function definedTermJsonLd(
  term: DefinedTermInput,
  setUrl?: string,
): Exclude<DefinedTerm, string> {
  return {
    '@type': 'DefinedTerm',
    '@id': term.url,
    name: term.term,
    url: term.url,
    description: nonEmpty(term.description),
    termCode: term.termCode,
    alternateName: term.alternateNames?.length ? term.alternateNames : undefined,
    inDefinedTermSet: setUrl,
  }
}

/** A term's own page. */
export function definedTermPageJsonLd(
  term: DefinedTermInput,
  setUrl: string,
): WithContext<DefinedTerm> {
  return { '@context': CONTEXT, ...definedTermJsonLd(term, setUrl) }
}

export function definedTermSetJsonLd(input: DefinedTermSetInput): WithContext<DefinedTermSet> {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: nonEmpty(input.description),
    inLanguage: input.inLanguage,
    hasDefinedTerm: input.terms.map((term) => definedTermJsonLd(term, input.url)),
  }
}

/** A <script type="application/ld+json"> element; `<` is escaped so text can never close the script. */
export function jsonLdScriptTag(data: JsonLd | JsonLd[]): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return `<script type="application/ld+json">${json}</script>`
}
