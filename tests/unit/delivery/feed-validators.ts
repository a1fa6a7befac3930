// Feed validity checks shared by the unit and integration tests: XML well-formedness and parsing by
// fast-xml-parser (strict), JSON Feed 1.1 by ajv against tests/fixtures/jsonfeed/jsonfeed-1.1.schema.json,
// plus the RFC 4287 and RSS 2.0 rules that no schema states.
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { createRequire } from 'node:module'
import type { FormatsPlugin } from 'ajv-formats'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

type Node = Record<string, unknown>

const ALWAYS_ARRAYS = new Set([
  'item',
  'entry',
  'category',
  'link',
  'author',
  'dc:creator',
  'enclosure',
  'media:content',
  'media:thumbnail',
  'id',
  'title',
  'updated',
  'published',
  'summary',
  'content',
  'guid',
  'description',
  'pubDate',
  'atom:link',
])

/** Parses XML after a strict well-formedness check; attributes as `@_name`, text as `#text`. */
export function parseStrictXml(xml: string): Node {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false })
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    alwaysCreateTextNode: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ALWAYS_ARRAYS.has(name),
  })
  return parser.parse(xml)
}

export const nodes = (value: unknown): Node[] =>
  Array.isArray(value) ? value : value && typeof value === 'object' ? [value as Node] : []

export const textOf = (node: unknown): string => {
  if (typeof node === 'string') return node
  const text = (node as Node | undefined)?.['#text']
  return typeof text === 'string' ? text : ''
}

export const attr = (node: unknown, name: string): string | undefined => {
  const value = (node as Node | undefined)?.[`@_${name}`]
  return typeof value === 'string' ? value : undefined
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i
// RFC 822 with the four-digit years RSS 2.0 recommends, e.g. "Thu, 26 Sep 2019 14:18:32 GMT".
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UT|[+-]\d{4})$/
const TEXT_TYPES = new Set(['text', 'html', 'xhtml'])

function problem(problems: string[], ok: boolean, message: string) {
  if (!ok) problems.push(message)
}

function one(problems: string[], parent: Node, name: string, where: string): Node | undefined {
  const found = nodes(parent[name])
  problem(
    problems,
    found.length === 1,
    `${where} must have exactly one <${name}>, has ${found.length}`,
  )
  return found[0]
}

function textConstruct(problems: string[], node: Node | undefined, where: string) {
  if (!node) return
  const type = attr(node, 'type') ?? 'text'
  problem(problems, TEXT_TYPES.has(type), `${where}: type="${type}" is not text, html or xhtml`)
}

/** RFC 4287 rules for a feed document; returns the problems found (none when valid). */
export function atomProblems(xml: string): string[] {
  const problems: string[] = []
  const feed = nodes(parseStrictXml(xml).feed)[0]
  if (!feed) return ['the root element is not <feed>']
  problem(problems, attr(feed, 'xmlns') === 'http://www.w3.org/2005/Atom', 'feed: Atom namespace')
  problem(problems, !!attr(feed, 'xml:lang'), 'feed: xml:lang')
  const id = one(problems, feed, 'id', 'feed')
  problem(problems, ABSOLUTE_IRI.test(textOf(id)), `feed id "${textOf(id)}" is not an IRI`)
  textConstruct(problems, one(problems, feed, 'title', 'feed'), 'feed title')
  const updated = textOf(one(problems, feed, 'updated', 'feed'))
  problem(problems, RFC3339.test(updated), `feed updated "${updated}" is not RFC 3339`)
  problem(problems, !updated.startsWith('1970'), 'feed updated is the epoch')
  const feedHasAuthor = nodes(feed.author).length > 0
  for (const link of nodes(feed.link)) problem(problems, !!attr(link, 'href'), 'feed link href')
  problem(
    problems,
    nodes(feed.link).some((l) => attr(l, 'rel') === 'self'),
    'feed: a self link (RFC 4287 §4.1.1 SHOULD)',
  )
  const ids = new Set<string>()
  for (const [i, entry] of nodes(feed.entry).entries()) {
    const where = `entry ${i}`
    const entryId = textOf(one(problems, entry, 'id', where))
    problem(problems, ABSOLUTE_IRI.test(entryId), `${where} id "${entryId}" is not an IRI`)
    problem(problems, !ids.has(entryId), `${where} id "${entryId}" repeats`)
    ids.add(entryId)
    textConstruct(problems, one(problems, entry, 'title', where), `${where} title`)
    const entryUpdated = textOf(one(problems, entry, 'updated', where))
    problem(problems, RFC3339.test(entryUpdated), `${where} updated "${entryUpdated}"`)
    for (const published of nodes(entry.published))
      problem(problems, RFC3339.test(textOf(published)), `${where} published`)
    for (const summary of nodes(entry.summary)) textConstruct(problems, summary, `${where} summary`)
    for (const content of nodes(entry.content)) textConstruct(problems, content, `${where} content`)
    problem(
      problems,
      feedHasAuthor || nodes(entry.author).length > 0,
      `${where}: no author, and the feed has none (§4.1.1)`,
    )
    for (const author of nodes(entry.author))
      problem(problems, nodes(author.name).length === 1, `${where} author needs one name`)
    // §4.2.2: "atom:category elements MUST have a "term" attribute".
    for (const category of nodes(entry.category))
      problem(problems, !!attr(category, 'term'), `${where}: <category> without term`)
    for (const link of nodes(entry.link)) {
      problem(problems, !!attr(link, 'href'), `${where}: <link> without href`)
      if (attr(link, 'rel') === 'enclosure')
        problem(problems, !!attr(link, 'type'), `${where}: enclosure link without type`)
    }
    problem(
      problems,
      nodes(entry.content).length > 0 ||
        nodes(entry.link).some((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate'),
      `${where}: neither content nor an alternate link (§4.1.1)`,
    )
  }
  return problems
}

/** RSS 2.0 rules (https://www.rssboard.org/rss-specification); returns the problems found. */
export function rssProblems(xml: string): string[] {
  const problems: string[] = []
  const rss = nodes(parseStrictXml(xml).rss)[0]
  if (!rss) return ['the root element is not <rss>']
  problem(problems, attr(rss, 'version') === '2.0', 'rss version="2.0"')
  const channel = nodes(rss.channel)[0]
  if (!channel) return [...problems, 'no <channel>']
  for (const name of ['title', 'link', 'description'])
    problem(problems, nodes(channel[name]).length === 1, `channel needs one <${name}>`)
  for (const [i, item] of nodes(channel.item).entries()) {
    const where = `item ${i}`
    problem(
      problems,
      nodes(item.title).length + nodes(item.description).length > 0,
      `${where}: title or description`,
    )
    // <author> is "the email address of the author"; names belong in dc:creator.
    for (const author of nodes(item.author))
      problem(problems, /^\S+@\S+/.test(textOf(author)), `${where}: <author> is not an e-mail`)
    for (const date of nodes(item.pubDate))
      problem(problems, RFC822.test(textOf(date)), `${where}: pubDate "${textOf(date)}"`)
    const enclosures = nodes(item.enclosure)
    problem(problems, enclosures.length <= 1, `${where}: at most one enclosure`)
    for (const enclosure of enclosures) {
      problem(
        problems,
        /^https?:\/\//.test(attr(enclosure, 'url') ?? ''),
        `${where}: enclosure url`,
      )
      problem(problems, /^\d+$/.test(attr(enclosure, 'length') ?? ''), `${where}: enclosure length`)
      problem(problems, !!attr(enclosure, 'type'), `${where}: enclosure type`)
    }
  }
  return problems
}

const schema: unknown = JSON.parse(
  readFileSync(
    new URL('../../fixtures/jsonfeed/jsonfeed-1.1.schema.json', import.meta.url),
    'utf8',
  ),
)
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false })
// ajv-formats is CommonJS (module.exports is the plugin): required, so ESM interop cannot wrap it.
const addFormats: FormatsPlugin = createRequire(import.meta.url)('ajv-formats')
addFormats(ajv)
const validateJsonFeedSchema = ajv.compile(schema as object)

/** JSON Feed 1.1 schema errors (ajv), as readable lines; none when valid. */
export function jsonFeedProblems(feed: unknown): string[] {
  if (validateJsonFeedSchema(feed)) return []
  return (validateJsonFeedSchema.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  )
}
