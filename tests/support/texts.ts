import type { Cheerio } from 'cheerio'
import type { AnyNode } from 'domhandler'

/** The text of each element of a cheerio selection, in document order. */
export function textsOf<T extends AnyNode>(selection: Cheerio<T>): string[] {
  return selection.toArray().map((_, at) => selection.eq(at).text())
}
