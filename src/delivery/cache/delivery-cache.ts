import type { Payload } from 'payload'
import { LRUCache } from 'lru-cache'
import { deliverySettings } from '../settings.js'
import { publicFingerprint } from './freshness.js'
import { ResponseCache, type CachedResponse } from './response-cache.js'

/** After a change made in this process, clear once more shortly after: the writing transaction may not have committed yet. */
const AFTER_COMMIT_DELAY_MS = 250
const MEMO_MAX_ENTRIES = 5000
/** Request URLs remembered with the cache key their route made of them (see getByUrl). */
const URL_KEYS_MAX_ENTRIES = 10_000
/** Longer URLs are not remembered: crawlers' cache-busters should not fill the map. */
const URL_MAX_LENGTH = 512
/** How often the background ticker looks whether a database comparison is due. */
const TICK_MS = 250

/**
 * The rendered-response cache of one server instance. Cleared by this process's change hooks at once,
 * and by a periodic comparison with the database's public fingerprint for changes made by other instances.
 */
export class DeliveryCache {
  enabled = true
  /** Bumped on every invalidation; a render that started under an older generation is not stored. */
  generation = 0
  readonly responses: ResponseCache
  private readonly memo = new LRUCache<string, Promise<unknown>>({ max: MEMO_MAX_ENTRIES })
  private readonly urlKeys = new LRUCache<string, string>({ max: URL_KEYS_MAX_ENTRIES })
  private fingerprint?: string
  private lastCheck = 0
  private checking?: Promise<void>
  private ticker?: NodeJS.Timeout
  stats = { hits: 0, misses: 0, invalidations: 0, freshnessChecks: 0 }

  constructor(
    private readonly payload: Payload,
    maxBytes = deliverySettings().cacheMaxBytes,
  ) {
    this.responses = new ResponseCache(maxBytes)
  }

  invalidate(reason: string): void {
    this.generation += 1
    this.stats.invalidations += 1
    this.responses.clear()
    this.memo.clear()
    this.payload.logger.debug({ reason, generation: this.generation }, 'delivery cache cleared')
  }

  /** Invalidation for a change written in this process (collection hooks). */
  invalidateLocalChange(reason: string): void {
    this.invalidate(reason)
    setTimeout(() => this.invalidate(`${reason} (after commit)`), AFTER_COMMIT_DELAY_MS).unref()
  }

  /**
   * Keeps the cache in step with the database. The first call takes the baseline; after that a background
   * ticker compares the public fingerprint whenever the last comparison is older than the interval (read
   * from the settings on each tick), so requests never wait for it. `ensureFresh(0)` forces a comparison now.
   */
  async ensureFresh(intervalMs?: number): Promise<void> {
    if (!this.ticker) {
      this.ticker = setInterval(
        () =>
          void this.checkIfDue(deliverySettings().freshnessIntervalMs).catch((error: unknown) =>
            this.payload.logger.warn({ err: error }, 'delivery freshness check failed'),
          ),
        TICK_MS,
      )
      this.ticker.unref()
      return this.checkIfDue(0)
    }
    if (intervalMs === 0) return this.checkIfDue(0)
  }

  private checkIfDue(intervalMs: number): Promise<void> {
    if (Date.now() - this.lastCheck < intervalMs) return Promise.resolve()
    this.checking ??= this.check().finally(() => {
      this.checking = undefined
    })
    return this.checking
  }

  private async check(): Promise<void> {
    this.stats.freshnessChecks += 1
    const fingerprint = await publicFingerprint(this.payload)
    this.lastCheck = Date.now()
    if (this.fingerprint !== undefined && fingerprint !== this.fingerprint)
      this.invalidate('changed in the database (another instance)')
    this.fingerprint = fingerprint
  }

  getResponse(key: string): CachedResponse | undefined {
    if (!this.enabled) return undefined
    const entry = this.responses.get(key)
    if (entry) this.stats.hits += 1
    else this.stats.misses += 1
    return entry
  }

  /**
   * Remembers that a route turned this exact request URL (path and raw query) into `key`. A route's
   * key depends on nothing but the URL (the query is validated and normalised the same way each
   * time), so the mapping never goes stale; what the key holds is cleared by invalidation as usual.
   */
  rememberUrl(url: string, key: string): void {
    if (this.enabled && url.length <= URL_MAX_LENGTH) this.urlKeys.set(url, key)
  }

  /** The cached response for a request URL a route has keyed before (the fast path's lookup). */
  getByUrl(url: string): CachedResponse | undefined {
    if (!this.enabled) return undefined
    const key = this.urlKeys.get(url)
    const entry = key === undefined ? undefined : this.responses.get(key)
    // A miss is counted by the route, which this falls through to.
    if (entry) this.stats.hits += 1
    return entry
  }

  /** Stores a response unless the cache was invalidated while it was being rendered. */
  putResponse(key: string, entry: CachedResponse, renderedInGeneration: number): void {
    if (this.enabled && renderedInGeneration === this.generation) this.responses.set(key, entry)
  }

  /** Derived data (glossary terms, rendered items) kept until the next invalidation. */
  async memoize<T>(key: string, compute: () => Promise<T>): Promise<T> {
    // Keys name what they hold (`glossary:published`), so a key is always used with the same T.
    if (this.enabled && this.memo.has(key)) return this.memo.get(key) as Promise<T>
    const generation = this.generation
    const value = compute()
    if (this.enabled) {
      this.memo.set(key, value)
      const forget = () => {
        if (this.memo.peek(key) === value) this.memo.delete(key)
      }
      // A failed computation, or one that ran across an invalidation (possibly stale), is not kept.
      value.then(() => generation !== this.generation && forget(), forget)
    }
    return value
  }
}

const caches = new WeakMap<Payload, DeliveryCache>()

/** The cache of this Payload instance (one per process in production). */
export function deliveryCacheFor(payload: Payload): DeliveryCache {
  let cache = caches.get(payload)
  if (!cache) {
    cache = new DeliveryCache(payload)
    caches.set(payload, cache)
  }
  return cache
}
