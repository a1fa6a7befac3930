import type { ARTICLE_KINDS } from '../../../collections/Articles.js'

type ArticleKind = (typeof ARTICLE_KINDS)[number]

/**
 * The article kinds, for the document's `kind` enums. Not imported as a value: collections/
 * Articles.ts loads @payloadcms/richtext-lexical, and importing that in a bare Node process (the
 * type generator) ended it silently about one time in three (exit 13, an unsettled top-level
 * await). tsc checks the list against ARTICLE_KINDS both ways, and the tests against the running
 * server's config.
 */
export const DOCUMENTED_ARTICLE_KINDS = [
  'explainer',
  'commentary',
  'interview',
  'news',
  'document',
  'quiz',
  'glossary',
  'law',
  'study-notes',
] as const satisfies readonly ArticleKind[]

/** Compiles only when every kind of ARTICLE_KINDS is listed above. */
type AssertNone<T extends never> = T
export type EveryArticleKindDocumented = AssertNone<
  Exclude<ArticleKind, (typeof DOCUMENTED_ARTICLE_KINDS)[number]>
>
