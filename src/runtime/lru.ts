/**
 * A map that forgets its least recently used entries beyond a bound. The bound is on the sum of
 * `sizeOf` over the entries: one per entry by default, or e.g. body bytes for rendered responses.
 * A Map iterates in insertion order, so re-inserting an entry on use keeps the least recently used
 * first.
 */
export class LruMap<K, V> {
  private readonly entries = new Map<K, V>()
  private total = 0

  constructor(
    private readonly max: number,
    private readonly sizeOf: (value: V) => number = () => 1,
  ) {}

  get size(): number {
    return this.entries.size
  }

  has(key: K): boolean {
    return this.entries.has(key)
  }

  /** The value, now the most recently used. */
  get(key: K): V | undefined {
    const value = this.entries.get(key)
    if (value === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, value)
    return value
  }

  /** The value, leaving the order of use as it was. */
  peek(key: K): V | undefined {
    return this.entries.get(key)
  }

  /** Stores the value as the most recently used; a value larger than the whole bound is not kept. */
  set(key: K, value: V): void {
    this.delete(key)
    const size = this.sizeOf(value)
    if (size > this.max) return
    this.entries.set(key, value)
    this.total += size
    for (const oldest of this.entries.keys()) {
      if (this.total <= this.max) break
      this.delete(oldest)
    }
  }

  delete(key: K): void {
    const value = this.entries.get(key)
    if (value === undefined) return
    this.entries.delete(key)
    this.total -= this.sizeOf(value)
  }

  clear(): void {
    this.entries.clear()
    this.total = 0
  }
}
