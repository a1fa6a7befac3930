import { classTable, loadCorpus, scoreCorpus } from '../../../scripts/import-eval/score.js'

// The share of corpus pages that must meet their key; raised as the importer improves, never lowered.
const BAR = 0.99
const scores = scoreCorpus()

test('the corpus has at least 60 pages from 25 hosts, at most 3 pages per host', () => {
  const { manifest } = loadCorpus()
  expect(manifest.length).toBeGreaterThanOrEqual(60)
  const perHost = new Map<string, number>()
  for (const entry of manifest)
    if (entry.host) perHost.set(entry.host, (perHost.get(entry.host) ?? 0) + 1)
  expect(perHost.size).toBeGreaterThanOrEqual(25)
  expect([...perHost].filter(([, count]) => count > 3)).toEqual([])
})

test('every failure class is exercised by at least three pages', () => {
  const thin = classTable(scores).filter((row) => row.pages < 3)
  expect(thin.map((row) => `${row.failureClass}. ${row.name}: ${row.pages}`)).toEqual([])
})

test.each(scores.map((score) => [score.file, score] as const))(
  '%s: no invented text and every paragraph of the article survives',
  (_file, score) => {
    expect(score.invented).toEqual([])
    const keep = score.checks.find((check) => check.name === 'keep')
    expect(keep?.passed === false ? keep.detail : 'kept').toBe('kept')
  },
)

test(`at least ${BAR * 100}% of the pages meet their key`, () => {
  const passing = scores.filter((score) => score.passed).length
  expect(passing / scores.length).toBeGreaterThanOrEqual(BAR)
})
