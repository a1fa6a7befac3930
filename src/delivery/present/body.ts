import { relationIdOf, type DocId } from '../../db/ids.js'
import { isLinkable, type Linkable } from '../../richtext/linkable.js'
import { autoLinkGlossary, type GlossaryTerm } from '../autolink.js'
import {
  isRecord,
  readingTimeMinutes,
  renderRichText,
  type Heading,
  type LexicalNode,
  type LexicalState,
} from '../lexical-html.js'
import { convertForScript } from '../script.js'
import { siteUrls } from '../settings.js'
import { textFor } from '../read/localized.js'
import type { Refs } from '../read/refs.js'
import type { LocaleMap } from '../read/types.js'
import { absoluteUrl, presentSource, type PresentContext, type PublicSource } from './common.js'

interface BodyRef {
  collection: 'sources' | 'media' | Linkable
  id: DocId
}

/** `{ relationTo, value }` with a bare id, when it names a linkable collection; else undefined. */
function bareReference(
  relationTo: unknown,
  value: unknown,
  found: BodyRef[],
): { relationTo: Linkable; value: DocId } | undefined {
  const id = relationIdOf(value)
  if (!isLinkable(relationTo) || id === undefined) return undefined
  found.push({ collection: relationTo, id })
  return { relationTo, value: id }
}

/**
 * A copy of the state in which every reference is a bare id. Payload may have populated some of them;
 * ids are then resolved only through our public-access reads, so nothing unverified slips in.
 */
function withBareIds(state: LexicalState, found: BodyRef[]): LexicalState {
  const walk = (node: LexicalNode): LexicalNode => {
    const copy: LexicalNode = { ...node }
    const fields = isRecord(node.fields) ? node.fields : undefined
    if (node.type === 'inlineBlock' && fields) {
      const key =
        fields.blockType === 'citation'
          ? 'source'
          : fields.blockType === 'glossaryMark'
            ? 'term'
            : undefined
      const id = key ? relationIdOf(fields[key]) : undefined
      if (key && id !== undefined) {
        copy.fields = { ...fields, [key]: id }
        found.push({ collection: key === 'source' ? 'sources' : 'glossary-terms', id })
      }
    }
    // Internal links and relationship nodes resolve through the same public reads as the rest:
    // a target the public cannot read (a draft, a retracted term) resolves to nothing.
    if ((node.type === 'link' || node.type === 'autolink') && fields?.linkType === 'internal') {
      const doc = isRecord(fields.doc) ? fields.doc : undefined
      const bare = doc && bareReference(doc.relationTo, doc.value, found)
      if (bare) copy.fields = { ...fields, doc: bare }
    }
    if (node.type === 'relationship') {
      const bare = bareReference(node.relationTo, node.value, found)
      if (bare) copy.value = bare.value
    }
    // Only media uploads are public; the renderer reports an upload from any other collection.
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = relationIdOf(node.value)
      if (id !== undefined) {
        copy.value = id
        found.push({ collection: 'media', id })
      }
    }
    if (Array.isArray(node.children)) copy.children = node.children.map(walk)
    return copy
  }
  return { ...state, root: walk(state.root) }
}

export function wantBodyRefs(
  refs: Refs,
  state: LexicalState | undefined,
): LexicalState | undefined {
  if (!state) return undefined
  const found: BodyRef[] = []
  const bare = withBareIds(state, found)
  for (const ref of found) refs.want(ref.collection, ref.id)
  return bare
}

/** wantBodyRefs for each locale of a rich-text field read with `locale: 'all'`. */
export function wantLocalizedBodyRefs(
  refs: Refs,
  body: LocaleMap<LexicalState>,
): LocaleMap<LexicalState> {
  const prepared: LocaleMap<LexicalState> = {}
  for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
    const state = body[locale]
    if (locale in body) prepared[locale] = wantBodyRefs(refs, state ?? undefined) ?? state
  }
  return prepared
}

export interface RenderedBody {
  html: string
  text: string
  headings: Heading[]
  citations: Array<PublicSource & { n: number; locators: string[] }>
  readingTimeMinutes: number
}

export interface BodyOptions {
  /** The body after wantBodyRefs + refs.load(). */
  state: LexicalState | undefined
  /** False only when the rendered text is already in the delivered script. */
  needsConversion: boolean
  terms: GlossaryTerm[]
  /** A term page does not link to itself. */
  excludeTermSlug?: string
  /** The converter set (renderRichText's `converters`): WeChat's for bodies sent to WeChat. */
  converters?: 'web' | 'wechat'
}

/** The public page of a published document rich text refers to: its URL and title. */
function linkedPage(
  { refs, script, settings }: PresentContext,
  { relationTo, value }: { relationTo: string; value: unknown },
): { url: string; title: string } | undefined {
  const site = settings.siteUrl
  switch (relationTo) {
    case 'articles': {
      const doc = refs.get('articles', value)
      return (
        doc && { url: siteUrls.article(site, String(doc.slug)), title: textFor(doc.title, script) }
      )
    }
    case 'qa-sets': {
      const doc = refs.get('qa-sets', value)
      return (
        doc && { url: siteUrls.qaSet(site, String(doc.slug)), title: textFor(doc.title, script) }
      )
    }
    case 'glossary-terms': {
      const doc = refs.get('glossary-terms', value)
      return doc && { url: siteUrls.term(site, String(doc.slug)), title: textFor(doc.term, script) }
    }
    case 'topics': {
      const doc = refs.get('topics', value)
      return (
        doc && { url: siteUrls.topic(site, String(doc.slug)), title: textFor(doc.name, script) }
      )
    }
    default:
      return undefined
  }
}

export function renderBody(ctx: PresentContext, options: BodyOptions): RenderedBody {
  const { script, settings, refs } = ctx
  const rendered = renderRichText(options.state, {
    resolveSource: (id) => {
      const source = refs.get('sources', id)
      return source ? { id: source.id, ...presentSource(source, script) } : undefined
    },
    resolveTerm: (id) => {
      const term = refs.get('glossary-terms', id)
      return term
        ? {
            id: term.id,
            slug: String(term.slug),
            term: textFor(term.term, script),
            definition: textFor(term.definition, script),
          }
        : undefined
    },
    termUrl: (slug) => siteUrls.term(settings.siteUrl, slug),
    resolveMedia: (id) => {
      const media = refs.get('media', id)
      if (!media) return undefined
      return {
        id: media.id,
        url: absoluteUrl(media.url, settings.apiUrl),
        alt: textFor(media.alt, script),
        width: media.width,
        height: media.height,
        mimeType: media.mimeType,
        filename: media.filename,
      }
    },
    internalLinkUrl: (doc) => linkedPage(ctx, doc)?.url,
    relatedDocument: (doc) => linkedPage(ctx, doc),
    notesHeading: convertForScript('注释', script),
    converters: options.converters,
  })
  const convert = (text: string) =>
    options.needsConversion ? convertForScript(text, script) : text
  const html = autoLinkGlossary(convert(rendered.html), options.terms, {
    url: (slug) => siteUrls.term(settings.siteUrl, slug),
    exclude: options.excludeTermSlug ? [options.excludeTermSlug] : [],
  })
  const text = convert(rendered.text)
  return {
    html,
    text,
    headings: rendered.headings.map((heading) => ({ ...heading, text: convert(heading.text) })),
    citations: rendered.citations.map((citation) => {
      const source = refs.get('sources', citation.source.id)
      return {
        n: citation.n,
        ...(source ? presentSource(source, script) : {}),
        locators: citation.locators.map((locator) => convertForScript(locator, script)),
      }
    }),
    readingTimeMinutes: readingTimeMinutes(text),
  }
}
