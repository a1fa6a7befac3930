/**
 * Scores the importer on the page corpus (tests/fixtures/pages): each page against the answer key
 * an editor wrote from the page alone. Used by `npm run eval:import` and by the corpus jest test.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Attribution } from '../../src/ingest/attribution.js'
import { analyzeDocument, type ImportAnalysis } from '../../src/ingest/pipeline.js'

export const PAGES_DIR = new URL('../../tests/fixtures/pages/', import.meta.url).pathname

type Expected = string | string[] | null
type Range = [number, number]

export interface PageKey {
  /** Accepted titles; null: the page has no headline. A null in the list: no headline is also right. */
  title: (string | null)[] | null
  kind: string[]
  qa: Range
  terms: Range
  quiz?: Range
  sections?: Range
  attribution?: Partial<Record<AttributionField, Expected>>
  questions?: string[]
  termsFound?: string[]
  gone?: string[]
  keep?: string[]
  incomplete?: boolean | null
  classes?: number[]
  note?: string
}

export interface ManifestEntry {
  file: string
  url: string | null
  host: string | null
  genre: string
  script: string
  retrieved?: string
}

/** A key's attribution names the fields it checks, by the importer's own names. */
type AttributionField = keyof Attribution

function isAttributionField(name: string, attribution: Attribution): name is AttributionField {
  return Object.hasOwn(attribution, name)
}

/** The failure classes of the importer issue, by number. */
export const FAILURE_CLASSES: Record<number, string> = {
  1: 'site chrome',
  2: 'title',
  3: 'byline fields',
  4: 'repeated organisation line',
  5: 'Q&A shapes',
  6: 'quizzes',
  7: 'interview roles',
  8: 'glossary shapes',
  9: 'kind',
  10: 'content silently deleted',
  11: 'incomplete / HTML input',
}

export interface Check {
  name: string
  /** The failure class the check belongs to. */
  failureClass: number
  passed: boolean
  detail: string
}

export interface PageScore {
  file: string
  host: string | null
  classes: number[]
  checks: Check[]
  passed: boolean
  /** Questions, answers, terms or definitions that are not in the cleaned text. */
  invented: string[]
  analysis: ImportAnalysis
}

/** NFKC, no whitespace: what two editors would call the same string. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '')
}

/** Strips the quotes and brackets around a name: 微信公众号“国家安全部” and 国家安全部 name the same account. */
function comparableName(text: string): string {
  return comparable(text).replace(/^[“"「『《【(（]+|[”"」』》】)）]+$/g, '')
}

/** Year, month and day stated in a date as written or as ISO ("2024年5月20日", "2024-05-20 10:00", "5月20日"). */
export function dateParts(
  text: string,
): { year: number | null; month: number; day: number } | null {
  const match =
    /(?:(\d{4}|^\d{2}(?=-\d{1,2}-\d{1,2}))\s*[-/年.]\s*)?(\d{1,2})\s*[-/月.]\s*(\d{1,2})/.exec(
      text.normalize('NFKC'),
    ) ?? null
  if (!match) return null
  // "20-04-11 13:47": a two-digit year at the start is this century's.
  const year = match[1] ? Number(match[1].length === 2 ? `20${match[1]}` : match[1]) : null
  return {
    year,
    month: Number(match[2]),
    day: Number(match[3]),
  }
}

function sameDate(expected: string, actual: string | null): boolean {
  if (actual === null) return false
  const want = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(expected)
  const got = dateParts(actual)
  if (!want || !got) return false
  if (Number(want[2]) !== got.month || Number(want[3]) !== got.day) return false
  return want[1] ? Number(want[1]) === got.year : true
}

function inRange(value: number, [min, max]: Range): boolean {
  return value >= min && value <= max
}

function describe(value: unknown): string {
  return JSON.stringify(value)
}

function attributionCheck(
  field: AttributionField,
  expected: Expected,
  actual: string | null,
): Check {
  const failureClass = field === 'interviewer' || field === 'interviewee' ? 7 : 3
  const accepted = expected === null ? [] : Array.isArray(expected) ? expected : [expected]
  let passed: boolean
  if (expected === null) passed = actual === null
  else if (field === 'publishedAt') passed = accepted.some((date) => sameDate(date, actual))
  else
    passed =
      actual !== null && accepted.some((name) => comparableName(name) === comparableName(actual))
  return {
    name: `attribution.${field}`,
    failureClass,
    passed,
    detail: `expected ${describe(expected)}, got ${describe(actual)}`,
  }
}

/** Every check of one key against one analysis. */
export function checkPage(key: PageKey, analysis: ImportAnalysis): Check[] {
  const checks: Check[] = []
  const text = comparable(analysis.text)
  const title = analysis.title === null ? null : comparable(analysis.title)
  const add = (name: string, failureClass: number, passed: boolean, detail: string) =>
    checks.push({ name, failureClass, passed, detail })

  add(
    'title',
    2,
    key.title === null
      ? title === null
      : key.title.some((accepted) =>
          accepted === null ? title === null : title !== null && comparable(accepted) === title,
        ),
    `expected ${describe(key.title)}, got ${describe(analysis.title)}`,
  )
  add(
    'kind',
    9,
    key.kind.includes(analysis.kind),
    `expected ${key.kind.join('|')}, got ${analysis.kind}`,
  )
  const qaClass = key.quiz ? 6 : key.kind.includes('interview') ? 7 : 5
  add(
    'qa',
    qaClass,
    inRange(analysis.qa.length, key.qa),
    `expected ${key.qa.join('–')}, got ${analysis.qa.length}`,
  )
  add(
    'terms',
    8,
    inRange(analysis.terms.length, key.terms),
    `expected ${key.terms.join('–')}, got ${analysis.terms.length}`,
  )
  if (key.quiz)
    add(
      'quiz',
      6,
      inRange(analysis.quiz.length, key.quiz),
      `expected ${key.quiz.join('–')}, got ${analysis.quiz.length}`,
    )
  if (key.sections)
    add(
      'sections',
      9,
      inRange(analysis.sections.length, key.sections),
      `expected ${key.sections.join('–')}, got ${analysis.sections.length}`,
    )
  for (const [field, expected] of Object.entries(key.attribution ?? {}))
    if (isAttributionField(field, analysis.attribution) && expected !== undefined)
      checks.push(attributionCheck(field, expected, analysis.attribution[field]))
  const questions = analysis.qa.map((pair) => comparable(pair.question))
  for (const question of key.questions ?? []) {
    const wanted = comparable(question)
    add(
      `question ${question}`,
      qaClass,
      questions.some((found) => found.includes(wanted)),
      'no question contains it',
    )
  }
  const terms = analysis.terms.map((entry) => comparable(entry.term))
  for (const term of key.termsFound ?? [])
    add(`term ${term}`, 8, terms.includes(comparable(term)), `terms: ${describe(terms)}`)
  for (const chrome of key.gone ?? []) {
    const wanted = comparable(chrome)
    add(
      `gone ${chrome}`,
      1,
      !text.includes(wanted) && !(title ?? '').includes(wanted),
      'still in the text or title',
    )
  }
  const lost = (key.keep ?? []).filter(
    (paragraph) =>
      !text.includes(comparable(paragraph)) &&
      !(title ?? '').includes(comparable(paragraph)) &&
      !comparable(analysis.subtitle ?? '').includes(comparable(paragraph)),
  )
  if (key.keep)
    add(
      'keep',
      10,
      lost.length === 0,
      lost.length === 0
        ? `${key.keep.length} kept`
        : `${lost.length}/${key.keep.length} lost: ${describe(lost.slice(0, 3))}`,
    )
  if (key.incomplete !== undefined && key.incomplete !== null)
    add(
      'incomplete',
      11,
      analysis.incomplete === key.incomplete,
      `expected ${key.incomplete}, got ${analysis.incomplete}`,
    )
  return checks
}

/** Questions, answers, terms and definitions that are not substrings of the cleaned text. */
export function inventedText(analysis: ImportAnalysis): string[] {
  const pieces = [
    ...analysis.qa.flatMap((pair) => [pair.question, pair.answer]),
    ...analysis.terms.flatMap((entry) => [entry.term, entry.definition]),
  ]
  return pieces.filter((piece) => !analysis.text.includes(piece))
}

export function loadCorpus(): { manifest: ManifestEntry[]; keys: Record<string, PageKey> } {
  const manifest = JSON.parse(readFileSync(join(PAGES_DIR, 'manifest.json'), 'utf8'))
  const keys = JSON.parse(readFileSync(join(PAGES_DIR, 'keys.json'), 'utf8'))
  return { manifest, keys }
}

export function scorePage(entry: ManifestEntry, key: PageKey): PageScore {
  const analysis = analyzeDocument(readFileSync(join(PAGES_DIR, entry.file)), {
    fileName: entry.file,
  })
  const checks = checkPage(key, analysis)
  const invented = inventedText(analysis)
  return {
    file: entry.file,
    host: entry.host,
    classes: key.classes ?? [],
    checks,
    passed: checks.every((check) => check.passed) && invented.length === 0,
    invented,
    analysis,
  }
}

export function scoreCorpus(): PageScore[] {
  const { manifest, keys } = loadCorpus()
  return manifest.map((entry) => {
    const key = keys[entry.file]
    if (!key) throw new Error(`tests/fixtures/pages/keys.json has no key for ${entry.file}`)
    return scorePage(entry, key)
  })
}

export interface ClassRow {
  failureClass: number
  name: string
  /** Pages whose key says they exercise the class. */
  pages: number
  /** Of those, pages that meet their whole key. */
  pagesPassing: number
  /** Checks of this class over all pages, and how many passed. */
  checks: number
  checksPassing: number
}

export function classTable(scores: PageScore[]): ClassRow[] {
  return Object.entries(FAILURE_CLASSES).map(([number, name]) => {
    const failureClass = Number(number)
    const tagged = scores.filter((score) => score.classes.includes(failureClass))
    const checks = scores.flatMap((score) =>
      score.checks.filter((check) => check.failureClass === failureClass),
    )
    return {
      failureClass,
      name,
      pages: tagged.length,
      pagesPassing: tagged.filter((score) => score.passed).length,
      checks: checks.length,
      checksPassing: checks.filter((check) => check.passed).length,
    }
  })
}
