/**
 * Duplicate lookup at scale: `npm run bench:similarity -- [--articles 10000] [--queries 50] [--overlapping] [--sql]`
 *
 * Stores `--articles` fingerprints on a temp SQLite file (written straight into the two tables, for
 * articles made of seed paragraphs and text of their own, see articleText; `--sql` prints the
 * lookup's statements and plans), then times findSimilarArticles — what an import runs —
 * for new texts and for near-copies of stored ones, against reading every stored signature.
 * The ids are fingerprints' own: no article rows are needed, as the lookup never reads articles.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { useTemporaryEnvironment } from '../tests/support/temporary-environment.js'
import { numericArgument } from './arguments.js'
import { spread } from './figures.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ARTICLES = numericArgument('articles', 10_000)
const QUERIES = numericArgument('queries', 50)
useTemporaryEnvironment('bench-similarity', { LOG_LEVEL: 'warn' })

const { bootPayload } = await import('../src/runtime/boot.js')
const { isSqliteDb } = await import('../src/db/sqlite.js')
const { fingerprintOf, estimatedSimilarity } = await import('../src/text/minhash.js')
const { findSimilarArticles } = await import('../src/similarity/fingerprints.js')
const { refreshStatistics } = await import('../src/db/statistics.js')
const { payload } = await bootPayload()
if (!isSqliteDb(payload.db)) throw new Error('bench:similarity runs on SQLite')
const client = payload.db.client

const dir = path.join(root, 'tests', 'fixtures', 'seeds')
const paragraphs = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => fs.readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/))
  .map((line) => line.trim())
  .filter((line) => line.length >= 40)
// mulberry32: a repeatable sequence, so runs compare.
let seed = 42
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = () => paragraphs[Math.floor(random() * paragraphs.length)] ?? ''
/** A paragraph of the seeds' characters in a new order: text of its own, in the same alphabet. */
const ownParagraph = () =>
  [...pick()]
    .map((char) => ({ char, at: random() }))
    .sort((a, b) => a.at - b.at)
    .map(({ char }) => char)
    .join('')
/**
 * By default 2 of an article's 8 paragraphs are seed paragraphs (standard phrasing shared across
 * the corpus) and 6 its own; `--overlapping`: all 8 from the 199 seed paragraphs, so that many
 * articles share much of their text (the LSH's worst case).
 */
const OVERLAPPING = process.argv.includes('--overlapping')
const articleText = () =>
  Array.from({ length: 8 }, (_, i) => (OVERLAPPING || i < 2 ? pick() : ownParagraph())).join('\n')

const texts: string[] = []
const started = performance.now()
await client.execute('PRAGMA foreign_keys=OFF')
for (let first = 0; first < ARTICLES; first += 500) {
  const statements = []
  for (let i = first; i < Math.min(first + 500, ARTICLES); i++) {
    const text = articleText()
    texts.push(text)
    const print = fingerprintOf(text)
    if (!print) continue
    const id = i + 1
    statements.push({
      sql: 'INSERT INTO content_fingerprints (id, article_id, algorithm, signature) VALUES (?, ?, ?, ?)',
      args: [id, id, print.algorithm, print.signature],
    })
    print.bands.forEach((key, order) =>
      statements.push({
        sql: 'INSERT INTO content_fingerprints_bands (_order, _parent_id, id, key) VALUES (?, ?, ?, ?)',
        args: [order + 1, id, `${id}-${order}`, key],
      }),
    )
  }
  await client.batch(statements, 'write')
}
await client.execute('PRAGMA foreign_keys=ON')
await refreshStatistics(payload, { force: true })
console.log(
  `${ARTICLES} fingerprints stored in ${Math.round(performance.now() - started)} ms (${paragraphs.length} seed paragraphs)`,
)

/** Times each lookup; `originals[i]`, when given, is the stored id query i must find. */
async function time(label: string, queries: string[], originals: number[] = []) {
  const ms: number[] = []
  let found = 0
  let originalsFound = 0
  for (const [i, text] of queries.entries()) {
    const print = fingerprintOf(text)
    if (!print) continue
    const at = performance.now()
    const similar = await findSimilarArticles(payload, print)
    ms.push(performance.now() - at)
    found += similar.length
    if (similar.some((entry) => entry.article === originals[i])) originalsFound++
  }
  const median = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0
  const originalsNote = originals.length ? `, its original found for ${originalsFound}` : ''
  console.log(
    `${label}: ${spread(ms, 1)} ms per lookup (median ${median.toFixed(1)}), ${found} similar found in ${ms.length}${originalsNote}`,
  )
}
if (process.argv.includes('--sql')) {
  const { preparedDuring } = await import('../tests/support/sql-capture.js')
  const print = fingerprintOf(articleText())
  const statements = print ? await preparedDuring(() => findSimilarArticles(payload, print)) : []
  for (const sql of statements) {
    console.log(sql)
    const plan = await client.execute({
      sql: `EXPLAIN QUERY PLAN ${sql}`,
      args: Array(100)
        .fill(null)
        .slice(0, (sql.match(/\?/g) ?? []).length),
    })
    console.log(plan.rows.map((row) => `  ${String(row.detail)}`).join('\n'))
  }
}
await time('new texts', Array.from({ length: QUERIES }, articleText))
const copied = Array.from({ length: QUERIES }, (_, i) => (i * 97) % texts.length)
await time(
  'near-copies (last paragraph dropped, a header added)',
  copied.map((at) => `首页 > 正文\n${(texts[at] ?? '').split('\n').slice(0, -1).join('\n')}`),
  // Stored ids are the texts' positions plus one.
  copied.map((at) => at + 1),
)
const at = performance.now()
const all = await client.execute('SELECT signature FROM content_fingerprints')
const probe = fingerprintOf(articleText())
let over = 0
for (const row of all.rows)
  if (probe && estimatedSimilarity(probe.signature, String(row.signature)) >= 0.5) over++
console.log(
  `reading every signature instead: ${Math.round(performance.now() - at)} ms (${all.rows.length} rows, ${over} over 50 %)`,
)
await payload.destroy()
process.exit(0)
