import { createHash } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import type { DocId } from '../../db/ids.js'
import type { GlossaryTerm } from '../autolink.js'
import type { RefKey, Refs } from '../read/refs.js'
import type { Script } from '../script.js'
import type { DeliverySettings } from '../settings.js'

/**
 * Presented documents (a list's summaries, a feed's items, an article page) kept by version, so
 * that a render after a cache invalidation presents again only what changed. Every publish clears
 * the response cache, while nine of the ten articles on a list, and 49 of the 50 in a feed, are
 * as they were; uncached, a 50-item feed cost 59–81 ms CPU at 10,000 articles, three quarters of
 * it reading full documents and rendering their bodies (bench:render).
 *
 * A presented value depends on the document's version (id and updatedAt), on the related
 * documents it shows (topics, cover, sources, laws, what its body cites and links to) and on the
 * render's context (script, settings, glossary terms). The first two are in the key and the deps,
 * the related documents by their version *as the public reads them now* (absent when it may not
 * read them), so an entry is used only when all of it is unchanged, and never goes stale: a renamed
 * topic, an unverified source or another SITE_NAME makes different deps, and the value is
 * presented again. What a version refers to is fixed with the version, and kept too, so that a
 * page reads only the ids and versions of its documents and the full documents only where it
 * presents again.
 */
const VERSIONS_MAX = 50_000

interface Entry<P> {
  deps: string
  value: P
}

/** A rough size, in characters, of a presented value (its JSON without the quoting). */
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return value.length
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + sizeOf(v), 0)
  if (value && typeof value === 'object')
    return Object.entries(value).reduce((n, [k, v]) => n + k.length + sizeOf(v), 0)
  return 8
}

export interface Versioned {
  id: DocId
  updatedAt?: string | null
}

export interface PresentVersionsOptions<D extends Versioned, P> {
  /** The documents in order, read with at least their id and updatedAt. */
  docs: D[]
  /** What else the value depends on: script, settings, glossary terms. */
  context: string
  refs: Refs
  /** The documents with everything `present` needs, by id (the public's access); missing ones are left out. */
  readFull: (ids: DocId[]) => Promise<D[]>
  /** Wants in `refs` what the full document shows; returns the document `present` takes. */
  prepare: (refs: Refs, doc: D) => D
  present: (doc: D) => P | Promise<P>
}

const termsFingerprints = new WeakMap<GlossaryTerm[], string>()

/**
 * The context part of the deps: the script, the settings (site name and URLs end up in what is
 * presented) and, for what renders bodies, the glossary terms they are auto-linked to (a digest,
 * computed once per terms list: the list is memoized per cache generation).
 */
export function presentationContext(
  script: Script,
  settings: DeliverySettings,
  terms?: GlossaryTerm[],
): string {
  let fingerprint = terms ? termsFingerprints.get(terms) : ''
  if (terms && fingerprint === undefined) {
    fingerprint = createHash('sha1').update(JSON.stringify(terms)).digest('base64')
    termsFingerprints.set(terms, fingerprint)
  }
  return `${script}\u0000${JSON.stringify(settings)}\u0000${fingerprint}`
}

const versionKey = (doc: Versioned) => `${doc.id}\u0000${doc.updatedAt}`

function depsOf(context: string, refs: Refs, wanted: RefKey[]): string {
  let deps = context
  for (const [collection, id] of wanted) {
    const doc: { updatedAt?: string | null } | undefined = refs.get(collection, id)
    deps += `\u0000${collection}:${id}:${doc ? doc.updatedAt : '-'}`
  }
  return deps
}

/** The presented values of one kind (a list's summaries, a feed's items…), kept by version. */
export class PresentedVersions<D extends Versioned, P> {
  /** Values by version, sized by their text (about 2 bytes a character). */
  private readonly presented: LRUCache<string, Entry<P>>
  /** What each version refers to (a summary wants fewer related documents than a page). */
  private readonly references = new LRUCache<string, RefKey[]>({ max: VERSIONS_MAX })

  /** `size` estimates what a value holds in characters, with what is kept alongside it. */
  constructor(maxCharacters: number, size: (value: P) => number = sizeOf) {
    this.presented = new LRUCache<string, Entry<P>>({
      maxSize: maxCharacters,
      sizeCalculation: (entry, key) => key.length + entry.deps.length + size(entry.value) || 1,
    })
  }

  /**
   * The presented values of `docs`, in their order: from the memo where the version and everything it
   * depends on are unchanged, otherwise presented from the full document (read in one batch) and kept.
   * A document whose full read finds nothing (unpublished in between) is left out.
   */
  async present(options: PresentVersionsOptions<D, P>): Promise<P[]> {
    const { docs, context, refs } = options
    const prepared = new Map<string, { doc: D; wanted: RefKey[] }>()
    const readAndPrepare = async (ids: DocId[]) => {
      if (!ids.length) return
      for (const full of await options.readFull(ids)) {
        const { result, wanted } = refs.record(() => options.prepare(refs, full))
        this.references.set(versionKey(full), wanted)
        prepared.set(String(full.id), { doc: result, wanted })
      }
    }

    // What each version refers to; the versions never seen here are read in full.
    const known = new Map<string, RefKey[]>()
    for (const doc of docs) {
      const wanted = doc.updatedAt ? this.references.get(versionKey(doc)) : undefined
      if (!wanted) continue
      known.set(String(doc.id), wanted)
      for (const [collection, id] of wanted) refs.want(collection, id)
    }
    await readAndPrepare(docs.filter((doc) => !known.has(String(doc.id))).map((doc) => doc.id))
    await refs.load()

    // Kept values whose deps are unchanged; the others are read (if not yet) and presented.
    const values = new Map<string, P>()
    const stale: DocId[] = []
    for (const doc of docs) {
      if (prepared.has(String(doc.id))) continue
      const entry = this.presented.get(versionKey(doc))
      if (entry && entry.deps === depsOf(context, refs, known.get(String(doc.id))!))
        values.set(String(doc.id), entry.value)
      else stale.push(doc.id)
    }
    await readAndPrepare(stale)
    await refs.load()
    for (const [id, { doc, wanted }] of prepared) {
      const value = await options.present(doc)
      this.presented.set(versionKey(doc), { deps: depsOf(context, refs, wanted), value })
      values.set(id, value)
    }
    return docs.flatMap((doc) => {
      const value = values.get(String(doc.id))
      return value === undefined ? [] : [value]
    })
  }
}
