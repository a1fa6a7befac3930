/**
 * `npm run eval:import [-- --verbose] [-- --page <file>]`: the importer scored on the page corpus
 * (tests/fixtures/pages, keys written from each page alone). Prints a row per page (failed checks
 * named), a table per failure class, and ends with `N/M pages meet their key`.
 */
import { classTable, scoreCorpus } from './import-eval/score.js'

const verbose = process.argv.includes('--verbose')
const pageIndex = process.argv.indexOf('--page')
const only = pageIndex === -1 ? null : process.argv[pageIndex + 1]

const scores = scoreCorpus().filter((score) => !only || score.file.includes(only))
const width = Math.max(...scores.map((score) => score.file.length))
for (const score of scores) {
  const failed = score.checks.filter((check) => !check.passed)
  const mark = score.passed ? 'ok  ' : 'FAIL'
  console.log(
    `${mark} ${score.file.padEnd(width)}  ${score.analysis.kind.padEnd(11)} ${score.analysis.title ?? '(no title)'}`,
  )
  for (const check of failed) console.log(`       ✗ ${check.name}: ${check.detail}`)
  for (const piece of score.invented) console.log(`       ✗ invented: ${piece.slice(0, 60)}`)
  if (verbose && only) console.log(JSON.stringify(score.analysis, null, 2))
}
console.log('')
console.log('class                             pages meeting key   checks passing')
for (const row of classTable(scores)) {
  const name = `${row.failureClass}. ${row.name}`.padEnd(33)
  const pages = `${row.pagesPassing}/${row.pages}`.padStart(7)
  const checks = `${row.checksPassing}/${row.checks}`.padStart(16)
  console.log(`${name} ${pages}   ${checks}`)
}
const hosts = new Set(scores.map((score) => score.host).filter(Boolean))
console.log(`${hosts.size} hosts`)
console.log(
  `${scores.filter((score) => score.passed).length}/${scores.length} pages meet their key`,
)
