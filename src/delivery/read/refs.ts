import type { Payload } from 'payload'
import type { Config } from '../../payload-types.js'
import { relationIdOf, type DocId } from '../../db/ids.js'
import { readAllLocales } from './content.js'
import type { DeliveredDoc } from './types.js'

/** The collections a delivered document refers to. */
export type RefCollection =
  | 'topics'
  | 'sources'
  | 'laws'
  | 'glossary-terms'
  | 'qa-entries'
  | 'media'
  // Targets of internal links and relationship nodes in rich text: only their URL and title.
  | 'articles'
  | 'qa-sets'

/** The fields the public may see of each related collection (field access strips the rest anyway). */
const PUBLIC_SELECT: { [C in RefCollection]?: Config['collectionsSelect'][C] } = {
  topics: { name: true, slug: true, description: true, parent: true, updatedAt: true },
  sources: {
    title: true,
    outlet: true,
    outletType: true,
    url: true,
    author: true,
    publishedDate: true,
    updatedAt: true,
  },
  laws: {
    name: true,
    shortName: true,
    slug: true,
    url: true,
    issuingBody: true,
    effectiveAt: true,
    updatedAt: true,
  },
  'glossary-terms': {
    term: true,
    slug: true,
    aliases: true,
    definition: true,
    pinyin: true,
    updatedAt: true,
  },
  'qa-entries': { question: true, slug: true, set: true, updatedAt: true },
  articles: { title: true, slug: true, updatedAt: true },
  'qa-sets': { title: true, slug: true, updatedAt: true },
  // media: no select, so that Payload still computes url and sizes.*.url
}

/** One related document: its collection and id. */
export type RefKey = readonly [RefCollection, DocId]

type Loaded = { [C in RefCollection]: Map<string, DeliveredDoc<C>> }

/**
 * Batch resolver for relationships: ids are collected for a whole page, then each related collection
 * is read once, with the public's access rules (only published documents, only verified sources).
 * A reference the public may not read resolves to nothing.
 */
export class Refs {
  private readonly wanted = new Map<RefCollection, Set<DocId>>()
  private readonly loaded: Loaded = {
    topics: new Map(),
    sources: new Map(),
    laws: new Map(),
    'glossary-terms': new Map(),
    'qa-entries': new Map(),
    media: new Map(),
    articles: new Map(),
    'qa-sets': new Map(),
  }

  private recording?: RefKey[]

  constructor(private readonly payload: Payload) {}

  want(collection: RefCollection, value: unknown): void {
    const values = Array.isArray(value) ? value : [value]
    for (const item of values) {
      const id = relationIdOf(item)
      if (id === undefined) continue
      this.recording?.push([collection, id])
      if (!this.wanted.has(collection)) this.wanted.set(collection, new Set())
      this.wanted.get(collection)!.add(id)
    }
  }

  /** Runs `fn` and returns what it wanted, besides wanting it: what one document refers to. */
  record<T>(fn: () => T): { result: T; wanted: RefKey[] } {
    const outer = this.recording
    const wanted: RefKey[] = []
    this.recording = wanted
    try {
      return { result: fn(), wanted }
    } finally {
      this.recording = outer
      outer?.push(...wanted)
    }
  }

  async load(): Promise<this> {
    await Promise.all([...this.wanted].map(([collection, ids]) => this.loadInto(collection, ids)))
    this.wanted.clear()
    return this
  }

  private async loadInto<C extends RefCollection>(collection: C, ids: Set<DocId>): Promise<void> {
    const known = this.loaded[collection]
    const missing = [...ids].filter((id) => !known.has(String(id)))
    if (!missing.length) return
    const result = await this.payload.find({
      collection,
      where: { id: { in: missing } },
      overrideAccess: false,
      locale: 'all',
      depth: 0,
      pagination: false,
      select: PUBLIC_SELECT[collection],
    })
    for (const doc of readAllLocales(collection, result.docs)) known.set(String(doc.id), doc)
  }

  get<C extends RefCollection>(collection: C, value: unknown): DeliveredDoc<C> | undefined {
    const id = relationIdOf(value)
    return id === undefined ? undefined : this.loaded[collection].get(String(id))
  }

  all<C extends RefCollection>(collection: C, values: unknown): Array<DeliveredDoc<C>> {
    return (Array.isArray(values) ? values : [])
      .map((value) => this.get(collection, value))
      .filter((doc): doc is DeliveredDoc<C> => !!doc)
  }
}
