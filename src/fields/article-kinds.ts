/**
 * The kinds of article, in one place: the Article collection's select, the importer's detected
 * kind and the delivery API's documented enums all read this list. A module of its own, without
 * Payload or Lexical, so the importer's worker and the OpenAPI generator can load it in a bare
 * Node process (importing collections/Articles.ts there pulls in @payloadcms/richtext-lexical).
 */
export const ARTICLE_KINDS = [
  'explainer',
  'commentary',
  'interview',
  'news',
  'document',
  'quiz',
  'glossary',
  'law',
  'study-notes',
] as const

export type ArticleKind = (typeof ARTICLE_KINDS)[number]
