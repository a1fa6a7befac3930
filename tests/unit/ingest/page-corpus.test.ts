import { classTable, loadCorpus, scoreCorpus } from '../../../scripts/import-eval/score.js'

// The share of development pages (the seeds and the a-, b-, h- pages, which the importer was tuned
// on) that must meet their key; raised as the importer improves, never lowered.
const BAR = 0.99
// The i- pages were the second held-out set (first score 2 of 20). On 2026-12-01 the importer was
// tuned on their failure classes, so they are held out no longer: their bar is what the tuning
// reached, 19 of 20 after the k- round, as a floor against regressions, not an estimate for unseen pages.
const TUNED_I_BAR = 0.95
// The j- pages were the third held-out set (10 pages from 10 new hosts, first score 1 of 10). The
// importer was then tuned on their failure causes, made general (chrome by position and feature,
// numbered questions running into their answers, bracketed flashes and outlet tags, kind from the
// lead): all 10 meet their key since, the floor now, not an estimate.
const TUNED_J_BAR = 1
// The k- pages were the fourth held-out set (10 pages from 10 new hosts, first score 3 of 10). The
// importer was then tuned on their failure causes, made general (numbering tokens as a class, a
// date glued before the lead or written with spaces, unbracketed picture credits, skip links, widget
// blocks and tag lines by feature, a question bank's explanation, a topic entry): all 10 meet their
// key since, the floor now, not an estimate.
const TUNED_K_BAR = 1
// The l- pages were the fifth held-out set (10 pages from 10 new hosts, first score 5 of 10). The
// importer was then tuned on their failure causes, made general (a paragraph posing several
// questions is no argument, a circled layout reference after the last sentence, an outlet's name
// with a bracketed credit and no 讯, WeChat's 发表于<place> meta line, a text ending on a numbered
// section's heading, an entry's section label over a definition): all 10 meet their key since,
// the floor now, not an estimate.
const TUNED_L_BAR = 1
// The held-out set now is m- (10 pages from 10 new hosts, keys written from each page alone and
// committed before the importer ran on it, collected after the l- pages were scored): its share
// estimates how the importer does on pages it has not seen. Its first score is 0 of 10 pages, so
// the floor is on its checks as well: 67 of 94 passed on the first run. Both are raised only by
// changes that are general, never by tuning on these pages.
const HELD_OUT_BAR = 0
const HELD_OUT_CHECKS = 67
const scores = scoreCorpus()
const isTunedI = (file: string) => file.startsWith('i-')
const isTunedJ = (file: string) => file.startsWith('j-')
const isTunedK = (file: string) => file.startsWith('k-')
const isTunedL = (file: string) => file.startsWith('l-')
const isHeldOut = (file: string) => file.startsWith('m-')
const development = scores.filter(
  (score) =>
    !isHeldOut(score.file) &&
    !isTunedI(score.file) &&
    !isTunedJ(score.file) &&
    !isTunedK(score.file) &&
    !isTunedL(score.file),
)
const tunedI = scores.filter((score) => isTunedI(score.file))
const tunedJ = scores.filter((score) => isTunedJ(score.file))
const tunedK = scores.filter((score) => isTunedK(score.file))
const tunedL = scores.filter((score) => isTunedL(score.file))
const heldOut = scores.filter((score) => isHeldOut(score.file))

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

test(`at least ${BAR * 100}% of the development pages meet their key`, () => {
  const passing = development.filter((score) => score.passed).length
  expect(passing / development.length).toBeGreaterThanOrEqual(BAR)
})

test(`at least ${TUNED_I_BAR * 100}% of the i- pages (tuned on, no longer held out) meet their key`, () => {
  expect(tunedI.length).toBe(20)
  const passing = tunedI.filter((score) => score.passed).length
  expect(passing / tunedI.length).toBeGreaterThanOrEqual(TUNED_I_BAR)
})

test(`at least ${TUNED_J_BAR * 100}% of the j- pages (tuned on, no longer held out) meet their key`, () => {
  expect(tunedJ.length).toBe(10)
  const passing = tunedJ.filter((score) => score.passed).length
  expect(passing / tunedJ.length).toBeGreaterThanOrEqual(TUNED_J_BAR)
})

test(`at least ${TUNED_K_BAR * 100}% of the k- pages (tuned on, no longer held out) meet their key`, () => {
  expect(tunedK.length).toBe(10)
  const passing = tunedK.filter((score) => score.passed).length
  expect(passing / tunedK.length).toBeGreaterThanOrEqual(TUNED_K_BAR)
})

test(`at least ${TUNED_L_BAR * 100}% of the l- pages (tuned on, no longer held out) meet their key`, () => {
  expect(tunedL.length).toBe(10)
  const passing = tunedL.filter((score) => score.passed).length
  expect(passing / tunedL.length).toBeGreaterThanOrEqual(TUNED_L_BAR)
})

test(`the held-out m- pages: at least ${HELD_OUT_BAR * 100}% meet their key, at least ${HELD_OUT_CHECKS} checks pass`, () => {
  expect(heldOut.length).toBe(10)
  const passing = heldOut.filter((score) => score.passed).length
  expect(passing / heldOut.length).toBeGreaterThanOrEqual(HELD_OUT_BAR)
  const checks = heldOut.flatMap((score) => score.checks)
  expect(checks.filter((check) => check.passed).length).toBeGreaterThanOrEqual(HELD_OUT_CHECKS)
})
