import { foldKey, toSimplified } from '../text/normalize.js'
import { ChineseSegmenter, isWordToken } from '../text/segment.js'
import { compareRank, positionOfCursor, rankCursor, type RankPosition } from './rank.js'
import { casePatch, withCase } from './case-patch.js'
import { MatchCache, pageOfSorted } from './match-cache.js'
import { splitIntoPassages } from './passages.js'
import { glossaryPinyinKeys, pinyinQueryKey } from './pinyin-keys.js'
import { parseQuery, type ParsedQuery } from './query.js'
import { buildSnippet, inScript } from './snippet.js'
import { BigramPostings, TokenPostings } from './postings.js'
import { SlotHeap } from './top-k.js'
import { withCapacity } from './typed-arrays.js'
import {
  SEARCH_TYPES,
  type GlossaryEntry,
  type SearchDocument,
  type SearchDocumentType,
  type SearchOptions,
  type SearchResponse,
  type SearchResult,
} from './types.js'

export const DEFAULT_PAGE_SIZE = 10
export const MAX_PAGE_SIZE = 50
/** Clauses are tracked as bits of a 32-bit mask; words beyond this only count for ranking. */
const MAX_CLAUSES = 32
/** When a glossary change touches more than this share of units, rebuilding is cheaper than removing each one. */
const REBUILD_SHARE = 0.2
/** Removed units stay in the posting lists until they are this share of all postings (and at least COMPACT_MIN of them). */
const COMPACT_SHARE = 0.25
const COMPACT_MIN = 50_000
/** A phrase's candidates are narrowed by at most this many more characters before the substring check... */
const PHRASE_NARROWING_CHARACTERS = 3
/** ...each only when marking its units costs less than this many times the candidates it can rule out. */
const PHRASE_NARROWING_COST = 20
/** From the third page of one query on, the whole match list is ranked once and cached. */
const DEEP_PAGING = 2
/** Function words dropped from a query that has other words: they would match nearly everything. */
const STOP_WORDS = new Set([
  '的',
  '了',
  '是',
  '在',
  '和',
  '与',
  '及',
  '或',
  '之',
  '等',
  '也',
  '就',
  '都',
  '而',
  '把',
  '被',
  '对',
  '有',
])

interface DocEntry {
  key: string
  type: SearchDocumentType
  id: string | number
  slug: string
  title: string
  url: string
  topics: string[]
  published: boolean
  /** A published version with a newer draft: staff who see drafts get the draft entry instead. */
  supersededByDraft: boolean
  /** Position in the per-document scratch arrays (reused after removal). */
  slot: number
  publishedTime: number
  updatedTime: number
  /** First the title unit (title and aliases), then the passages in order. */
  unitIds: number[]
}

/** A searchable piece of a document: its title block (passage -1) or one body passage. */
interface Unit {
  doc: DocEntry
  passage: number
  /** NFKC + Simplified, lower-cased: what queries match. */
  folded: string
  /** What snippets show (the text in its own case) is `folded` with this applied (case-patch.ts); '' when they are the same. */
  casePatch: string
  /** Postings this unit holds, to know how many go dead when it is removed. */
  postingCount: number
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

/** Tells index objects apart in SearchIndex.version: a rebuilt index starts counting changes anew. */
let indexSerial = 0

/**
 * In-memory Chinese full-text index over CMS documents. Queries and documents are folded the
 * same way (NFKC, Traditional → Simplified, lower case), cut by jieba with the glossary as user
 * dictionary, and matched per document: every query word must occur in the title or a passage.
 */
export class SearchIndex {
  private readonly segmenter = new ChineseSegmenter()
  private postings = new TokenPostings()
  private readonly bigrams = new BigramPostings()
  private deadPostings = 0
  private readonly docs = new Map<string, DocEntry>()
  /** Bumped by every change; cached match lists of older generations are stale. */
  private generation = 0
  private readonly cache = new MatchCache<Match>()
  /** Indexed by unit id; ids are never reused, so removed units leave holes. */
  private units: (Unit | undefined)[] = []
  private liveUnits = 0
  private nextUnitId = 1
  private queryStamp = 0
  private pinyinAlternatives = new Map<string, string[]>()
  /** Per unit id: its document's slot + 1, or 0 once the unit is gone. Hot loops test liveness here. */
  private unitSlot = new Int32Array(1024)
  private readonly docBySlot: (DocEntry | undefined)[] = []
  private readonly freeSlots: number[] = []
  /** Per document slot, scratch of the running query: which clauses matched, valid while docStamp is the query's stamp. */
  private docStamp = new Uint32Array(256)
  private docMask = new Uint32Array(256)
  /** Per document slot, scratch of the running query: BODY_COMPLETE / BODY_MAY_HOLD_PHRASE of its passages. */
  private docBody = new Uint8Array(256)
  /** Per document slot, scratch of the running query: the upper bound of its score, then its exact score once ranked. */
  private slotBound = new Int32Array(256)
  /** Folded title line (title or alias) → slots of the documents with that line: who can reach TITLE_TIER.exact. */
  private readonly titleLines = new Map<string, number[]>()
  /** Documents ranked exactly (text read) by the last query's top-k: the work the heap could not avoid. */
  private lastExactRanks = 0
  /**
   * Per document slot, what the match loop needs for filtering and pruning, in typed arrays so
   * that skipping a document never touches its object: the title unit, dates, and flags
   * (bit 0 published, bit 1 superseded by a draft, bits 2–3 the type).
   */
  private slotTitleUnit = new Uint32Array(256)
  private slotPublished = new Float64Array(256)
  private slotUpdated = new Float64Array(256)
  private slotFlags = new Uint8Array(256)
  /**
   * Per-unit scratch of the running query: the unit ids it touched (the first touchedCount), their
   * clause bits (all zero between queries), and the marks of a substring scan (set when equal to
   * markStamp).
   */
  private touched = new Uint32Array(1024)
  private clauseBits = new Uint32Array(1024)
  private candidateMarks = new Uint32Array(1024)
  private certainMarks = new Uint32Array(1024)
  private markStamp = 0

  private readonly serial = ++indexSerial

  /**
   * Changes whenever an answer may change (any upsert, removal or glossary change), and differs
   * between index objects: what cached answers are keyed by.
   */
  get version(): string {
    return `${this.serial}.${this.generation}`
  }

  /** Number of documents. */
  get size(): number {
    return this.docs.size
  }

  /** Documents whose text the last first-pages query read to rank them (the rest were ruled out by their bound). */
  get lastQueryExactRanks(): number {
    return this.lastExactRanks
  }

  /** Number of indexed units (title blocks and passages). */
  get unitCount(): number {
    return this.liveUnits
  }

  /** Whether the document is indexed (either version, or the given one). */
  has(type: SearchDocumentType, id: string | number, status?: SearchDocument['status']): boolean {
    if (status) return this.docs.has(documentKey(type, id, status))
    return (
      this.docs.has(documentKey(type, id, 'published')) ||
      this.docs.has(documentKey(type, id, 'draft'))
    )
  }

  /**
   * Add or replace a document version. A document has at most two: the published one and a
   * newer draft (drafts are left out of results unless asked for).
   */
  upsert(doc: SearchDocument): void {
    const key = documentKey(doc.type, doc.id, doc.status)
    this.removeEntry(key)
    this.generation++
    const entry: DocEntry = {
      key,
      type: doc.type,
      id: doc.id,
      slug: doc.slug,
      title: doc.title,
      url: doc.url,
      topics: [...doc.topics],
      published: doc.status === 'published',
      supersededByDraft: doc.status === 'published' && doc.supersededByDraft === true,
      slot: this.takeSlot(),
      publishedTime: timeOf(doc.publishedAt),
      updatedTime: timeOf(doc.updatedAt),
      unitIds: [],
    }
    // The title block is a unit even when empty: unitIds[0] is always the title.
    const titleUnit = this.addUnit(entry, -1, displayText([doc.title, ...(doc.aliases ?? [])]))
    splitIntoPassages(doc.body).forEach((passage, index) => {
      const display = displayText([passage])
      if (display !== '') this.addUnit(entry, index, display)
    })
    this.docs.set(key, entry)
    this.docBySlot[entry.slot] = entry
    for (const line of this.titleLinesOf(titleUnit)) {
      const slots = this.titleLines.get(line)
      if (slots) slots.push(entry.slot)
      else this.titleLines.set(line, [entry.slot])
    }
    this.slotTitleUnit[entry.slot] = titleUnit
    this.slotPublished[entry.slot] = entry.publishedTime
    this.slotUpdated[entry.slot] = entry.updatedTime
    this.slotFlags[entry.slot] =
      (entry.published ? 1 : 0) |
      (entry.supersededByDraft ? 2 : 0) |
      (SEARCH_TYPES.indexOf(entry.type) << 2)
    this.compactIfWorthIt()
  }

  /** Remove a document (both versions, or the given one). */
  remove(
    type: SearchDocumentType,
    id: string | number,
    status?: SearchDocument['status'],
  ): boolean {
    const statuses = status ? [status] : (['published', 'draft'] as const)
    let removed = false
    for (const each of statuses) removed = this.removeEntry(documentKey(type, id, each)) || removed
    if (removed) this.compactIfWorthIt()
    return removed
  }

  /** After a bulk build: drop removed units from the postings and release the lists' growth room (about a quarter of their memory). */
  optimize(): void {
    const isLive = (unitId: number) => this.unitSlot[unitId] !== 0
    if (this.deadPostings > 0) {
      this.postings.compact(isLive)
      this.bigrams.compact(isLive)
      this.deadPostings = 0
    }
    this.postings.trim()
    this.bigrams.trim()
  }

  /**
   * optimize()'s trim in steps of `batch` lists each, for a caller that yields to the event loop
   * between them (the service after a build); removed units are left to the compaction upserts
   * and removals run when they are worth it. At 10,000 articles trimming every list at once
   * held the loop 42 ms, to give back 11 of 48 MB of typed arrays.
   */
  *optimizeInSteps(batch = 500): Generator<void, void, void> {
    yield* this.postings.trimInSteps(batch)
    yield* this.bigrams.trimInSteps(batch)
  }

  /** Forget cached match lists (they are also dropped by any change); for measuring cold queries. */
  clearMatchCache(): void {
    this.cache.clear()
  }

  /**
   * Make glossary terms and aliases single tokens and findable by pinyin. Only units that
   * contain a term that was added or removed are re-tokenised.
   */
  setGlossary(entries: GlossaryEntry[]): void {
    const words: string[] = []
    const alternatives = new Map<string, string[]>()
    for (const entry of entries) {
      const names = [entry.term, ...(entry.aliases ?? [])]
        .map(foldKey)
        .filter((name) => name !== '')
      words.push(...names)
      for (const key of names.flatMap(glossaryPinyinKeys)) {
        alternatives.set(key, [...new Set([...(alternatives.get(key) ?? []), ...names])])
      }
    }
    this.pinyinAlternatives = alternatives

    const { added, removed } = this.segmenter.setUserWords(words)
    const changed = [...added, ...removed]
    this.generation++
    if (changed.length === 0 || this.liveUnits === 0) return
    const affected = new Set<number>()
    for (const word of changed)
      for (const unitId of this.unitsContainingText(word)) affected.add(unitId)
    if (affected.size > this.liveUnits * REBUILD_SHARE) {
      this.postings = new TokenPostings()
      this.deadPostings = 0
      this.units.forEach((unit, unitId) => {
        if (unit) unit.postingCount = this.postings.add(unitId, this.tokensOf(unit.folded))
      })
      return
    }
    // A unit cut differently gets a new id (lists stay sorted; the old id's postings go dead).
    for (const unitId of [...affected].sort((a, b) => a - b)) {
      const unit = this.units[unitId]
      if (!unit) continue
      const renewed = this.nextUnitId++
      this.ensureUnitCapacity()
      this.units[unitId] = undefined
      this.units[renewed] = unit
      this.unitSlot[renewed] = unit.doc.slot + 1
      this.unitSlot[unitId] = 0
      this.deadPostings += unit.postingCount
      const at = unit.doc.unitIds.indexOf(unitId)
      if (at >= 0) unit.doc.unitIds[at] = renewed
      if (at === 0) this.slotTitleUnit[unit.doc.slot] = renewed
      unit.postingCount = this.postings.add(renewed, this.tokensOf(unit.folded))
      this.bigrams.add(renewed, unit.folded)
    }
    this.compactIfWorthIt()
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    return this.answer(query, options, false)
  }

  /**
   * The same answer from ranking every match and sorting them, as search did before its top-k
   * (and still does from the third page on): the reference the tests compare the top-k with, and
   * the benchmark's baseline. Leaves the match cache alone.
   */
  searchByFullRanking(query: string, options: SearchOptions = {}): SearchResponse {
    return this.answer(query, options, true)
  }

  private answer(query: string, options: SearchOptions, fullRanking: boolean): SearchResponse {
    const parsed = parseQuery(query)
    const after = options.cursor ? positionOfCursor(options.cursor) : null
    const limit = Math.min(
      Math.max(Math.trunc(options.limit ?? DEFAULT_PAGE_SIZE), 1),
      MAX_PAGE_SIZE,
    )
    const script = options.script ?? 'hans'
    const clauses = this.clausesOf(parsed)

    const cacheKey = matchCacheKey(clauses, parsed.contiguous, options)
    const cached = fullRanking ? undefined : this.cache.get(cacheKey, this.generation)
    let page: Match[]
    let hasMore: boolean
    let total: number
    if (fullRanking) {
      const { matches } = this.match(clauses, parsed.contiguous, options, null, null)
      ;({ page, hasMore } = pageOfSorted(matches.sort(compareRank), after, limit))
      total = matches.length
    } else if (cached) {
      if (!cached.sorted) {
        cached.matches.sort(compareRank)
        cached.sorted = true
      }
      ;({ page, hasMore } = pageOfSorted(cached.matches, after, limit))
      total = cached.matches.length
    } else if (!after || this.cache.notePage(cacheKey, this.generation) < DEEP_PAGING) {
      // First pages: top-k, the ranking work bounded by the page (topRanked).
      const { matches, count, following } = this.match(
        clauses,
        parsed.contiguous,
        options,
        limit,
        after,
      )
      page = matches
      hasMore = following > page.length
      total = count
    } else {
      // Someone pages deeper: rank everything once and keep it sorted for the pages after.
      const { matches } = this.match(clauses, parsed.contiguous, options, null, null)
      const entry = this.cache.set(cacheKey, this.generation, matches.sort(compareRank))
      entry.sorted = true
      ;({ page, hasMore } = pageOfSorted(matches, after, limit))
      total = matches.length
    }
    const needles = [parsed.contiguous, ...clauses.flatMap((clause) => clause.needles)]

    const results = page.map((match): SearchResult => {
      const { doc, bestUnit } = match
      const result: SearchResult = {
        type: doc.type,
        id: doc.id,
        slug: doc.slug,
        title: inScript(toSimplified(doc.title), script),
        snippet: buildSnippet(
          withCase(bestUnit.folded, bestUnit.casePatch),
          bestUnit.folded,
          needles,
          script,
        ),
        url: doc.url,
        status: doc.published ? 'published' : 'draft',
        score: match.score,
      }
      if (bestUnit.passage >= 0 && doc.unitIds.length > 2) result.passage = bestUnit.passage
      return result
    })
    const last = page[page.length - 1]
    return { results, nextCursor: hasMore && last ? rankCursor(last) : null, total }
  }

  /** Index one unit of `entry` (its text already through displayText); returns the unit id. */
  private addUnit(entry: DocEntry, passage: number, display: string): number {
    const folded = display.toLowerCase()
    const unit: Unit = {
      doc: entry,
      passage,
      folded,
      casePatch: casePatch(display, folded),
      postingCount: 0,
    }
    const unitId = this.nextUnitId++
    this.ensureUnitCapacity()
    this.units[unitId] = unit
    this.unitSlot[unitId] = entry.slot + 1
    this.liveUnits++
    entry.unitIds.push(unitId)
    unit.postingCount = this.postings.add(unitId, this.tokensOf(unit.folded))
    this.bigrams.add(unitId, unit.folded)
    return unitId
  }

  private removeEntry(key: string): boolean {
    const entry = this.docs.get(key)
    if (!entry) return false
    for (const line of this.titleLinesOf(entry.unitIds[0])) {
      const slots = this.titleLines.get(line)?.filter((slot) => slot !== entry.slot) ?? []
      if (slots.length > 0) this.titleLines.set(line, slots)
      else this.titleLines.delete(line)
    }
    for (const unitId of entry.unitIds) {
      this.deadPostings += this.units[unitId]?.postingCount ?? 0
      this.units[unitId] = undefined
      this.unitSlot[unitId] = 0
      this.liveUnits--
    }
    this.docs.delete(key)
    this.docBySlot[entry.slot] = undefined
    this.freeSlots.push(entry.slot)
    this.generation++
    return true
  }

  /** The distinct lines of a title unit's folded text (the title, then each alias). */
  private titleLinesOf(unitId: number | undefined): Set<string> {
    const unit = unitId === undefined ? undefined : this.units[unitId]
    return new Set(unit ? unit.folded.split('\n') : [])
  }

  private compactIfWorthIt(): void {
    if (this.deadPostings < COMPACT_MIN || this.deadPostings < this.postings.size * COMPACT_SHARE)
      return
    const isLive = (unitId: number) => this.unitSlot[unitId] !== 0
    this.postings.compact(isLive)
    this.bigrams.compact(isLive)
    this.deadPostings = 0
  }

  private tokensOf(folded: string): Set<string> {
    const tokens = new Set<string>()
    for (const token of this.segmenter.cutForSearch(folded))
      if (isWordToken(token)) tokens.add(token)
    return tokens
  }

  /** Query → clauses: each quoted phrase, each jieba word of the rest, pinyin replaced by the glossary terms it spells. */
  private clausesOf(parsed: ParsedQuery): Clause[] {
    const clauses: Clause[] = parsed.phrases.map((phrase) => ({ needles: [phrase], phrase: true }))
    const words = parsed.words
    for (let index = 0; index < words.length;) {
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
    const content = unique.filter(
      (clause) => clause.phrase || !STOP_WORDS.has(clause.needles[0] ?? ''),
    )
    return (content.length > 0 ? content : unique).slice(0, MAX_CLAUSES)
  }

  /** The longest run of Latin words from `start` that spells a glossary term in pinyin (jian die, jiàndié, jian4die2). */
  private longestPinyinRun(
    words: string[],
    start: number,
  ): { text: string; terms: string[]; length: number } | null {
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

  /**
   * Documents in which every clause matches (in the title or any passage), ranked. With
   * `topCount`, only the best that many ranked after `after` are returned, in order, and the
   * ranking work is bounded by the page, not by the matches: every match enters a heap under an
   * upper bound of its score computed from clause bits alone (no text is read), and only the
   * document on top is ranked exactly; it comes out when its exact score still puts it first.
   * On 10,000 articles whose titles all held 国家安全, ranking every match cost 12–15 ms; the
   * page now ranks a few dozen. `count` is every match; `following` those after `after` (exact).
   */
  private match(
    clauses: Clause[],
    contiguous: string,
    options: SearchOptions,
    topCount: number | null,
    after: RankPosition | null,
  ): { matches: Match[]; count: number; following: number } {
    this.ensureBitCapacity()
    const bits = this.clauseBits
    const unitSlot = this.unitSlot
    const touched = this.touched
    let touchedCount = 0
    const markUnits = (unitIds: Uint32Array, bit: number) => {
      for (let at = 0; at < unitIds.length; at++) {
        const unitId = unitIds[at]
        const unitBits = bits[unitId]
        if (unitBits === 0) {
          if (unitSlot[unitId] === 0) continue
          touched[touchedCount++] = unitId
        }
        bits[unitId] = unitBits | bit
      }
    }
    clauses.forEach((clause, index) => {
      const bit = 1 << index
      for (const needle of clause.needles) {
        // A term: units with an indexed token containing it; when no token anywhere contains it (it spans words), units whose text does.
        const tokens = clause.phrase ? [] : this.postings.tokensContaining(needle)
        if (tokens.length === 0) markUnits(this.unitsContainingText(needle), bit)
        // Each list is read (decoded into the postings' buffer) just before it is used.
        for (const token of tokens) markUnits(this.postings.readUnits(token), bit)
      }
    })

    const all = (clauses.length === MAX_CLAUSES ? 0xffffffff : (1 << clauses.length) - 1) >>> 0
    const checkContiguous = clauses.length > 1
    // Units that may hold the whole query (all its character pairs): a phrase tier is only possible there.
    const phraseStamp = ++this.markStamp
    const phraseMarks = this.candidateMarks
    const anyUnitMayHoldPhrase =
      checkContiguous && !this.markPairCandidates(contiguous, phraseStamp)

    const stamp = ++this.queryStamp
    const { docStamp, docMask, docBody, slotTitleUnit } = this
    const slots: number[] = []
    for (let at = 0; at < touchedCount; at++) {
      const unitId = touched[at]
      const slot = unitSlot[unitId] - 1
      if (docStamp[slot] !== stamp) {
        docStamp[slot] = stamp
        docMask[slot] = 0
        docBody[slot] = 0
        slots.push(slot)
      }
      const unitBits = bits[unitId]
      docMask[slot] |= unitBits
      // A passage with every word: BODY_TIER.allWords at least, BODY_TIER.phrase when it may hold the whole query.
      if (unitBits === all && unitId !== slotTitleUnit[slot])
        docBody[slot] |=
          !checkContiguous || anyUnitMayHoldPhrase || phraseMarks[unitId] === phraseStamp
            ? BODY_MAY_HOLD_PHRASE | BODY_COMPLETE
            : BODY_COMPLETE
    }

    const { slotFlags, docBySlot, slotBound } = this
    const onlyType = options.type ? SEARCH_TYPES.indexOf(options.type) : -1
    const draftTypes = SEARCH_TYPES.reduce(
      (mask, type, index) => (seesDrafts(options, type) ? mask | (1 << index) : mask),
      0,
    )
    const exactTitles = this.titleLines.get(contiguous)
    let count = 0
    for (const slot of slots) {
      if (docMask[slot] !== all) continue
      const flags = slotFlags[slot]
      const typeIndex = flags >> 2
      if (onlyType >= 0 && typeIndex !== onlyType) continue
      const staff = (draftTypes & (1 << typeIndex)) !== 0
      if (flags & 1 ? staff && (flags & 2) !== 0 : !staff) continue
      // Every slot a live unit points at holds its document; reading the reference leaves the object untouched.
      const doc = docBySlot[slot]
      if (!doc || (options.topic && !doc.topics.includes(options.topic))) continue
      // Kept in place: the matching slots are the first `count` of `slots`.
      slots[count++] = slot
      const titleUnit = slotTitleUnit[slot]
      const titleMask = bits[titleUnit]
      const titleBound =
        titleMask === 0
          ? 0
          : titleMask !== all
            ? TITLE_TIER.someWords
            : exactTitles?.includes(slot)
              ? TITLE_TIER.exact
              : checkContiguous && (anyUnitMayHoldPhrase || phraseMarks[titleUnit] === phraseStamp)
                ? TITLE_TIER.phrase
                : TITLE_TIER.allWords
      const body = docBody[slot]
      slotBound[slot] = score(
        titleBound,
        body & BODY_MAY_HOLD_PHRASE
          ? BODY_TIER.phrase
          : body & BODY_COMPLETE
            ? BODY_TIER.allWords
            : 0,
      )
    }

    let matches: Match[] = []
    let following: number
    if (topCount === null) {
      for (let at = 0; at < count; at++) {
        const doc = docBySlot[slots[at]]
        const match = doc && this.rank(doc, all, contiguous, checkContiguous)
        if (match && !(after && compareRank(match, after) <= 0)) matches.push(match)
      }
      following = matches.length
    } else {
      ;({ matches, following } = this.topRanked(slots, count, topCount, after, (doc) =>
        this.rank(doc, all, contiguous, checkContiguous),
      ))
    }
    for (let at = 0; at < touchedCount; at++) bits[touched[at]] = 0
    return { matches, count, following }
  }

  /**
   * The first `topCount` matches after `after`, in rank order, from the first `count` of
   * `slots` (their score bounds in slotBound). The heap orders documents by bound, then by the
   * tie-breaks of compareRank; a bound never lies below the exact score, so when the top
   * document's exact score equals its bound nothing left in the heap can rank before it. Only
   * the best bound classes enter the heap: the next one is added when the top's score no longer
   * beats its bound (scores take few values; at 100,000 passages 安全 has 28,759 matches, of
   * which the heap then holds the few thousand with the best bound).
   */
  private topRanked(
    slots: number[],
    count: number,
    topCount: number,
    after: RankPosition | null,
    rankDoc: (doc: DocEntry) => Match,
  ): { matches: Match[]; following: number } {
    const { slotBound, slotPublished, slotUpdated, docBySlot } = this
    // Counting sort by bound, best first: the bound classes, each a run of `ordered`.
    const starts = new Int32Array(MAX_SCORE + 2)
    for (let at = 0; at < count; at++) starts[MAX_SCORE - slotBound[slots[at]] + 1]++
    for (let bound = 1; bound < starts.length; bound++) starts[bound] += starts[bound - 1]
    const ordered = new Uint32Array(count)
    for (let at = 0; at < count; at++) {
      const slot = slots[at]
      ordered[starts[MAX_SCORE - slotBound[slot]]++] = slot
    }

    const heap = new SlotHeap(Math.min(count, 1024), (a, b) => {
      const order =
        slotBound[b] - slotBound[a] ||
        slotPublished[b] - slotPublished[a] ||
        slotUpdated[b] - slotUpdated[a]
      if (order !== 0) return order < 0
      const keyA = docBySlot[a]?.key ?? ''
      const keyB = docBySlot[b]?.key ?? ''
      return keyA < keyB
    })
    let pending = 0 // ordered[pending…] are not in the heap yet
    const pendingBound = () => (pending < count ? slotBound[ordered[pending]] : -1)
    const addClass = () => {
      const bound = slotBound[ordered[pending]]
      while (pending < count && slotBound[ordered[pending]] === bound) heap.push(ordered[pending++])
    }

    const ranked = new Map<number, Match>()
    const matches: Match[] = []
    let exactRanks = 0
    while (matches.length < topCount) {
      const slot = heap.peek()
      if (slot === undefined || slotBound[slot] <= pendingBound()) {
        if (pending === count) break
        addClass()
        continue
      }
      let match = ranked.get(slot)
      if (!match) {
        const doc = docBySlot[slot]
        if (!doc) {
          heap.pop()
          continue
        }
        match = rankDoc(doc)
        exactRanks++
        if (match.score !== slotBound[slot]) {
          slotBound[slot] = match.score
          ranked.set(slot, match)
          heap.lowerTop()
          continue
        }
      }
      heap.pop()
      if (after && compareRank(match, after) <= 0) continue
      matches.push(match)
    }
    this.lastExactRanks = exactRanks
    // What is left ranks after the last result taken, so after the cursor too.
    return { matches, following: matches.length + heap.size + (count - pending) }
  }

  /**
   * Mark (with `stamp` in candidateMarks) the units holding every indexed character pair of
   * `text`; false when `text` has no indexed pair, so that nothing can be ruled out.
   */
  private markPairCandidates(text: string, stamp: number): boolean {
    const units = this.bigrams.unitsWithAllPairs(text)
    if (!units) return false
    const marks = this.candidateMarks
    for (let at = 0; at < units.length; at++) marks[units[at]] = stamp
    return true
  }

  private takeSlot(): number {
    const slot = this.freeSlots.pop() ?? this.docBySlot.length
    const length = slot + 1
    this.docStamp = withCapacity(this.docStamp, length, Uint32Array)
    this.docMask = withCapacity(this.docMask, length, Uint32Array)
    this.docBody = withCapacity(this.docBody, length, Uint8Array)
    this.slotBound = withCapacity(this.slotBound, length, Int32Array)
    this.slotTitleUnit = withCapacity(this.slotTitleUnit, length, Uint32Array)
    this.slotPublished = withCapacity(this.slotPublished, length, Float64Array)
    this.slotUpdated = withCapacity(this.slotUpdated, length, Float64Array)
    this.slotFlags = withCapacity(this.slotFlags, length, Uint8Array)
    return slot
  }

  private ensureUnitCapacity(): void {
    this.unitSlot = withCapacity(this.unitSlot, this.nextUnitId + 1, Int32Array)
  }

  /** Scores `doc`, whose units carry the running query's clause bits (see the tiers at `score`). */
  private rank(doc: DocEntry, all: number, contiguous: string, checkContiguous: boolean): Match {
    const bits = this.clauseBits
    const unitIds = doc.unitIds
    const titleId = unitIds[0]
    const titleUnit = this.units[titleId]
    const titleMask = bits[titleId]
    let titleTier =
      titleMask === 0 ? 0 : titleMask === all ? TITLE_TIER.allWords : TITLE_TIER.someWords
    if (
      titleUnit &&
      titleMask === all &&
      (!checkContiguous || titleUnit.folded.includes(contiguous))
    ) {
      titleTier = titleUnit.folded.split('\n').includes(contiguous)
        ? TITLE_TIER.exact
        : checkContiguous
          ? TITLE_TIER.phrase
          : TITLE_TIER.allWords
    }

    let best: Unit | undefined
    let bestMask = 0
    let bestRank = -1
    for (let position = 1; position < unitIds.length; position++) {
      const unitId = unitIds[position]
      const mask = bits[unitId]
      if (mask === 0) continue
      const unit = this.units[unitId]
      if (!unit) continue
      const complete = mask === all
      const rank =
        (complete && (!checkContiguous || unit.folded.includes(contiguous)) ? 64 : 0) +
        popCount(mask)
      if (rank > bestRank) {
        best = unit
        bestMask = mask
        bestRank = rank
      }
    }
    const bodyTier = bestRank >= 64 ? BODY_TIER.phrase : bestMask === all ? BODY_TIER.allWords : 0
    const fallback = unitIds.length > 1 ? this.units[unitIds[1]] : titleUnit
    const bestUnit = best ?? fallback ?? titleUnit
    // Only documents with a live unit holding clause bits are ranked, and their units are live.
    if (!bestUnit) throw new Error(`search: ranked ${doc.key}, which has no indexed unit`)
    return {
      doc,
      bestUnit,
      score: score(titleTier, bodyTier),
      publishedTime: doc.publishedTime,
      updatedTime: doc.updatedTime,
      key: doc.key,
    }
  }

  /**
   * Live units whose folded text contains `text`, exactly: candidates from the character-pair
   * postings (or, for a single character, from the tokens holding it), then a substring check.
   */
  private unitsContainingText(text: string): Uint32Array {
    const units = this.units
    const unitSlot = this.unitSlot
    this.ensureBitCapacity()
    const paired = this.bigrams.unitsWithAllPairs(text)
    const candidates: ArrayLike<number> = paired ?? this.characterCandidates(text)
    // A unit with a token containing the text certainly contains it: no substring check needed.
    const certain = ++this.markStamp
    const certainMarks = this.certainMarks
    for (const token of this.postings.tokensContaining(text)) {
      const list = this.postings.readUnits(token)
      for (let at = 0; at < list.length; at++) certainMarks[list[at]] = certain
    }
    const found = new Uint32Array(candidates.length)
    let count = 0
    for (let at = 0; at < candidates.length; at++) {
      const unitId = candidates[at]
      if (unitSlot[unitId] === 0) continue // a live unit has its Unit object
      if (certainMarks[unitId] === certain || units[unitId]?.folded.includes(text))
        found[count++] = unitId
    }
    return found.subarray(0, count)
  }

  /**
   * Every character of a unit lies inside one of its tokens, so the units holding a character
   * are known: the rarest character gives the candidates, a few more rare ones narrow them.
   */
  private characterCandidates(text: string): number[] {
    const characters = [...new Set(text)].filter(isWordToken)
    if (characters.length === 0) return []
    const costed = characters
      .map((character) => {
        const tokens = this.postings.tokensWithCharacter(character)
        let cost = 0
        for (const token of tokens) cost += this.postings.frequency(token)
        return { tokens, cost }
      })
      .sort((a, b) => a.cost - b.cost)
    const rarest = costed[0]
    if (!rarest || rarest.cost === 0) return []

    const marks = this.candidateMarks
    const unitSlot = this.unitSlot
    let stamp = ++this.markStamp
    let candidates: number[] = []
    for (const token of rarest.tokens) {
      const list = this.postings.readUnits(token)
      for (let at = 0; at < list.length; at++) {
        const unitId = list[at]
        if (marks[unitId] !== stamp && unitSlot[unitId] !== 0) {
          marks[unitId] = stamp
          candidates.push(unitId)
        }
      }
    }
    for (const { tokens, cost } of costed.slice(1, 1 + PHRASE_NARROWING_CHARACTERS)) {
      if (candidates.length === 0 || cost > candidates.length * PHRASE_NARROWING_COST) break
      const previous = stamp
      stamp = ++this.markStamp
      for (const token of tokens) {
        const list = this.postings.readUnits(token)
        for (let at = 0; at < list.length; at++) {
          const unitId = list[at]
          if (marks[unitId] === previous) marks[unitId] = stamp
        }
      }
      candidates = candidates.filter((unitId) => marks[unitId] === stamp)
    }
    return candidates
  }

  private ensureBitCapacity(): void {
    const length = this.nextUnitId + 1
    this.clauseBits = withCapacity(this.clauseBits, length, Uint32Array)
    this.candidateMarks = withCapacity(this.candidateMarks, length, Uint32Array)
    this.certainMarks = withCapacity(this.certainMarks, length, Uint32Array)
    this.touched = withCapacity(this.touched, length, Uint32Array)
  }
}

export function createSearchIndex(): SearchIndex {
  return new SearchIndex()
}

function documentKey(
  type: SearchDocumentType,
  id: string | number,
  status: SearchDocument['status'],
): string {
  return status === 'draft' ? `${type}:${String(id)}:draft` : `${type}:${String(id)}`
}

function seesDrafts(options: SearchOptions, type: SearchDocumentType): boolean {
  const { includeDrafts } = options
  return includeDrafts === true || (Array.isArray(includeDrafts) && includeDrafts.includes(type))
}

/** Everything that decides the match list (not the page, the script or the cursor). */
function matchCacheKey(clauses: Clause[], contiguous: string, options: SearchOptions): string {
  const drafts = SEARCH_TYPES.filter((type) => seesDrafts(options, type)).join(',')
  return JSON.stringify([clauses, contiguous, options.type ?? '', options.topic ?? '', drafts])
}

/** What a unit shows: NFKC, Simplified, one space for each run of white space, blank lines dropped. */
function displayText(lines: string[]): string {
  return toSimplified(lines.join('\n').normalize('NFKC'))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

function timeOf(date: string | null | undefined): number {
  const time = date ? Date.parse(date) : NaN
  return Number.isFinite(time) ? time : 0
}

/**
 * The score of a match: the title tier outranks the body tier, dates break ties (compareRank).
 * Title tiers: the query is one of the title's lines (exact title), the whole query occurs in
 * the title, all its words do, some do. Body tiers, for the best passage: the whole query occurs
 * in it, all words do. Clause bits only tell whether all or some words occur, so the top-k
 * bound (match) takes the best tiers those bits still allow: TITLE_TIER.exact only for a title line
 * equal to the query (titleLines), the phrase tiers only where every character pair of the
 * query occurs (bigram postings).
 */
function score(titleTier: number, bodyTier: number): number {
  return titleTier * 10 + bodyTier
}
const TITLE_TIER = { exact: 4, phrase: 3, allWords: 2, someWords: 1 } as const
const BODY_TIER = { phrase: 2, allWords: 1 } as const
const MAX_SCORE = TITLE_TIER.exact * 10 + BODY_TIER.phrase
/** docBody bits: a passage holds every word; such a passage may also hold the whole query (its character pairs are there). */
const BODY_COMPLETE = 1
const BODY_MAY_HOLD_PHRASE = 2

function popCount(mask: number): number {
  let count = 0
  for (let rest = mask >>> 0; rest !== 0; rest &= rest - 1) count++
  return count
}
