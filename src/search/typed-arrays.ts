/** The typed arrays the index grows: posting lists, per-unit and per-document-slot columns. */
export type GrowableArray = Uint8Array | Int32Array | Uint32Array | Float64Array

/**
 * `array` itself when it holds at least `minimum` elements, otherwise a copy of it with room for
 * `minimum` (the length doubled as often as needed, so appending one at a time stays amortised
 * O(1)): the elements kept, the new ones zero. `Type` is the array's own constructor.
 */
export function withCapacity<A extends GrowableArray>(
  array: A,
  minimum: number,
  Type: new (length: number) => A,
): A {
  if (array.length >= minimum) return array
  let length = Math.max(array.length * 2, 1)
  while (length < minimum) length *= 2
  const grown = new Type(length)
  grown.set(array)
  return grown
}
