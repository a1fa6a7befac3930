/**
 * Common-word cases of bench:search (issue 16, target 1): 国家安全, 安全 and 反恐 on 10,000
 * articles and on 100,000 passages, in alternating rounds. Per query and round: the top-k
 * (what search does), the full ranking (every match ranked and sorted, what search did before:
 * the baseline, measured in the same run) and the naive substring scan. CPU ms per query is the
 * process's CPU time over the batch (less sensitive than wall time to the other jobs on this
 * machine); p50/p95 are per-query wall times.
 */
import { parseQuery, type SearchDocument, type SearchIndex } from '../src/search/index.js'
import { splitIntoPassages } from '../src/search/passages.js'
import { normalizeForSearch } from '../src/text/normalize.js'
import { spread } from './figures.js'

export const COMMON_WORDS = ['国家安全', '安全', '反恐']
export const TARGET_CPU_MS = 3
export const TARGET_P95_MS = 10

export interface CommonCase {
  label: string
  index: SearchIndex
  docs: SearchDocument[]
}

interface Batch {
  cpu: number
  wall: number[]
}

function batch(runs: number, once: () => void): Batch {
  const wall: number[] = []
  const before = process.cpuUsage()
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    once()
    wall.push(performance.now() - started)
  }
  const used = process.cpuUsage(before)
  return { cpu: (used.user + used.system) / 1000 / runs, wall }
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
/** Figures in this table are shown to two decimal places. */
const range = (values: number[], digits = 2): string => spread(values, digits)

/** Document-level AND of substring checks over the normalised title and passages, published only. */
function naiveSearcher(docs: SearchDocument[]): (query: string) => number {
  const normalised = docs.map((doc) => ({
    published: doc.status === 'published',
    texts: [normalizeForSearch(doc.title), ...splitIntoPassages(doc.body).map(normalizeForSearch)],
  }))
  return (query) => {
    const parsed = parseQuery(query)
    const needles = [...parsed.words, ...parsed.phrases]
    let found = 0
    for (const doc of normalised)
      if (doc.published && needles.every((n) => doc.texts.some((text) => text.includes(n)))) found++
    return found
  }
}

export function measureCommonWords(cases: CommonCase[], rounds: number, runs: number): void {
  console.log(
    `\ncommon words (issue 16 target: ≤ ${TARGET_CPU_MS} ms CPU and p95 ≤ ${TARGET_P95_MS} ms per cold query), ${rounds} alternating rounds of ${runs} queries; ranges are over rounds`,
  )
  console.log(
    `${'case'.padEnd(30)}${'query'.padEnd(10)}${'matches'.padStart(8)}  ${'top-k CPU ms'.padEnd(14)}${'p50 ms'.padEnd(12)}${'p95 ms'.padEnd(12)}${'ranked'.padEnd(8)}${'full CPU ms'.padEnd(14)}${'naive CPU ms'.padEnd(15)}${'full/top-k'.padEnd(12)}${'naive/top-k'.padEnd(13)}target`,
  )
  for (const { label, index, docs } of cases) {
    const naive = naiveSearcher(docs)
    const rows = new Map<string, { topK: Batch[]; full: Batch[]; naive: Batch[] }>()
    for (let round = 0; round < rounds; round++) {
      for (const query of COMMON_WORDS) {
        const row = rows.get(query) ?? { topK: [], full: [], naive: [] }
        rows.set(query, row)
        row.topK.push(
          batch(runs, () => {
            index.clearMatchCache()
            index.search(query, { limit: 10 })
          }),
        )
        row.full.push(
          batch(Math.ceil(runs / 4), () => index.searchByFullRanking(query, { limit: 10 })),
        )
        row.naive.push(batch(2, () => naive(query)))
      }
    }
    for (const [query, row] of rows) {
      index.clearMatchCache()
      const { total } = index.search(query, { limit: 10 })
      const ranked = index.lastQueryExactRanks
      const cpu = row.topK.map((b) => b.cpu)
      const p95 = row.topK.map((b) => percentile(b.wall, 95))
      const ratio = (other: Batch[]) =>
        range(
          other.map((b, at) => b.cpu / (row.topK[at]?.cpu ?? NaN)),
          1,
        )
      const met = Math.max(...cpu) <= TARGET_CPU_MS && Math.max(...p95) <= TARGET_P95_MS
      console.log(
        `${label.padEnd(30)}${query.padEnd(10 - query.length)}${String(total).padStart(8)}  ${range(cpu).padEnd(14)}${range(row.topK.map((b) => percentile(b.wall, 50))).padEnd(12)}${range(p95).padEnd(12)}${String(ranked).padEnd(8)}${range(row.full.map((b) => b.cpu)).padEnd(14)}${range(
          row.naive.map((b) => b.cpu),
          1,
        ).padEnd(
          15,
        )}${`×${ratio(row.full)}`.padEnd(12)}${`×${ratio(row.naive)}`.padEnd(13)}${met ? 'met' : 'MISSED'} (≤ ${TARGET_CPU_MS} ms CPU, p95 ≤ ${TARGET_P95_MS} ms)`,
      )
    }
  }
}
