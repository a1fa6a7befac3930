/**
 * Search benchmark on passages generated from the seed documents.
 *
 *   npm run bench:search -- [--passages 100000] [--runs 30] [--corpus topical|mixed] [--no-service]
 *                           [--articles 10000] [--rounds 3] [--http-seconds 4] [--no-http]
 *
 * Query latencies are COLD: the index's match cache is cleared before every timed query, so
 * each one does the whole match and rank. Page 2 (ranked after the cursor) and page 3 (from
 * the third page on the whole ranking is computed once and cached) are reported separately. Heap figures are exact with --expose-gc (npm run sets it), upper bounds without.
 *
 * Then the common-word cases (search-common.ts): 国家安全, 安全, 反恐 on articles generated like
 * bench:delivery's and on the passages above, top-k beside the full ranking and the naive scan;
 * and the HTTP route on those articles (search-http.ts) beside a bare server.
 */
import {
  createSearchIndex,
  parseQuery,
  splitIntoPassages,
  type SearchDocument,
  type SearchIndex,
} from '../src/search/index.js'
import { normalizeForSearch } from '../src/text/normalize.js'
import { generateArticles, generateCorpus, type CorpusKind } from './search-corpus.js'
import { measureCommonWords } from './search-common.js'
import { measureHttp } from './search-http.js'
import { measureServicePath } from './search-service-path.js'
import { numericArgument } from './arguments.js'

const TARGET_PASSAGES = numericArgument('passages', 100_000)
const RUNS = numericArgument('runs', 30)
const CORPUS: CorpusKind = process.argv.includes('mixed') ? 'mixed' : 'topical'
const MILESTONE = 10_000
const ARTICLES = numericArgument('articles', 10_000)
const ROUNDS = numericArgument('rounds', 3)
const HTTP_SECONDS = numericArgument('http-seconds', 4)

const QUERIES = [
  { label: 'single word', query: '安全' },
  { label: 'single word', query: '间谍' },
  { label: 'single word', query: '地理信息' },
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

const gc = (globalThis as { gc?: () => void }).gc
/** JS heap plus ArrayBuffer backing stores (the posting lists are typed arrays, which live outside heapUsed). */
const memory = async (): Promise<{ heap: number; buffers: number }> => {
  // ArrayBuffers a GC found dead are freed by a sweeper task after it: without the second GC,
  // lists replaced by trim() still counted (157.6 MB of typed arrays at 10,000 articles, 123.7 MB held).
  gc?.()
  await new Promise((resolve) => setTimeout(resolve, 50))
  gc?.()
  const usage = process.memoryUsage()
  return { heap: usage.heapUsed / 1e6, buffers: usage.arrayBuffers / 1e6 }
}
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
const ms = (value: number): string => `${value.toFixed(2)} ms`
const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b)
const spread = (values: number[]): string => {
  const s = sorted(values)
  return `p50 ${ms(percentile(s, 50))}, p95 ${ms(percentile(s, 95))}, p99 ${ms(percentile(s, 99))}`
}

// ---------- corpus and build ----------

const generationStart = performance.now()
const corpus = generateCorpus(TARGET_PASSAGES, CORPUS)
const { docs } = corpus
console.log(
  `corpus (${CORPUS}): ${docs.length} documents, ${corpus.passages} passages (generated in ${ms(performance.now() - generationStart)})`,
)
console.log(`heap figures: ${gc ? 'after full GC' : 'without --expose-gc: upper bounds'}`)

const before = await memory()
const index = createSearchIndex()
index.setGlossary(GLOSSARY)
const buildStart = performance.now()
let milestoneTime = NaN
let indexed = 0
for (const doc of docs) {
  index.upsert(doc)
  indexed += splitIntoPassages(doc.body).length
  if (Number.isNaN(milestoneTime) && indexed >= MILESTONE)
    milestoneTime = performance.now() - buildStart
}
index.optimize() // as the service does after building
const buildTime = performance.now() - buildStart
const after = await memory()
console.log(
  `build: first ${MILESTONE} passages ${ms(milestoneTime)}; all ${indexed} passages ${ms(buildTime)} (${index.unitCount} units incl. titles)`,
)
const indexHeap = after.heap - before.heap
const indexBuffers = after.buffers - before.buffers
console.log(
  `memory of the index: ${(indexHeap + indexBuffers).toFixed(1)} MB = ${indexHeap.toFixed(1)} MB JS heap + ${indexBuffers.toFixed(1)} MB typed arrays; ` +
    `process total ${(after.heap + after.buffers).toFixed(1)} MB (includes the generated corpus)`,
)

// ---------- naive baseline: substring scan over the same normalised passages, document-level AND ----------

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
    if (doc.published && needles.every((needle) => doc.texts.some((text) => text.includes(needle))))
      found.add(doc.id)
  }
  return found
}

function allIds(searchIndex: SearchIndex, query: string): Set<string | number> {
  const ids = new Set<string | number>()
  let cursor: string | undefined
  do {
    const page = searchIndex.search(query, { limit: 50, cursor })
    page.results.forEach((result) => ids.add(result.id))
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return ids
}

// ---------- queries ----------

const coldTimes: number[] = []
const naiveTimes: number[] = []
const pageTwoTimes: number[] = []
const pageThreeTimes: number[] = []
const byLabel = new Map<string, number[]>()
console.log(
  '\nquery                     class          matches   cold p50   cold p95  page 2 p50  page 3 p50  naive p50  recall vs naive',
)
for (const { label, query } of QUERIES) {
  const cold: number[] = []
  const naive: number[] = []
  const pageTwo: number[] = []
  const pageThree: number[] = []
  let total = 0
  for (let run = 0; run < RUNS; run++) {
    index.clearMatchCache()
    let start = performance.now()
    const first = index.search(query, { limit: 10 })
    cold.push(performance.now() - start)
    total = first.total
    if (first.nextCursor) {
      start = performance.now()
      const second = index.search(query, { limit: 10, cursor: first.nextCursor })
      pageTwo.push(performance.now() - start)
      if (second.nextCursor) {
        start = performance.now()
        index.search(query, { limit: 10, cursor: second.nextCursor })
        pageThree.push(performance.now() - start)
      }
    }
    if (run < Math.max(3, Math.floor(RUNS / 5))) {
      start = performance.now()
      baselineSearch(query)
      naive.push(performance.now() - start)
    }
  }
  const expected = baselineSearch(query)
  const found = allIds(index, query)
  const hit = [...expected].filter((id) => found.has(id)).length
  const recall =
    expected.size === 0
      ? 'n/a (0 naive)'
      : `${((100 * hit) / expected.size).toFixed(1)}% of ${expected.size}`
  coldTimes.push(...cold)
  naiveTimes.push(...naive)
  pageTwoTimes.push(...pageTwo)
  pageThreeTimes.push(...pageThree)
  byLabel.set(label, [...(byLabel.get(label) ?? []), ...cold])
  const s = sorted(cold)
  console.log(
    `${query.padEnd(24)}  ${label.padEnd(12)}  ${String(total).padStart(7)}  ${ms(percentile(s, 50)).padStart(9)}  ${ms(percentile(s, 95)).padStart(9)}  ${(pageTwo.length ? ms(percentile(sorted(pageTwo), 50)) : '-').padStart(10)}  ${(pageThree.length ? ms(percentile(sorted(pageThree), 50)) : '-').padStart(10)}  ${ms(percentile(sorted(naive), 50)).padStart(9)}  ${recall}`,
  )
}
console.log('\nper class (cold):')
for (const [label, times] of byLabel) console.log(`  ${label.padEnd(12)} ${spread(times)}`)
console.log(`all queries, cold (${coldTimes.length}): ${spread(coldTimes)}`)
console.log(
  `page 2, pruned ranking after the cursor (${pageTwoTimes.length}): ${spread(pageTwoTimes)}`,
)
console.log(
  `page 3, full ranking once, then cached (${pageThreeTimes.length}): ${spread(pageThreeTimes)}`,
)
console.log(`naive substring scan (${naiveTimes.length}): ${spread(naiveTimes)}`)
const ratio = (p: number) =>
  (percentile(sorted(naiveTimes), p) / percentile(sorted(coldTimes), p)).toFixed(1)
console.log(`naive / index (cold): p50 ×${ratio(50)}, p95 ×${ratio(95)}`)

// ---------- common words: 10k articles and the passages above ----------

const articles = generateArticles(ARTICLES)
const articlesBefore = await memory()
const articleIndex = createSearchIndex()
articleIndex.setGlossary(GLOSSARY)
const articlesStart = performance.now()
for (const doc of articles) articleIndex.upsert(doc)
const articlesBuilt = performance.now() - articlesStart
const articlesUntrimmed = await memory()
articleIndex.optimize()
const articlesAfter = await memory()
const megabytes = (to: { heap: number; buffers: number }) =>
  `${(to.heap - articlesBefore.heap + to.buffers - articlesBefore.buffers).toFixed(1)} MB = ${(to.heap - articlesBefore.heap).toFixed(1)} MB JS heap + ${(to.buffers - articlesBefore.buffers).toFixed(1)} MB typed arrays`
console.log(
  `\n${ARTICLES} articles like bench:delivery's (国家安全教育第N篇, ~3,000 characters): ${articleIndex.unitCount} units, built in ${ms(articlesBuilt)}`,
)
// Issue 16 target 4 (RSS ≤ 400 MB at 10,000 articles): as built, then trimmed as the service does after a build (in steps).
console.log(
  `memory of the ${ARTICLES}-article index: as built ${megabytes(articlesUntrimmed)}; after optimize (the service trims in steps) ${megabytes(articlesAfter)}`,
)
measureCommonWords(
  [
    { label: `${ARTICLES} articles`, index: articleIndex, docs: articles },
    { label: `${indexed} passages (${CORPUS})`, index, docs },
  ],
  ROUNDS,
  RUNS,
)

// ---------- updates on the big index ----------

const fresh: SearchDocument = {
  type: 'article',
  id: 'fresh',
  slug: 'fresh',
  title: '新发布的反间谍安全防范指引',
  body: `本指引说明新入职人员的保密义务。\n${corpus.paragraph()}`,
  topics: ['bao-mi'],
  status: 'published',
  publishedAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  url: '/v1/articles/fresh',
}
let start = performance.now()
index.upsert(fresh)
const visible = index.search('新入职人员 保密义务').results.some((result) => result.id === 'fresh')
console.log(
  `\nnew item in the ${indexed}-passage index: upsert + first search ${ms(performance.now() - start)} (found: ${visible})`,
)
const fivePassages = docs.filter((doc) => splitIntoPassages(doc.body).length === 5).slice(0, 20)
const updateTimes = fivePassages.map((doc) => {
  const begin = performance.now()
  index.upsert({ ...doc, title: `${doc.title}（修订）` })
  return performance.now() - begin
})
console.log(
  `update of an existing 5-passage item (${updateTimes.length} items): ${spread(updateTimes)}`,
)
start = performance.now()
index.remove('article', 'fresh')
console.log(
  `remove: ${ms(performance.now() - start)}; found after remove: ${index.search('新入职人员 保密义务').results.some((r) => r.id === 'fresh')}`,
)

if (!process.argv.includes('--no-service')) {
  const payload = await measureServicePath(docs.slice(0, 300))
  if (!process.argv.includes('--no-http'))
    await measureHttp(payload, articleIndex, ROUNDS, HTTP_SECONDS)
}
process.exit(0)
