import { withCapacity } from './typed-arrays.js'

/**
 * Ids per block: every block after the first has an entry in the skip table, so a seek decodes
 * at most one block (~3 µs). Lists of one block have no table: with 128 ids a block, the 5,234
 * lists of 129–1,024 ids at 10,000 articles each held one (a Uint32Array and its ArrayBuffer,
 * ~180 bytes of JS objects, and its store) to save a few µs of decoding; 1,024 gives back
 * 2.7 MB (90.2 → 88.9 MB heap, 37.3 → 35.9 MB typed arrays).
 */
export const BLOCK_IDS = 1024
/** Unit ids are 32-bit (they index typed arrays). */
const MAX_ID = 0xffffffff
/** The longest code of one gap: 32 bits in groups of 7. */
const MAX_GAP_BYTES = 5
/** Intersections seek (skip table, then one block) instead of decoding the whole list when it is this many times longer than the candidates. */
const SEEK_RATIO = 16
const EMPTY_BYTES = new Uint8Array(0)

/**
 * Unit ids in ascending order, each stored as its gap to the one before in a variable-length
 * code (7 bits a byte, the high bit set on every byte but a gap's last), with a skip table
 * (the id before each block of BLOCK_IDS ids and the block's byte offset) so an intersection
 * with a much shorter list seeks instead of decoding everything.
 *
 * Measured at 10,000 articles like bench:delivery's (92,671 units, 27.4 million postings): the
 * index's typed arrays 159.1 → 46.7 MB as built, 123.7 → 35.9 MB after optimize() (bench:search;
 * token lists 49.3 → 14.2 MB, character-pair lists 73.5 → 22.4 MB), against Uint32Array lists:
 * nearly every gap of a common token or pair takes one byte. Decoding costs
 * 2–4 ns an id on this machine; the longest lists recently read stay decoded (DecodedLists),
 * which brings common-word queries back to their CPU before.
 */
export class PostingList {
  private bytes: Uint8Array = EMPTY_BYTES
  private byteLength = 0
  private count = 0
  private last = 0
  /** Pairs per block after the first: the id before the block, then its byte offset. */
  private skips: Uint32Array | undefined
  private skipLength = 0
  /** Bumped by every change, so a decoded copy (DecodedLists) knows when it is stale. */
  private changes = 0

  /** Number of ids. */
  get length(): number {
    return this.count
  }

  get version(): number {
    return this.changes
  }

  /** Bytes held (codes, growth room and skip table), for measuring. */
  get byteSize(): number {
    return this.bytes.length + (this.skips?.byteLength ?? 0)
  }

  /** `unitId` must be larger than every id added before, and at most 2^32 − 1. */
  push(unitId: number): void {
    if (!Number.isInteger(unitId) || unitId < 0 || unitId > MAX_ID)
      throw new RangeError(`posting list: id ${unitId} is not a 32-bit unsigned integer`)
    if (this.count > 0 && unitId <= this.last)
      throw new RangeError(`posting list: id ${unitId} after ${this.last}; ids must ascend`)
    if (this.byteLength + MAX_GAP_BYTES > this.bytes.length)
      this.bytes = withCapacity(this.bytes, this.byteLength + MAX_GAP_BYTES, Uint8Array)
    this.append(unitId)
  }

  /** push() without the checks: the caller knows the id ascends and the code fits. */
  private append(unitId: number): void {
    if (this.count > 0 && this.count % BLOCK_IDS === 0) {
      this.skips = withCapacity(this.skips ?? new Uint32Array(2), this.skipLength + 2, Uint32Array)
      this.skips[this.skipLength++] = this.last
      this.skips[this.skipLength++] = this.byteLength
    }
    const bytes = this.bytes
    let at = this.byteLength
    let gap = unitId - this.last
    while (gap >= 0x80) {
      bytes[at++] = (gap & 0x7f) | 0x80
      gap >>>= 7
    }
    bytes[at++] = gap
    this.byteLength = at
    this.last = unitId
    this.count++
    this.changes++
  }

  /** Writes the ids, ascending, to the start of `out` (at least `length` long); returns how many. */
  decodeInto(out: Uint32Array): number {
    const bytes = this.bytes
    const end = this.byteLength
    let value = 0
    let written = 0
    for (let at = 0; at < end;) {
      let byte = bytes[at++]
      if (byte < 0x80) value += byte
      else {
        let gap = byte & 0x7f
        let scale = 0x80
        do {
          byte = bytes[at++]
          gap += (byte & 0x7f) * scale
          scale *= 0x80
        } while (byte >= 0x80)
        value += gap
      }
      out[written++] = value
    }
    return written
  }

  /** The ids in a new array. */
  toArray(): Uint32Array {
    const out = new Uint32Array(this.count)
    this.decodeInto(out)
    return out
  }

  /**
   * Keeps, in place and in order, those of the first `count` ids of `sorted` (ascending) that
   * are in this list; returns how many are kept.
   */
  keepCommon(sorted: Uint32Array, count: number): number {
    const bytes = this.bytes
    const end = this.byteLength
    const skips = this.skips
    const seeking = skips !== undefined && this.count > count * SEEK_RATIO
    const blocks = this.skipLength >> 1
    let block = 0
    let at = 0
    let value = -1 // the id last decoded; -1 before the first
    let kept = 0
    for (let index = 0; index < count; index++) {
      const wanted = sorted[index]
      if (seeking && value < wanted) {
        // The last block whose preceding id is below `wanted`: nothing before it can match.
        let low = block
        let high = blocks
        while (low < high) {
          const middle = (low + high + 1) >>> 1
          if (skips[2 * (middle - 1)] < wanted) low = middle
          else high = middle - 1
        }
        block = low
        if (low > 0 && skips[2 * low - 1] > at) {
          value = skips[2 * low - 2]
          at = skips[2 * low - 1]
        }
      }
      while (value < wanted) {
        if (at >= end) return kept
        let byte = bytes[at++]
        let gap = byte & 0x7f
        if (byte >= 0x80) {
          let scale = 0x80
          do {
            byte = bytes[at++]
            gap += (byte & 0x7f) * scale
            scale *= 0x80
          } while (byte >= 0x80)
        }
        value = (value < 0 ? 0 : value) + gap
      }
      if (value === wanted) sorted[kept++] = wanted
    }
    return kept
  }

  /** Drops the ids for which `isLive` is false, re-encoding the rest; returns how many are kept. */
  compact(isLive: (unitId: number) => boolean): number {
    const ids = this.toArray()
    let live = 0
    for (let at = 0; at < ids.length; at++) if (isLive(ids[at])) ids[live++] = ids[at]
    if (live === ids.length) return live
    // A kept id's gap is at most the sum of the gaps it replaces, and its code no longer than
    // theirs: the codes are rewritten in place, in the buffer they came from.
    this.changes++
    this.byteLength = 0
    this.count = 0
    this.last = 0
    this.skipLength = 0
    for (let at = 0; at < live; at++) this.append(ids[at])
    if (this.byteLength < this.bytes.length / 4) this.trim()
    return live
  }

  /**
   * Give back most of the room kept for growth, but leave an eighth: trimmed to the byte, the
   * next document added would double every common list.
   */
  trim(): void {
    const keep = this.byteLength + (this.byteLength >> 3) + MAX_GAP_BYTES
    if (this.bytes.length > keep) this.bytes = this.bytes.slice(0, keep)
    if (this.skips && this.skips.length > this.skipLength + 2)
      this.skips = this.skips.slice(0, this.skipLength + 2)
  }
}

/** An array lists are decoded into, reused: what a query's loops read, without an allocation per list. */
export class DecodeBuffer {
  private array = new Uint32Array(1024)

  /** The ids of `list`, in this buffer: valid until the next read into it. */
  read(list: PostingList): Uint32Array {
    this.array = withCapacity(this.array, list.length, Uint32Array)
    return this.array.subarray(0, list.decodeInto(this.array))
  }
}

/**
 * Keeps, in place and in order, those of the first `count` ids of `sorted` that are in `ids`
 * (both ascending); returns how many. Binary search in `ids` when it is much longer.
 */
export function keepCommonIds(sorted: Uint32Array, count: number, ids: Uint32Array): number {
  let kept = 0
  if (ids.length > count * SEEK_RATIO) {
    let low = 0
    for (let index = 0; index < count; index++) {
      const value = sorted[index]
      let high = ids.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (ids[middle] < value) low = middle + 1
        else high = middle
      }
      if (low < ids.length && ids[low] === value) sorted[kept++] = value
    }
    return kept
  }
  for (let index = 0, at = 0; index < count && at < ids.length;) {
    const a = sorted[index]
    const b = ids[at]
    if (a === b) {
      sorted[kept++] = a
      index++
      at++
    } else if (a < b) index++
    else at++
  }
  return kept
}
