import { foldKey, toSimplified } from '../text/normalize.js'
import { ChineseSegmenter, isWordToken } from '../text/segment.js'
import { compareRank, decodeCursor, encodeCursor, type RankPosition } from './cursor.js'
import { splitIntoPassages } from './passages.js'
import { glossaryPinyinKeys, pinyinQueryKey } from './pinyin-keys.js'
import { parseQuery, type ParsedQuery } from './query.js'
import { buildSnippet, inScript } from './snippet.js'
import { TokenPostings } from './postings.js'
import type {
  GlossaryEntry,
  SearchDocument,
  SearchDocumentType,
  SearchOptions,
  SearchResponse,
  SearchResult,
} from './types.js'

export const DEFAULT_PAGE_SIZE = 10
export const MAX_PAGE_SIZE = 50
/** Clauses are tracked as bits of a 32-bit mask; words beyond this only count for ranking. */
const MAX_CLAUSES = 32
/** When a glossary change touches more than this share of units, rebuilding is cheaper than removing each one. */
const REBUILD_SHARE = 0.2
/** Function words dropped from a query that has other words: they would match nearly everything. */
const STOP_WORDS = new Set(['的', '了', '是', '在', '和', '与', '及', '或', '之', '等', '也', '就', '都', '而', '把', '被', '对', '有'])

interface DocEntry {
  key: string
  type: SearchDocumentType
  id: string | number
  slug: string
  title: string
  url: string
  topics: string[]
  published: boolean
  /** Scratch for the running query: which clauses matched, valid while stamp is the query's. */
  stamp: number
  mask: number
  publishedTime: number
  updatedTime: number
  /** First the title unit (title and aliases), then the passages in order. */
  unitIds: number[]
}

/** A searchable piece of a document: its title block (passage -1) or one body passage. */
interface Unit {
  doc: DocEntry
  passage: number
  /** NFKC + Simplified, case kept: what snippets show. */
  display: string
  /** `display` lower-cased (the same string when nothing changes): what queries match. */
  folded: string
}

/** One condition every result satisfies; any of its needles may occur. */
interface Clause {
  needles: string[]
  /** Phrases must occur exactly; terms match any indexed token that contains them. */
  phrase: boolean
}

interface Match extends RankPosition {
  doc: DocEntry
  bestUnit: Unit
}

/**
 * In-memory Chinese full-text index over CMS documents. Queries and documents are folded the
 * same way (NFKC, Traditional → Simplified, lower case), cut by jieba with the glossary as user
 * dictionary, and matched per document: every query word must occur in the title or a passage.
 */
export class SearchIndex {
  private readonly segmenter = new ChineseSegmenter()
  private postings = new TokenPostings()
  private readonly docs = new Map<string, DocEntry>()
  /** Indexed by unit id; ids are never reused, so removed units leave holes. */
  private units: (Unit | undefined)[] = []
  private liveUnits = 0
  private nextUnitId = 1
  private queryStamp = 0
  private pinyinAlternatives = new Map<string, string[]>()
  /** Per-unit scratch arrays, all zero between uses: clause bits of the running query, and candidate marks of a substring scan. */
  private clauseBits = new Uint32Array(1024)
  private candidateMarks = new Uint32Array(1024)

  /** Number of documents. */
  get size(): number {
    return this.docs.size
  }

  /** Number of indexed units (title blocks and passages). */
  get unitCount(): number {
    return this.liveUnits
  }

  has(type: SearchDocumentType, id: string | number): boolean {
    return this.docs.has(documentKey(type, id))
  }

  /** Add or replace a document (drafts too: search leaves them out unless asked). */
  upsert(doc: SearchDocument): void {
    const key = documentKey(doc.type, doc.id)
    this.removeEntry(key)
    const entry: DocEntry = {
      key,
      type: doc.type,
      id: doc.id,
      slug: doc.slug,
      title: doc.title,
      url: doc.url,
      topics: [...doc.topics],
      published: doc.status === 'published',
      stamp: 0,
      mask: 0,
      publishedTime: timeOf(doc.publishedAt),
      updatedTime: timeOf(doc.updatedAt),
      unitIds: [],
    }
    const titleBlock = [doc.title, ...(doc.aliases ?? [])].join('\n')
    this.addUnit(entry, -1, titleBlock)
    splitIntoPassages(doc.body).forEach((passage, index) => this.addUnit(entry, index, passage))
    this.docs.set(key, entry)
  }

  remove(type: SearchDocumentType, id: string | number): boolean {
    return this.removeEntry(documentKey(type, id))
  }

  /**
   * Make glossary terms and aliases single tokens and findable by pinyin. Only units that
   * contain a term that was added or removed are re-tokenised.
   */
  setGlossary(entries: GlossaryEntry[]): void {
    const words: string[] = []
    const alternatives = new Map<string, string[]>()
    for (const entry of entries) {
      const names = [entry.term, ...(entry.aliases ?? [])].map(foldKey).filter((name) => name !== '')
      words.push(...names)
      for (const key of names.flatMap(glossaryPinyinKeys)) {
        alternatives.set(key, [...new Set([...(alternatives.get(key) ?? []), ...names])])
      }
    }
    this.pinyinAlternatives = alternatives

    const { added, removed } = this.segmenter.setUserWords(words)
    const changed = [...added, ...removed]
    if (changed.length === 0 || this.liveUnits === 0) return
    const affected = new Set<number>()
    for (const word of changed) for (const unitId of this.unitsContainingText(word)) affected.add(unitId)
    if (affected.size > this.liveUnits * REBUILD_SHARE) {
      this.postings = new TokenPostings()
      this.units.forEach((unit, unitId) => unit && this.postings.add(unitId, this.tokensOf(unit.folded)))
    } else {
      for (const unitId of affected) {
        const unit = this.units[unitId]
        if (!unit) continue
        this.postings.remove(unitId)
        this.postings.add(unitId, this.tokensOf(unit.folded))
      }
    }
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const parsed = parseQuery(query)
    const after = options.cursor ? decodeCursor(options.cursor) : null
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE)
    const script = options.script ?? 'hans'
    const clauses = this.clausesOf(parsed)

    const matches = this.match(clauses, parsed.contiguous, options)
    const following = after ? matches.filter((match) => compareRank(match, after) > 0) : matches
    const page = topRanked(following, limit)
    const needles = [parsed.contiguous, ...clauses.flatMap((clause) => clause.needles)]

    const results = page.map((match): SearchResult => {
      const { doc, bestUnit } = match
      const result: SearchResult = {
        type: doc.type,
        id: doc.id,
        slug: doc.slug,
        title: inScript(toSimplified(doc.title), script),
        snippet: buildSnippet(bestUnit.display, bestUnit.folded, needles, script),
        url: doc.url,
        score: match.score,
      }
      if (bestUnit.passage >= 0 && doc.unitIds.length > 2) result.passage = bestUnit.passage
      return result
    })
    const last = page[page.length - 1]
    const hasMore = following.length > page.length
    return { results, nextCursor: hasMore && last ? encodeCursor(last) : null, total: matches.length }
  }

  private addUnit(entry: DocEntry, passage: number, text: string): void {
    const display = toSimplified(text.normalize('NFKC'))
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n')
    if (display === '' && passage >= 0) return
    const lower = display.toLowerCase()
    const unit: Unit = { doc: entry, passage, display, folded: lower === display ? display : lower }
    const unitId = this.nextUnitId++
    this.units[unitId] = unit
    this.liveUnits++
    entry.unitIds.push(unitId)
    this.postings.add(unitId, this.tokensOf(unit.folded))
  }

  private removeEntry(key: string): boolean {
    const entry = this.docs.get(key)
    if (!entry) return false
    for (const unitId of entry.unitIds) {
      this.units[unitId] = undefined
      this.liveUnits--
      this.postings.remove(unitId)
    }
    this.docs.delete(key)
    return true
  }

  private tokensOf(folded: string): string[] {
    return [...new Set(this.segmenter.cutForSearch(folded).filter(isWordToken))]
  }

  /** Query → clauses: each quoted phrase, each jieba word of the rest, pinyin replaced by the glossary terms it spells. */
  private clausesOf(parsed: ParsedQuery): Clause[] {
    const clauses: Clause[] = parsed.phrases.map((phrase) => ({ needles: [phrase], phrase: true }))
    const words = parsed.words
    for (let index = 0; index < words.length; ) {
      const pinyin = this.longestPinyinRun(words, index)
      if (pinyin) {
        clauses.push({ needles: [pinyin.text, ...pinyin.terms], phrase: false })
        index += pinyin.length
        continue
      }
      for (const token of this.segmenter.cut(words[index] ?? '')) {
        if (isWordToken(token)) clauses.push({ needles: [token], phrase: false })
      }
      index += 1
    }
    const seen = new Set<string>()
    const unique = clauses.filter((clause) => {
      const id = `${clause.phrase}:${clause.needles.join('|')}`
      return seen.has(id) ? false : (seen.add(id), true)
    })
    const content = unique.filter((clause) => clause.phrase || !STOP_WORDS.has(clause.needles[0] ?? ''))
    return (content.length > 0 ? content : unique).slice(0, MAX_CLAUSES)
  }

  /** The longest run of Latin words from `start` that spells a glossary term in pinyin (jian die, jiàndié, jian4die2). */
  private longestPinyinRun(words: string[], start: number): { text: string; terms: string[]; length: number } | null {
    if (this.pinyinAlternatives.size === 0) return null
    let end = start
    while (end < words.length && pinyinQueryKey(words[end] ?? '') !== null) end++
    for (let stop = end; stop > start; stop--) {
      const text = words.slice(start, stop).join(' ')
      const terms = this.pinyinAlternatives.get(pinyinQueryKey(text) ?? '')
      if (terms) return { text, terms, length: stop - start }
    }
    return null
  }

  private match(clauses: Clause[], contiguous: string, options: SearchOptions): Match[] {
    this.ensureBitCapacity()
    const bits = this.clauseBits
    const touched: number[] = []
    clauses.forEach((clause, index) => {
      const bit = 1 << index
      for (const needle of clause.needles) {
        const lists = clause.phrase ? [this.unitsContainingText(needle)] : this.unitListsForTerm(needle)
        for (const unitIds of lists) {
          for (const unitId of unitIds) {
            if (bits[unitId] === 0) touched.push(unitId)
            bits[unitId] = (bits[unitId] as number) | bit
          }
        }
      }
    })

    const all = clauses.length === MAX_CLAUSES ? 0xffffffff : (1 << clauses.length) - 1
    const stamp = ++this.queryStamp
    const docs: DocEntry[] = []
    for (const unitId of touched) {
      const doc = this.units[unitId]?.doc
      if (!doc) continue
      if (doc.stamp !== stamp) {
        doc.stamp = stamp
        doc.mask = 0
        docs.push(doc)
      }
      doc.mask = (doc.mask | (bits[unitId] as number)) >>> 0
    }

    const matches: Match[] = []
    const checkContiguous = clauses.length > 1
    for (const doc of docs) {
      if (doc.mask !== all || !this.passesFilters(doc, options)) continue
      matches.push(this.rank(doc, all, contiguous, checkContiguous))
    }
    for (const unitId of touched) bits[unitId] = 0
    return matches
  }

  private passesFilters(doc: DocEntry, options: SearchOptions): boolean {
    if (!doc.published && !options.includeDrafts) return false
    if (options.type && doc.type !== options.type) return false
    if (options.topic && !doc.topics.includes(options.topic)) return false
    return true
  }

  /**
   * Title tier (exact title 4, whole query in title 3, all words 2, some 1) outranks body tier
   * (whole query in one passage 2, all words in one passage 1); dates break ties.
   */
  private rank(doc: DocEntry, all: number, contiguous: string, checkContiguous: boolean): Match {
    const bits = this.clauseBits
    const unitIds = doc.unitIds
    const titleId = unitIds[0] as number
    const titleUnit = this.units[titleId]
    const titleMask = bits[titleId] as number
    let titleTier = titleMask === 0 ? 0 : titleMask === all ? 2 : 1
    if (titleUnit && titleMask === all && (!checkContiguous || titleUnit.folded.includes(contiguous))) {
      titleTier = titleUnit.folded.split('\n').includes(contiguous) ? 4 : checkContiguous ? 3 : 2
    }

    let best: Unit | undefined
    let bestMask = 0
    let bestRank = -1
    for (let position = 1; position < unitIds.length; position++) {
      const unitId = unitIds[position] as number
      const mask = bits[unitId] as number
      if (mask === 0) continue
      const unit = this.units[unitId]
      if (!unit) continue
      const complete = mask === all
      const rank = (complete && (!checkContiguous || unit.folded.includes(contiguous)) ? 64 : 0) + popCount(mask)
      if (rank > bestRank) {
        best = unit
        bestMask = mask
        bestRank = rank
      }
    }
    const bodyTier = bestRank >= 64 ? 2 : bestMask === all ? 1 : 0
    const fallback = unitIds.length > 1 ? this.units[unitIds[1] as number] : titleUnit
    return {
      doc,
      bestUnit: (best ?? fallback ?? titleUnit) as Unit,
      score: titleTier * 10 + bodyTier,
      publishedTime: doc.publishedTime,
      updatedTime: doc.updatedTime,
      key: doc.key,
    }
  }

  /** Units with an indexed token containing `term`; when no token anywhere contains it (it spans words), units whose text does. */
  private unitListsForTerm(term: string): number[][] {
    const tokens = this.postings.tokensContaining(term)
    if (tokens.length === 0) return [this.unitsContainingText(term)]
    return tokens.map((token) => this.postings.unitsWithToken(token, this.nextUnitId))
  }

  /**
   * Units whose folded text contains `text`, exactly. Every character of a unit lies inside
   * one of its tokens, so the units holding each character are known; the two rarest
   * characters narrow the candidates before the substring check.
   */
  private unitsContainingText(text: string): number[] {
    const characters = [...new Set(text)].filter(isWordToken)
    if (characters.length === 0) return []
    const limit = this.nextUnitId
    const costed = characters
      .map((character) => {
        const lists = this.postings.tokensWithCharacter(character).map((token) => this.postings.unitsWithToken(token, limit))
        return { lists, cost: lists.reduce((sum, list) => sum + list.length, 0) }
      })
      .sort((a, b) => a.cost - b.cost)
    const [rarest, second] = costed
    if (!rarest || rarest.cost === 0) return []

    this.ensureBitCapacity()
    const marks = this.candidateMarks
    const stamp = 1
    if (second) for (const list of second.lists) for (const unitId of list) marks[unitId] = stamp
    const found: number[] = []
    const checked = new Set<number>()
    for (const list of rarest.lists) {
      for (const unitId of list) {
        if ((second && marks[unitId] !== stamp) || checked.has(unitId)) continue
        checked.add(unitId)
        if (this.units[unitId]?.folded.includes(text)) found.push(unitId)
      }
    }
    if (second) for (const list of second.lists) for (const unitId of list) marks[unitId] = 0
    return found
  }

  private ensureBitCapacity(): void {
    if (this.clauseBits.length > this.nextUnitId) return
    let length = this.clauseBits.length
    while (length <= this.nextUnitId) length *= 2
    this.clauseBits = new Uint32Array(length)
    this.candidateMarks = new Uint32Array(length)
  }
}

export function createSearchIndex(): SearchIndex {
  return new SearchIndex()
}

function documentKey(type: SearchDocumentType, id: string | number): string {
  return `${type}:${String(id)}`
}

function timeOf(date: string | null | undefined): number {
  const time = date ? Date.parse(date) : NaN
  return Number.isFinite(time) ? time : 0
}

function popCount(mask: number): number {
  let count = 0
  for (let rest = mask >>> 0; rest !== 0; rest &= rest - 1) count++
  return count
}

/** The best `count` in rank order, without sorting everything (a page is small, matches can be thousands). */
function topRanked<T extends RankPosition>(items: T[], count: number): T[] {
  const top: T[] = []
  for (const item of items) {
    if (top.length === count && compareRank(item, top[count - 1] as T) >= 0) continue
    let at = top.length
    while (at > 0 && compareRank(item, top[at - 1] as T) < 0) at--
    top.splice(at, 0, item)
    if (top.length > count) top.pop()
  }
  return top
}
