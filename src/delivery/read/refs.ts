import type { CollectionSlug, Payload } from 'payload'

export type DocId = string | number
export type Doc = Record<string, unknown> & { id: DocId }

/** The fields the public may see of each related collection (field access strips the rest anyway). */
const PUBLIC_SELECT: Partial<Record<string, Record<string, true>>> = {
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
  // media: no select, so that Payload still computes url and sizes.*.url
}

export function idOf(value: unknown): DocId | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return undefined
}

/**
 * Batch resolver for relationships: ids are collected for a whole page, then each related collection
 * is read once, with the public's access rules (only published documents, only verified sources).
 * A reference the public may not read resolves to nothing.
 */
export class Refs {
  private readonly wanted = new Map<string, Set<DocId>>()
  private readonly loaded = new Map<string, Map<string, Doc>>()

  constructor(private readonly payload: Payload) {}

  want(collection: string, value: unknown): void {
    const values = Array.isArray(value) ? value : [value]
    for (const item of values) {
      const id = idOf(item)
      if (id === undefined) continue
      if (!this.wanted.has(collection)) this.wanted.set(collection, new Set())
      this.wanted.get(collection)!.add(id)
    }
  }

  async load(): Promise<this> {
    await Promise.all(
      [...this.wanted].map(async ([collection, ids]) => {
        const known = this.loaded.get(collection) ?? new Map<string, Doc>()
        const missing = [...ids].filter((id) => !known.has(String(id)))
        this.loaded.set(collection, known)
        if (!missing.length) return
        const result = await this.payload.find({
          collection: collection as CollectionSlug,
          where: { id: { in: missing } },
          overrideAccess: false,
          locale: 'all',
          depth: 0,
          pagination: false,
          select: PUBLIC_SELECT[collection] as never,
        })
        for (const doc of result.docs as unknown as Doc[]) known.set(String(doc.id), doc)
      }),
    )
    this.wanted.clear()
    return this
  }

  get(collection: string, value: unknown): Doc | undefined {
    const id = idOf(value)
    return id === undefined ? undefined : this.loaded.get(collection)?.get(String(id))
  }

  all(collection: string, values: unknown): Doc[] {
    return (Array.isArray(values) ? values : [])
      .map((value) => this.get(collection, value))
      .filter((doc): doc is Doc => !!doc)
  }
}
