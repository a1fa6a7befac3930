import { convertForScript, type Script } from '../script.js'
import { siteUrls, type DeliverySettings } from '../settings.js'
import { optionalTextFor, textFor } from '../read/localized.js'
import type { Refs } from '../read/refs.js'
import type { Article, Media, Source, Topic } from '../read/types.js'
import { relationIdOf, type DocId } from '../../db/ids.js'
import type { Payload } from 'payload'
import { sourceTimeToIso } from '../../text/datetime.js'

export interface PresentContext {
  payload: Payload
  script: Script
  settings: DeliverySettings
  refs: Refs
}

export const MEDIA_SIZES = ['thumbnail', 'card', 'wechat-cover', 'square'] as const

export interface ImageVariant {
  url: string
  width?: number
  height?: number
}

export interface Cover {
  alt: string
  credit?: string
  original: ImageVariant
  sizes: Partial<Record<(typeof MEDIA_SIZES)[number], ImageVariant>>
}

/** Media URLs are served by this server (/api/media/file/…): make them absolute. */
export function absoluteUrl(url: unknown, base: string): string | undefined {
  if (typeof url !== 'string' || !url) return undefined
  return /^https?:\/\//i.test(url) ? url : `${base}${url.startsWith('/') ? '' : '/'}${url}`
}

type StoredImage = { url?: string | null; width?: number | null; height?: number | null }

function variant(record: StoredImage | undefined, base: string): ImageVariant | undefined {
  const url = absoluteUrl(record?.url, base)
  if (!url) return undefined
  return {
    url,
    width: typeof record?.width === 'number' ? record.width : undefined,
    height: typeof record?.height === 'number' ? record.height : undefined,
  }
}

export function presentCover(media: Media | undefined, ctx: PresentContext): Cover | undefined {
  if (!media) return undefined
  const original = variant(media, ctx.settings.apiUrl)
  if (!original) return undefined
  const sizes: Cover['sizes'] = {}
  for (const name of MEDIA_SIZES) {
    const size = variant(media.sizes?.[name], ctx.settings.apiUrl)
    if (size) sizes[name] = size
  }
  return {
    alt: textFor(media.alt, ctx.script),
    credit: typeof media.credit === 'string' && media.credit ? media.credit : undefined,
    original,
    sizes,
  }
}

export interface TopicRef {
  slug: string
  name: string
  url: string
  api: string
}

export function presentTopicRef(topic: Topic, ctx: PresentContext): TopicRef {
  const slug = String(topic.slug)
  return {
    slug,
    name: textFor(topic.name, ctx.script),
    url: siteUrls.topic(ctx.settings.siteUrl, slug),
    api: `${ctx.settings.apiUrl}/v1/topics/${slug}`,
  }
}

export interface PublicSource {
  title?: string
  outlet?: string
  url?: string
  publishedDate?: string
  author?: string
}

/** The public fields of a verified Source (never rights, verification notes or the raw text). */
export function presentSource(source: Source, script: Script): PublicSource {
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() ? convertForScript(value.trim(), script) : undefined
  return {
    title: text(source.title),
    outlet: text(source.outlet),
    url: typeof source.url === 'string' && source.url ? source.url : undefined,
    publishedDate:
      typeof source.publishedDate === 'string' && source.publishedDate
        ? source.publishedDate
        : undefined,
    author: text(source.author),
  }
}

export interface SourceLink extends PublicSource {
  role: string
}

/** The `sources` array that articles, Q&A and glossary terms share (src/fields/provenance.ts). */
type SourceRows = Article['sources']
/** The `legalBasis` array they share, read with every locale. */
type LegalBasisRows = Article['legalBasis']

type SourceRow = NonNullable<SourceRows>[number]
type LegalBasisRow = NonNullable<LegalBasisRows>[number]

/**
 * A presenter of an item's array of links (sources, legal basis): each row with the document it
 * links to, presented; a row whose document is not among the loaded refs (the public may not read
 * it: unpublished, unverified) is left out.
 */
function linkedRowsPresenter<Row, Linked, Presented>(
  linked: (row: Row, refs: Refs) => Linked | undefined,
  present: (row: Row, linked: Linked, ctx: PresentContext) => Presented,
): (rows: readonly Row[] | null | undefined, ctx: PresentContext) => Presented[] {
  return (rows, ctx) =>
    (rows ?? []).flatMap((row) => {
      const doc = linked(row, ctx.refs)
      return doc ? [present(row, doc, ctx)] : []
    })
}

/** An item's `sources` array, keeping only sources the public may read (verified ones). */
export const presentSourceLinks = linkedRowsPresenter(
  (row: SourceRow, refs) => refs.get('sources', row?.source),
  (row, source, ctx): SourceLink => ({
    role: typeof row.role === 'string' ? row.role : 'cites',
    ...presentSource(source, ctx.script),
  }),
)

export function wantSourceLinks(refs: Refs, rows: SourceRows | undefined): void {
  for (const row of rows ?? []) refs.want('sources', row?.source)
}

export interface LegalBasis {
  law: { name: string; shortName?: string; url?: string }
  article?: string
  text?: string
}

export function wantLegalBasis(refs: Refs, rows: LegalBasisRows | undefined): void {
  for (const row of rows ?? []) refs.want('laws', row?.law)
}

/** The sources and laws an item rests on (its `sources` and `legalBasis` arrays), for one batched read each. */
export function wantSourcesAndLaws(
  refs: Refs,
  doc: { sources?: SourceRows; legalBasis?: LegalBasisRows },
): void {
  wantSourceLinks(refs, doc.sources)
  wantLegalBasis(refs, doc.legalBasis)
}

/** An item's `legalBasis` array, each row with its law; a row whose law the reader may not see is left out. */
export const presentLegalBasis = linkedRowsPresenter(
  (row: LegalBasisRow, refs) => refs.get('laws', row?.law),
  (row, law, ctx): LegalBasis => ({
    law: {
      name: textFor(law.name, ctx.script),
      shortName: optionalTextFor(law.shortName, ctx.script),
      url: typeof law.url === 'string' && law.url ? law.url : undefined,
    },
    article:
      typeof row.article === 'string' && row.article
        ? convertForScript(row.article, ctx.script)
        : undefined,
    text: optionalTextFor(row.text, ctx.script),
  }),
)

export function ids(values: unknown): DocId[] {
  return (Array.isArray(values) ? values : [values])
    .map(relationIdOf)
    .filter((id): id is DocId => id !== undefined)
}

/** A stored timestamp as ISO 8601; one without a zone is read in the source zone, not the server's. */
export function isoOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? sourceTimeToIso(value) : undefined
}
