/**
 * Search benchmark on passages generated from the seed documents.
 *
 *   npx tsx --expose-gc bench/search.ts [--passages 100000] [--runs 30]
 *
 * --expose-gc makes the heap figures exact (measured after a full GC); without it they
 * include garbage and are only an upper bound.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createSearchIndex, parseQuery, splitIntoPassages, type SearchDocument } from '../src/search/index.js'
import { normalizeForSearch, toTraditional } from '../src/text/normalize.js'

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const TARGET_PASSAGES = argument('passages', 100_000)
const RUNS = argument('runs', 30)
const MILESTONE = 10_000

const QUERIES = [
  { label: 'single word', query: '安全' },
  { label: 'single word', query: '间谍' },
  { label: 'single word (rare)', query: '地理信息' },
  { label: 'two words', query: '反恐 国际合作' },
  { label: 'two words', query: '国家 秘密' },
  { label: 'phrase', query: '"反恐怖主义法"' },
  { label: 'phrase', query: '“安全防范”' },
  { label: 'Traditional', query: '國家安全教育日' },
  { label: 'Traditional', query: '恐怖組織' },
  { label: 'pinyin', query: 'jiandie' },
  { label: 'pinyin', query: 'guo jia mi mi' },
]
const GLOSSARY = [
  { term: '间谍' },
  { term: '国家秘密' },
  { term: '专用间谍器材' },
  { term: '间谍组织代理人' },
  { term: '敌对组织' },
  { term: '恐怖活动组织' },
]

// ---------- corpus generation ----------

let seed = 20240415
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T

function loadSentences(): string[] {
  const folder = fileURLToPath(new URL('../tests/fixtures/seeds/', import.meta.url))
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(`${folder}${name}`, 'utf8').split(/\n+/))
    .flatMap((paragraph) => paragraph.split(/(?<=[。！？；!?;])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 8)
}

function vary(sentence: string): string {
  return sentence.replace(/\d+/g, (digits) => String(Math.floor(random() * 10 ** Math.min(digits.length, 4))))
}

function paragraphOf(sentences: string[]): string {
  const count = 2 + Math.floor(random() * 6)
  return Array.from({ length: count }, () => vary(pick(sentences))).join('')
}

function generateDocuments(target: number): { docs: SearchDocument[]; passages: number } {
  const sentences = loadSentences()
  const docs: SearchDocument[] = []
  let passages = 0
  while (passages < target) {
    const id = docs.length + 1
    const paragraphs = Array.from({ length: 1 + Math.floor(random() * 12) }, () => paragraphOf(sentences))
    const traditional = random() < 0.3
    const script = (text: string) => (traditional ? toTraditional(text, random() < 0.5 ? 'tw' : 'hk') : text)
    const body = script(paragraphs.join('\n'))
    const date = new Date(Date.UTC(2015 + Math.floor(random() * 10), Math.floor(random() * 12), 1 + Math.floor(random() * 28)))
    const kind = random()
    docs.push({
      type: kind < 0.6 ? 'article' : kind < 0.9 ? 'qa' : 'term',
      id,
      slug: `doc-${id}`,
      title: script(vary(pick(sentences)).slice(0, 30)),
      body,
      topics: [pick(['guo-jia-an-quan', 'fan-kong', 'fan-jian-die', 'bao-mi'])],
      status: random() < 0.95 ? 'published' : 'draft',
      publishedAt: date.toISOString(),
      updatedAt: date.toISOString(),
      url: `/articles/doc-${id}`,
    })
    passages += splitIntoPassages(body).length
  }
  return { docs, passages }
}

// ---------- helpers ----------

const gc = (globalThis as { gc?: () => void }).gc
const heapMb = (): number => {
  gc?.()
  return process.memoryUsage().heapUsed / 1e6
}
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
const ms = (value: number): string => `${value.toFixed(2)} ms`

// ---------- run ----------

const generationStart = performance.now()
const { docs, passages } = generateDocuments(TARGET_PASSAGES)
console.log(`corpus: ${docs.length} documents, ${passages} passages (generated in ${ms(performance.now() - generationStart)})`)
console.log(`heap figures: ${gc ? 'after full GC' : 'without --expose-gc: upper bounds'}`)

const heapBefore = heapMb()
const index = createSearchIndex()
index.setGlossary(GLOSSARY)
const buildStart = performance.now()
let milestoneTime = NaN
let indexed = 0
for (const doc of docs) {
  index.upsert(doc)
  indexed += splitIntoPassages(doc.body).length
  if (Number.isNaN(milestoneTime) && indexed >= MILESTONE) milestoneTime = performance.now() - buildStart
}
const buildTime = performance.now() - buildStart
const heapAfter = heapMb()
console.log(`build: first ${MILESTONE} passages ${ms(milestoneTime)}; all ${indexed} passages ${ms(buildTime)} (${index.unitCount} units incl. titles)`)
console.log(`heap: index ${heapAfter - heapBefore > 0 ? (heapAfter - heapBefore).toFixed(1) : '?'} MB; total heapUsed ${heapAfter.toFixed(1)} MB (includes the generated corpus)`)

// Naive baseline: substring scan over the same normalised passages, document-level AND over whole words/phrases.
const baselineDocs = docs.map((doc) => ({
  id: doc.id,
  published: doc.status === 'published',
  texts: [normalizeForSearch(doc.title), ...splitIntoPassages(doc.body).map(normalizeForSearch)],
}))
function baselineSearch(query: string): Set<string | number> {
  const parsed = parseQuery(query)
  const needles = [...parsed.words, ...parsed.phrases]
  const found = new Set<string | number>()
  for (const doc of baselineDocs) {
    if (doc.published && needles.every((needle) => doc.texts.some((text) => text.includes(needle)))) found.add(doc.id)
  }
  return found
}

const indexTimes: number[] = []
const baselineTimes: number[] = []
console.log('\nquery                     label               total  p50 index   p50 naive  recall vs naive')
for (const { label, query } of QUERIES) {
  const own: number[] = []
  const naive: number[] = []
  let total = 0
  let ids = new Set<string | number>()
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now()
    const response = index.search(query, { limit: 10 })
    own.push(performance.now() - start)
    total = response.total
    if (run === 0) {
      // recall needs every match, not one page
      const all = index.search(query, { limit: 50 })
      ids = new Set(all.results.map((result) => result.id))
      let cursor = all.nextCursor
      while (cursor) {
        const page = index.search(query, { limit: 50, cursor })
        page.results.forEach((result) => ids.add(result.id))
        cursor = page.nextCursor
      }
    }
    if (run < Math.max(3, Math.floor(RUNS / 5))) {
      start = performance.now()
      const expected = baselineSearch(query)
      naive.push(performance.now() - start)
      if (run === 0) {
        const hit = [...expected].filter((id) => ids.has(id)).length
        ;(naive as number[] & { recall?: string }).recall = expected.size === 0 ? 'n/a (0 naive)' : `${((100 * hit) / expected.size).toFixed(1)}% of ${expected.size}`
      }
    }
  }
  indexTimes.push(...own)
  baselineTimes.push(...naive)
  own.sort((a, b) => a - b)
  naive.sort((a, b) => a - b)
  const recall = (naive as number[] & { recall?: string }).recall ?? ''
  console.log(
    `${query.padEnd(24)}  ${label.padEnd(18)}  ${String(total).padStart(5)}  ${ms(percentile(own, 50)).padStart(10)}  ${ms(percentile(naive, 50)).padStart(10)}  ${recall}`,
  )
}
indexTimes.sort((a, b) => a - b)
baselineTimes.sort((a, b) => a - b)
console.log(
  `\nindex latency over ${indexTimes.length} queries: p50 ${ms(percentile(indexTimes, 50))}, p95 ${ms(percentile(indexTimes, 95))}, p99 ${ms(percentile(indexTimes, 99))}`,
)
console.log(
  `naive scan over ${baselineTimes.length} queries: p50 ${ms(percentile(baselineTimes, 50))}, p95 ${ms(percentile(baselineTimes, 95))}, p99 ${ms(percentile(baselineTimes, 99))}`,
)
console.log(
  `naive / index: p50 ×${(percentile(baselineTimes, 50) / percentile(indexTimes, 50)).toFixed(1)}, p95 ×${(percentile(baselineTimes, 95) / percentile(indexTimes, 95)).toFixed(1)}`,
)

// Freshness: a new item is searchable as soon as upsert() returns (single process, synchronous).
const fresh: SearchDocument = {
  type: 'article',
  id: 'fresh',
  slug: 'fresh',
  title: '新发布的反间谍安全防范指引',
  body: '本指引说明新入职人员的保密义务。\n' + paragraphOf(loadSentences()),
  topics: ['bao-mi'],
  status: 'published',
  publishedAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  url: '/articles/fresh',
}
let start = performance.now()
index.upsert(fresh)
const visible = index.search('新入职人员 保密义务').results.some((result) => result.id === 'fresh')
console.log(`\nnew item: upsert + first search ${ms(performance.now() - start)} (found: ${visible})`)
const existing = docs[Math.floor(docs.length / 2)] as SearchDocument
start = performance.now()
index.upsert({ ...existing, title: `${existing.title}（修订）` })
console.log(`update of an existing item (${splitIntoPassages(existing.body).length} passages): ${ms(performance.now() - start)}`)
start = performance.now()
index.remove('article', 'fresh')
console.log(`remove: ${ms(performance.now() - start)}; found after remove: ${index.search('新入职人员 保密义务').results.some((r) => r.id === 'fresh')}`)
