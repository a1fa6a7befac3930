/**
 * A binary max-heap of small integers (document slots) under a caller's order, in a typed
 * array: `first(a, b)` is true when `a` comes out before `b`. The search ranks lazily with it:
 * every matching document goes in under an upper bound of its score, the top one is ranked
 * exactly, and it comes out only once its exact score still puts it on top.
 */
export class SlotHeap {
  private items: Uint32Array
  private count = 0

  constructor(
    capacity: number,
    private readonly first: (a: number, b: number) => boolean,
  ) {
    this.items = new Uint32Array(Math.max(capacity, 1))
  }

  get size(): number {
    return this.count
  }

  /** Take these slots (replacing any held) and order them: O(n), cheaper than n pushes. */
  fill(slots: ArrayLike<number>, length: number): void {
    if (this.items.length < length) this.items = new Uint32Array(length)
    for (let at = 0; at < length; at++) this.items[at] = slots[at]
    this.count = length
    for (let at = (length >> 1) - 1; at >= 0; at--) this.siftDown(at)
  }

  push(slot: number): void {
    if (this.count === this.items.length) {
      const grown = new Uint32Array(this.items.length * 2)
      grown.set(this.items)
      this.items = grown
    }
    const items = this.items
    let at = this.count++
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (!this.first(slot, items[parent])) break
      items[at] = items[parent]
      at = parent
    }
    items[at] = slot
  }

  /** The slot that comes out next; undefined when empty. */
  peek(): number | undefined {
    return this.count > 0 ? this.items[0] : undefined
  }

  pop(): number | undefined {
    if (this.count === 0) return undefined
    const top = this.items[0]
    this.count--
    if (this.count > 0) {
      this.items[0] = this.items[this.count]
      this.siftDown(0)
    }
    return top
  }

  /** The top slot's key went down (its exact score is below its bound): move it to its place. */
  lowerTop(): void {
    this.siftDown(0)
  }

  private siftDown(from: number): void {
    const items = this.items
    const count = this.count
    const item = items[from]
    let at = from
    for (;;) {
      const left = 2 * at + 1
      if (left >= count) break
      const right = left + 1
      const child = right < count && this.first(items[right], items[left]) ? right : left
      if (!this.first(items[child], item)) break
      items[at] = items[child]
      at = child
    }
    items[at] = item
  }
}
