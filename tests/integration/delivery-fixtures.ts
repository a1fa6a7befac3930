// Content for the delivery tests, written through the Local API as trusted server code (no user).
import sharp from 'sharp'
import { cms } from '../support/cms.js'
import * as lexical from '../support/lexical.js'
import {
  blockId,
  heading,
  link,
  paragraph,
  root,
  text,
  upload,
  type LexicalState,
} from '../support/lexical.js'

type Id = number | string

export const run = Math.random().toString(36).slice(2, 8)
/** Slugs unique to one test file (its prefix) and one run (`run`), so files and reruns never collide. */
export const slugsFor =
  (prefix: string) =>
  (name: string): string =>
    `${prefix}-${name}-${run}`

export { heading, link, paragraph, root, text, upload }
export const p = (value: string) => paragraph(text(value))
/** A citation as the editor stores it, with a fresh block id. */
export const citation = (source: Id, locator?: string) =>
  lexical.citation(blockId('c'), source, locator)
/** A Q&A block as the editor stores it, with a fresh block id. */
export const qaPair = (question: string, answer: string) =>
  lexical.qaPair(blockId('q'), question, answer)
/** A paragraph of `value` followed by a citation of `source`. */
export const cited = (value: string, source: Id, locator?: string) =>
  paragraph(text(value), citation(source, locator))
export const script = () => p('<script>alert(1)</script>')

const payload = () => cms().payload

export async function createTopic(name: string, slug: string, nameHant?: string): Promise<Id> {
  const topic = await payload().create({
    collection: 'topics',
    data: { name, slug, _status: 'published' } as never,
  })
  if (nameHant)
    await payload().update({
      collection: 'topics',
      id: topic.id,
      locale: 'zh-Hant',
      data: { name: nameHant } as never,
    })
  return topic.id
}

export async function createSource(
  title: string,
  verified: boolean,
  extra: Record<string, unknown> = {},
): Promise<Id> {
  const source = await payload().create({
    collection: 'sources',
    data: {
      title,
      outlet: '新华社',
      url: `https://example.org/${encodeURIComponent(title)}`,
      author: '记者',
      publishedDate: '2024-10-09',
      rights: { status: 'official-public', licence: `SECRET-LICENCE-${title}` },
      verification: {
        status: verified ? 'verified' : 'unverified',
        notes: `SECRET-NOTES-${title}`,
      },
      rawSnapshot: `RAW-SNAPSHOT-${title}`,
      ...extra,
    } as never,
  })
  return source.id
}

export async function createImage(alt: string, width = 1200, height = 800): Promise<Id> {
  const png = await sharp({
    create: { width, height, channels: 3, background: { r: 183, g: 28, b: 28 } },
  })
    .png()
    .toBuffer()
  const media = await payload().create({
    collection: 'media',
    data: { alt } as never,
    file: {
      data: png,
      mimetype: 'image/png',
      name: `img-${run}-${Math.random().toString(16).slice(2, 8)}.png`,
      size: png.length,
    },
  })
  return media.id
}

export async function createTerm(
  term: string,
  slug: string,
  definition: string,
  options: { aliases?: string[]; published?: boolean } = {},
): Promise<Id> {
  const doc = await payload().create({
    collection: 'glossary-terms',
    data: {
      term,
      slug,
      definition,
      aliases: options.aliases ?? [],
      _status: options.published === false ? 'draft' : 'published',
    } as never,
    draft: options.published === false,
  })
  return doc.id
}

export interface ArticleInput {
  title: string
  slug: string
  body?: LexicalState
  summary?: string
  kind?: string
  tags?: string[]
  topics?: Id[]
  coverImage?: Id
  byline?: string
  sources?: Array<{ source: Id; role: string }>
  publishedAt?: string
  published?: boolean
  qualityFlags?: Array<{ type: string; message: string; resolved?: boolean }>
}

export async function createArticle(input: ArticleInput): Promise<Id> {
  const { published = true, ...data } = input
  const doc = await payload().create({
    collection: 'articles',
    data: { kind: 'explainer', ...data, _status: published ? 'published' : 'draft' } as never,
    draft: !published,
  })
  return doc.id
}

/** Changes an article through the Local API, as trusted server code like `createArticle`. */
export async function updateArticle(
  id: Id,
  data: Record<string, unknown>,
  options: {
    locale?: 'zh-Hans' | 'zh-Hant'
    draft?: boolean
    context?: Record<string, unknown>
  } = {},
): Promise<void> {
  await payload().update({ collection: 'articles', id, data: data as never, ...options })
}

export async function getJson(path: string, headers: Record<string, string> = {}) {
  return cms().http('GET', path, { headers })
}

/** Every string of a JSON value, for "this text appears nowhere" checks. */
export function allText(value: unknown): string {
  return JSON.stringify(value)
}
