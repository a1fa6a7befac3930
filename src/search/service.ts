import type { Payload, PayloadRequest, Where } from 'payload'
import { changeKey, readChangeCounters } from '../db/change-counters.js'
import {
  isSearchCollection,
  loadDocs,
  loadGlossary,
  loadSignatures,
  SEARCH_COLLECTION_SLUGS,
  SEARCH_COLLECTIONS,
  signatureOf,
  toSearchDocument,
  type LoadedDoc,
  type SearchCollection,
  type Signature,
} from './documents.js'
import { SearchIndex } from './search-index.js'
import type { SearchDocument, SearchOptions, SearchResponse } from './types.js'

export interface SearchServiceOptions {
  payload: Payload
  /** How often to catch up with changes made elsewhere (another instance, a script). */
  catchUpIntervalMs?: number
  /**
   * Documents changed this long before the newest change already seen are looked at again:
   * covers writes committed late (long transactions) and clocks of other instances running behind.
   */
  lookbackMs?: number
  /** How often every id and version is compared with the database, whatever the counts say. */
  sweepIntervalMs?: number
  /** Documents (with their text) read per query while building and refreshing. */
  pageSize?: number
  /** Signatures (id, updatedAt, status) read per query while catching up. */
  signaturePageSize?: number
  /**
   * How the service gives the event loop back between batches (default: setImmediate, so that
   * pending I/O — requests, /health — runs first). A test can observe or hold a build with it.
   */
  yieldToEventLoop?: () => Promise<void>
}

/**
 * libsql answers synchronously, so a build or catch-up that only awaited its queries would never
 * let a request in: at 10,000 articles the build held the event loop for 18–22 s and the
 * 60 s sweep for 1.3 s (signatures of every document, one query: 926 ms). The work is cut into
 * batches with a yield between them, and indexing yields within a batch once a slice ran this
 * long (one article of ~3,000 characters takes ~3.6 ms to index, reading one ~0.7 ms). What is
 * left are single steps of the index (array growth in an upsert, up to ~120 ms at 10,000
 * articles) and garbage collection of a ~300 MB heap (30–100 ms pauses).
 */
const SLICE_MS = 10

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export interface SearchServiceStats {
  state: 'idle' | 'building' | 'ready' | 'failed'
  documents: number
  units: number
  buildMs: number | null
  lastCatchUpAt: string | null
  catchUps: number
  sweeps: number
  /** Times building and catching up gave the event loop back. */
  yields: number
}

const COLLECTIONS = SEARCH_COLLECTION_SLUGS

/**
 * Keeps a SearchIndex equal to the database: built at start, updated by collection hooks on
 * this instance, and caught up on an interval with changes made anywhere else.
 *
 * Catch-up has three parts, all reading the latest version of each document (draft: true):
 *  1. documents whose `updatedAt` is at or after (newest seen − lookback) and whose
 *     version signature (updatedAt + status) differs from the indexed one are re-read;
 *  2. deletions: per collection the database count is compared with the indexed ids; when
 *     they differ (something was deleted) every id is compared and the missing ones dropped;
 *  3. when the collection's change counter (src/db/change-counters.ts, bumped in every write's
 *     transaction) moved by more than this instance's own writes but part 1 found nothing changed
 *     outside them, the full comparison runs: another instance wrote with a clock far enough
 *     behind that its `updatedAt` fell before the lookback;
 *  4. every `sweepIntervalMs` that full comparison runs anyway, as a safety net (writes made
 *     around Payload, which no counter sees).
 * No tombstones are needed.
 */
export class SearchService {
  index = new SearchIndex()
  readonly ready: Promise<void>
  private readonly payload: Payload
  private readonly catchUpIntervalMs: number
  private readonly lookbackMs: number
  private readonly sweepIntervalMs: number
  private readonly pageSize: number
  private readonly signaturePageSize: number
  private readonly yieldToEventLoop: () => Promise<void>
  private sliceStarted = 0
  private known = emptyKnown()
  /** Per collection: the newest `updatedAt` seen (ISO string). */
  private watermark = new Map<SearchCollection, string>()
  /** Changed through a hook on this instance: read again after the write committed. */
  private readonly dirty = new Map<SearchCollection, Set<string | number>>()
  /**
   * Per collection: database count − indexed ids after the last full comparison. Documents
   * without any version row (written around Payload) are counted but never listed; without this
   * they would force a full comparison on every round.
   */
  private readonly countOffset = new Map<SearchCollection, number>()
  /** Per collection: its change counter as the last round read it. */
  private readonly counted = new Map<SearchCollection, number>()
  /** Per collection: writes this instance counted since the last round read the counters. */
  private readonly ownChanges = new Map<SearchCollection, number>()
  private timer: NodeJS.Timeout | undefined
  private lastSweep = 0
  private ticking: Promise<void> | null = null
  private resolveReady!: () => void
  private rejectReady!: (error: unknown) => void
  private readonly stats: SearchServiceStats = {
    state: 'idle',
    documents: 0,
    units: 0,
    buildMs: null,
    lastCatchUpAt: null,
    catchUps: 0,
    sweeps: 0,
    yields: 0,
  }

  constructor(options: SearchServiceOptions) {
    this.payload = options.payload
    this.catchUpIntervalMs = options.catchUpIntervalMs ?? 2000
    this.lookbackMs = options.lookbackMs ?? 60_000
    this.sweepIntervalMs = options.sweepIntervalMs ?? 60_000
    // 25 articles of ~3,000 characters read in ~18 ms CPU, 200 in ~216 ms; on a busy 2-core
    // machine wall time ran 3–5× that, so 10 per query.
    this.pageSize = options.pageSize ?? 10
    // 1,000 signatures in ~82 ms (a sweep of 10,000: 770 ms CPU): 50 per query, ~4 ms.
    this.signaturePageSize = options.signaturePageSize ?? 50
    this.yieldToEventLoop = options.yieldToEventLoop ?? yieldToEventLoop
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve
      this.rejectReady = reject
    })
    this.ready.catch(() => undefined) // failures are reported through stats and the logger
  }

  /** Build in the background and start catching up; returns at once (the build starts after a yield). */
  start(): this {
    if (this.stats.state !== 'idle') return this
    this.stats.state = 'building'
    this.rebuild().then(this.resolveReady, (error: unknown) => {
      this.stats.state = 'failed'
      this.payload.logger.error({ err: error }, 'search: building the index failed')
      this.rejectReady(error)
    })
    this.timer = setInterval(() => {
      if (this.stats.state === 'ready')
        this.catchUp().catch((error: unknown) =>
          this.payload.logger.error({ err: error }, 'search: catch-up failed'),
        )
    }, this.catchUpIntervalMs)
    this.timer.unref()
    return this
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
  }

  getStats(): SearchServiceStats {
    return { ...this.stats, documents: this.index.size, units: this.index.unitCount }
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    return this.index.search(query, options)
  }

  /** A fresh index from the database, swapped in when complete (searches keep using the old one meanwhile). */
  async rebuild(): Promise<void> {
    await this.breathe(true) // whoever started the build (the server, about to listen) goes first
    const started = performance.now()
    const startedAt = new Date().toISOString() // catch-up looks back from here, covering writes during the build
    await this.takeCounters() // and counts from here
    if (this.stats.state !== 'ready') this.stats.state = 'building'
    // A new SearchIndex loads jieba's dictionary, 150–220 ms in one piece: the first build fills
    // the one made with the service (before the server listened; nothing searches it before
    // ready), only a rebuild of a ready service pays for a second one.
    const index = this.stats.state === 'ready' ? new SearchIndex() : this.index
    const known = emptyKnown()
    index.setGlossary(await loadGlossary(this.payload))
    for (const collection of COLLECTIONS) {
      for (let number = 1, after: string | number | undefined; ; number++) {
        await this.breathe(true)
        const { docs: latest, hasNextPage } = await loadDocs(this.payload, collection, {
          draft: true,
          page: { after, number, size: this.pageSize },
        })
        const versions = await this.versionsOf(collection, latest)
        for (const doc of latest) {
          for (const version of versions.get(doc.id) ?? []) index.upsert(version)
          known[collection].set(String(doc.id), signatureOf(doc))
          await this.breathe()
        }
        const last = latest.at(-1)
        if (!hasNextPage || !last) break
        after = last.id
      }
    }
    // Not index.optimize(): trimming every posting list in one go held the event loop 400–790 ms
    // at 10,000 articles with Uint32Array lists, 42 ms with gap-coded ones. In steps, the growth
    // room comes back (11 of 48 MB of typed arrays) without a stall.
    const trimming = index.optimizeInSteps()
    while (!trimming.next().done) await this.breathe()
    this.index = index
    this.known = known
    for (const collection of COLLECTIONS) this.watermark.set(collection, startedAt)
    this.lastSweep = Date.now()
    this.stats.buildMs = Math.round(performance.now() - started)
    this.stats.state = 'ready'
    this.payload.logger.info(
      `search: indexed ${index.size} document versions (${index.unitCount} passages and titles) in ${this.stats.buildMs} ms`,
    )
    await this.catchUp() // whatever changed while building
  }

  /** One catch-up round (see the class comment). Rounds never overlap. */
  catchUp(): Promise<void> {
    this.ticking ??= this.runCatchUp().finally(() => {
      this.ticking = null
    })
    return this.ticking
  }

  /** A catch-up round that compares every id and version with the database (the 60 s sweep), now. */
  async sweep(): Promise<void> {
    await this.ticking
    this.lastSweep = 0
    return this.catchUp()
  }

  /** Hook path: re-read one document now (inside the writer's transaction when `req` is given) and again after commit. */
  async onChange(collectionSlug: string, id: string | number, req?: PayloadRequest): Promise<void> {
    if (!isSearchCollection(collectionSlug)) return
    this.markDirty(collectionSlug, id)
    if (this.stats.state !== 'ready') return
    try {
      await this.refresh(collectionSlug, [id], req)
      if (collectionSlug === 'glossary-terms')
        this.index.setGlossary(await loadGlossary(this.payload, req))
    } catch (error) {
      this.payload.logger.error(
        { err: error },
        `search: could not index ${collectionSlug} ${String(id)}; the next catch-up retries`,
      )
    }
  }

  onDelete(collectionSlug: string, id: string | number): void {
    if (!isSearchCollection(collectionSlug)) return
    this.index.remove(SEARCH_COLLECTIONS[collectionSlug], id)
    this.known[collectionSlug].delete(String(id))
    this.markDirty(collectionSlug, id) // if the delete rolls back, the next round puts it back
  }

  /** A write of this instance was counted (by the search plugin's hooks, in its transaction). */
  noteOwnChange(collectionSlug: string): void {
    if (isSearchCollection(collectionSlug))
      this.ownChanges.set(collectionSlug, (this.ownChanges.get(collectionSlug) ?? 0) + 1)
  }

  /** Reads the change counters; per collection, how many changes other instances made since the last read. */
  private async takeCounters(): Promise<Map<SearchCollection, number>> {
    const counters = await readChangeCounters(this.payload)
    const elsewhere = new Map<SearchCollection, number>()
    for (const collection of COLLECTIONS) {
      const now = counters.get(changeKey(collection, 'all')) ?? 0
      const before = this.counted.get(collection)
      if (before !== undefined)
        elsewhere.set(collection, now - before - (this.ownChanges.get(collection) ?? 0))
      this.counted.set(collection, now)
      this.ownChanges.set(collection, 0)
    }
    return elsewhere
  }

  private async runCatchUp(): Promise<void> {
    let glossaryChanged = false
    const sweepAll = Date.now() - this.lastSweep >= this.sweepIntervalMs
    const changedElsewhere = await this.takeCounters()
    for (const collection of COLLECTIONS) {
      const known = this.known[collection]
      const dirty = this.takeDirty(collection)
      const changed = new Map<string, string | number>(dirty.map((id) => [String(id), id]))
      const since = new Date(
        Date.parse(this.watermark.get(collection) ?? new Date(0).toISOString()) - this.lookbackMs,
      ).toISOString()
      for await (const page of this.signatures(collection, {
        updatedAt: { greater_than_equal: since },
      })) {
        for (const doc of page) {
          if (known.get(String(doc.id)) !== signatureOf(doc)) changed.set(String(doc.id), doc.id)
          this.advanceWatermark(collection, doc.updatedAt)
        }
      }
      // Changes the lookback found beyond this instance's own writes.
      const foundElsewhere = changed.size - dirty.length
      if (changed.size > 0) await this.refresh(collection, [...changed.values()])

      const count = (await this.payload.count({ collection, overrideAccess: true })).totalDocs
      const unexplained = (changedElsewhere.get(collection) ?? 0) > 0 && foundElsewhere === 0
      if (
        sweepAll ||
        unexplained ||
        count - known.size !== (this.countOffset.get(collection) ?? 0)
      ) {
        const all: Signature[] = []
        for await (const page of this.signatures(collection)) all.push(...page)
        const present = new Set(all.map((doc) => String(doc.id)))
        for (const id of [...known.keys()]) {
          // Changed here while the pages were read (a create after its page): the next round looks.
          if (present.has(id) || this.isDirty(collection, id)) continue
          this.index.remove(SEARCH_COLLECTIONS[collection], id)
          known.delete(id)
          changed.set(id, id)
        }
        const stale = all
          .filter((doc) => known.get(String(doc.id)) !== signatureOf(doc))
          .map((doc) => doc.id)
        if (stale.length > 0) await this.refresh(collection, stale)
        stale.forEach((id) => changed.set(String(id), id))
        this.countOffset.set(collection, count - known.size)
      }
      glossaryChanged ||= collection === 'glossary-terms' && changed.size > 0
    }
    if (glossaryChanged) this.index.setGlossary(await loadGlossary(this.payload))
    if (sweepAll) {
      this.lastSweep = Date.now()
      this.stats.sweeps++
    }
    this.stats.catchUps++
    this.stats.lastCatchUpAt = new Date().toISOString()
  }

  /** Signatures of the latest versions matching `where`, a page at a time with a yield before each. */
  private async *signatures(
    collection: SearchCollection,
    where?: Where,
  ): AsyncGenerator<Signature[]> {
    for (let number = 1, after: string | number | undefined; ; number++) {
      await this.breathe(true)
      const { docs, hasNextPage } = await loadSignatures(this.payload, collection, where, {
        after,
        number,
        size: this.signaturePageSize,
      })
      yield docs
      const last = docs.at(-1)
      if (!hasNextPage || !last) return
      after = last.id
    }
  }

  /**
   * Gives the event loop back: always when `always` (between batches), otherwise once the
   * current slice ran SLICE_MS.
   */
  private async breathe(always = false): Promise<void> {
    if (!always && performance.now() - this.sliceStarted < SLICE_MS) return
    this.stats.yields++
    await this.yieldToEventLoop()
    this.sliceStarted = performance.now()
  }

  /** Re-read these documents and index what the database holds now (or drop them when gone). */
  private async refresh(
    collection: SearchCollection,
    ids: (string | number)[],
    req?: PayloadRequest,
  ): Promise<void> {
    const known = this.known[collection]
    const type = SEARCH_COLLECTIONS[collection]
    for (let start = 0; start < ids.length; start += this.pageSize) {
      // A hook's single document is indexed at once; a catch-up's many come in batches.
      if (start > 0) await this.breathe(true)
      const chunk = ids.slice(start, start + this.pageSize)
      const latest = await this.load(collection, { draft: true, where: { id: { in: chunk } }, req })
      const versions = await this.versionsOf(collection, latest, req)
      const found = new Set(latest.map((doc) => String(doc.id)))
      for (const id of chunk) {
        if (found.has(String(id))) continue
        this.index.remove(type, id)
        known.delete(String(id))
      }
      for (const doc of latest) {
        this.index.remove(type, doc.id)
        for (const version of versions.get(doc.id) ?? []) this.index.upsert(version)
        known.set(String(doc.id), signatureOf(doc))
        this.advanceWatermark(collection, doc.updatedAt)
        if (ids.length > 1) await this.breathe()
      }
    }
  }

  /**
   * The versions to index for each latest document: the latest one, plus the published one
   * when the latest is a draft saved on top of a published document (readers keep seeing it).
   */
  private async versionsOf(
    collection: SearchCollection,
    latest: LoadedDoc[],
    req?: PayloadRequest,
  ): Promise<Map<string | number, SearchDocument[]>> {
    const versions = new Map<string | number, SearchDocument[]>()
    const drafts = latest.filter((doc) => doc._status !== 'published')
    const published = new Map<string, LoadedDoc>()
    if (drafts.length > 0) {
      const main = await this.load(collection, {
        draft: false,
        where: {
          and: [{ id: { in: drafts.map((doc) => doc.id) } }, { _status: { equals: 'published' } }],
        },
        req,
      })
      for (const doc of main) published.set(String(doc.id), doc)
    }
    for (const doc of latest) {
      if (doc._status === 'published') {
        versions.set(doc.id, [toSearchDocument(doc, { status: 'published' })])
        continue
      }
      const live = published.get(String(doc.id))
      const draft = toSearchDocument(doc, { status: 'draft' })
      versions.set(
        doc.id,
        live
          ? [toSearchDocument(live, { status: 'published', supersededByDraft: true }), draft]
          : [draft],
      )
    }
    return versions
  }

  private async load(
    collection: SearchCollection,
    query: { draft: boolean; where: Where; req?: PayloadRequest },
  ): Promise<LoadedDoc[]> {
    return (await loadDocs(this.payload, collection, query)).docs
  }

  private advanceWatermark(collection: SearchCollection, updatedAt: unknown): void {
    if (typeof updatedAt !== 'string') return
    const current = this.watermark.get(collection)
    if (!current || Date.parse(updatedAt) > Date.parse(current))
      this.watermark.set(collection, updatedAt)
  }

  private markDirty(collection: SearchCollection, id: string | number): void {
    const ids = this.dirty.get(collection) ?? new Set()
    ids.add(id)
    this.dirty.set(collection, ids)
  }

  private isDirty(collection: SearchCollection, id: string): boolean {
    for (const each of this.dirty.get(collection) ?? []) if (String(each) === id) return true
    return false
  }

  private takeDirty(collection: SearchCollection): (string | number)[] {
    const ids = [...(this.dirty.get(collection) ?? [])]
    this.dirty.delete(collection)
    return ids
  }
}

/** Per collection: String(id) → signature of the latest version indexed. */
function emptyKnown(): Record<SearchCollection, Map<string, string>> {
  return { articles: new Map(), 'qa-entries': new Map(), 'glossary-terms': new Map() }
}
