import type { Config } from '../../payload-types.js'
import type { LexicalState } from '../lexical-html.js'

/** How a localized field arrives from a read with `locale: 'all'`: one value per locale. */
export type LocaleMap<T> = { 'zh-Hans'?: T | null; 'zh-Hant'?: T | null }

/** `T` with its localized fields `K` as a `locale: 'all'` read returns them. */
export type AllLocales<T, K extends keyof T> = Omit<T, K> & {
  [P in K]?: LocaleMap<NonNullable<T[P]>>
}

type Row<T> = NonNullable<T> extends ReadonlyArray<infer R> ? R : never
/** An array field whose rows hold localized fields `K`. */
type LocalizedRows<T, K extends keyof Row<T>> = Array<AllLocales<Row<T>, K>> | null
type Collections = Config['collections']
/** src/fields/provenance.ts's legalBasisField, shared by articles, Q&A entries and glossary terms. */
type LegalBasisRows = LocalizedRows<Collections['articles']['legalBasis'], 'text'>

/**
 * Rich text is read as the renderer's LexicalState, which the generated rich-text type widens to.
 *
 * The delivered collections as read with `locale: 'all'` (Payload's generated types describe
 * single-locale reads). The field lists follow `localized: true` in collections/ and src/fields/.
 */
export interface DeliveredDocs {
  articles: AllLocales<
    Omit<Collections['articles'], 'body' | 'legalBasis' | 'corrections' | 'retraction'>,
    'title' | 'summary' | 'byline'
  > & {
    body?: LocaleMap<LexicalState>
    legalBasis?: LegalBasisRows
    corrections?: LocalizedRows<Collections['articles']['corrections'], 'text'>
    retraction?: AllLocales<NonNullable<Collections['articles']['retraction']>, 'reason'>
  }
  'qa-sets': AllLocales<Collections['qa-sets'], 'title' | 'summary'>
  'qa-entries': AllLocales<
    Omit<Collections['qa-entries'], 'answer' | 'legalBasis'>,
    'question' | 'summary'
  > & { answer?: LocaleMap<LexicalState>; legalBasis?: LegalBasisRows }
  'glossary-terms': AllLocales<Omit<Collections['glossary-terms'], 'legalBasis'>, 'definition'> & {
    legalBasis?: LegalBasisRows
  }
  topics: AllLocales<Collections['topics'], 'name' | 'description'>
  laws: AllLocales<Collections['laws'], 'name' | 'shortName' | 'issuingBody'>
  sources: Collections['sources']
  media: AllLocales<Collections['media'], 'alt'>
}

export type DeliveredSlug = keyof DeliveredDocs
export type DeliveredDoc<C extends DeliveredSlug> = DeliveredDocs[C]

export type Article = DeliveredDoc<'articles'>
export type QaSet = DeliveredDoc<'qa-sets'>
export type QaEntry = DeliveredDoc<'qa-entries'>
export type GlossaryTermDoc = DeliveredDoc<'glossary-terms'>
export type Topic = DeliveredDoc<'topics'>
export type Law = DeliveredDoc<'laws'>
export type Source = DeliveredDoc<'sources'>
export type Media = DeliveredDoc<'media'>
