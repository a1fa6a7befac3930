// parse5 is cheerio's HTML parser (a transitive dependency, not one of ours), built on the WHATWG
// parsing algorithm. It reports tokenizer errors (duplicate attributes, bad character references,
// a missing doctype, ...) but not misnested tags, so tests check the parsed tree's shape as well.
import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

/** Parse errors of a complete HTML document, as "code at line:col"; [] for a well-formed page. */
export function htmlParseErrors(html: string): string[] {
  const errors: ParserError[] = []
  parse(html, { onParseError: (error) => errors.push(error) })
  return errors.map((error) => `${error.code} at ${error.startLine}:${error.startCol}`)
}

function isElement(node: Node): node is Element {
  return 'tagName' in node
}

/** The parsed document's <html> element, as a browser builds it (implied tags included). */
export function parseDocument(html: string): Element {
  const root = parse(html).childNodes.find(isElement)
  if (!root) throw new Error('no <html> element')
  return root
}

export function childElements(element: Element, tagName?: string): Element[] {
  return element.childNodes
    .filter(isElement)
    .filter((child) => !tagName || child.tagName === tagName)
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value
}
