/**
 * Synthetic corpus for the search benchmark, generated from the seed documents.
 *
 * `topical` (default): each document keeps to one seed's subject (85% of its sentences come
 * from that seed), sentences are recombined clause by clause, and about one word in six is
 * swapped for another dictionary word of the same length, so the text is varied and the
 * vocabulary grows with the corpus like real text does (Zipf-like, not 1,000 sentences repeated).
 * `mixed`: the first generator, kept for comparison: sentences of all seeds shuffled together,
 * only digits varied, so every common word is in nearly every document.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dict } from '@node-rs/jieba/dict.js'
import { splitIntoPassages, type SearchDocument } from '../src/search/index.js'
import { ChineseSegmenter } from '../src/text/segment.js'
import { toTraditional } from '../src/text/normalize.js'

export type CorpusKind = 'topical' | 'mixed'

let seed = 20240415
export const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

const SENTENCE_END = /(?<=[。！？；!?;])/
const HAN_WORD = /^\p{Script=Han}{2,4}$/u

function seedSentences(): string[][] {
  const folder = fileURLToPath(new URL('../tests/fixtures/seeds/', import.meta.url))
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) =>
      readFileSync(`${folder}${name}`, 'utf8')
        .split(/\n+/)
        .flatMap((paragraph) => paragraph.split(SENTENCE_END))
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence.length >= 8),
    )
}

/** Content words of jieba's dictionary (nouns, names, verbal nouns) by length, frequent enough to be real words. */
function dictionaryWords(): Map<number, string[]> {
  const byLength = new Map<number, string[]>()
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const [word, frequency, tag] = line.split(' ')
    if (
      !word ||
      !HAN_WORD.test(word) ||
      Number(frequency) < 20 ||
      !/^(n|ns|nt|nz|nr|vn)$/.test(tag ?? '')
    )
      continue
    const list = byLength.get(word.length) ?? []
    list.push(word)
    byLength.set(word.length, list)
  }
  return byLength
}

const varyDigits = (text: string): string =>
  text.replace(/\d+/g, (digits) => String(Math.floor(random() * 10 ** Math.min(digits.length, 4))))

export interface Corpus {
  docs: SearchDocument[]
  passages: number
  /** A paragraph in the style of the corpus, for items added during the benchmark. */
  paragraph: () => string
}

export function generateCorpus(targetPassages: number, kind: CorpusKind): Corpus {
  const bySeed = seedSentences()
  const all = bySeed.flat()
  const clausesBySeed = bySeed.map((sentences) =>
    sentences
      .flatMap((sentence) => sentence.split(/(?<=，)/))
      .filter((clause) => clause.length >= 4),
  )
  const words = kind === 'topical' ? dictionaryWords() : new Map<number, string[]>()
  const segmenter = new ChineseSegmenter()

  const sentenceFor = (home: number): string => {
    if (kind === 'mixed') return varyDigits(pick(all))
    const own = random() < 0.85 ? home : Math.floor(random() * bySeed.length)
    const clauses = pick(bySeed[own] as string[]).split(/(?<=，)/)
    const varied = clauses.map((clause) => {
      const recombined = random() < 0.3 ? pick(clausesBySeed[own] as string[]) : clause
      if (random() >= 0.6) return recombined
      const tokens = segmenter.cut(recombined)
      const swappable = tokens
        .map((token, index) => (HAN_WORD.test(token) ? index : -1))
        .filter((index) => index >= 0)
      if (swappable.length === 0) return recombined
      const at = pick(swappable)
      tokens[at] = pick(words.get((tokens[at] as string).length) ?? [tokens[at] as string])
      return tokens.join('')
    })
    return varyDigits(varied.join(''))
  }
  const paragraphFor = (home: number): string =>
    Array.from({ length: 2 + Math.floor(random() * 6) }, () => sentenceFor(home)).join('')

  const docs: SearchDocument[] = []
  let passages = 0
  while (passages < targetPassages) {
    const id = docs.length + 1
    const home = Math.floor(random() * bySeed.length)
    const paragraphs = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
      paragraphFor(home),
    )
    const traditional = random() < 0.3
    const variant = random() < 0.5 ? 'tw' : 'hk'
    const script = (text: string) => (traditional ? toTraditional(text, variant) : text)
    const body = script(paragraphs.join('\n'))
    const date = new Date(
      Date.UTC(
        2015 + Math.floor(random() * 10),
        Math.floor(random() * 12),
        1 + Math.floor(random() * 28),
      ),
    )
    const kindDraw = random()
    docs.push({
      type: kindDraw < 0.6 ? 'article' : kindDraw < 0.9 ? 'qa' : 'term',
      id,
      slug: `doc-${id}`,
      title: script(sentenceFor(home).slice(0, 30)),
      body,
      topics: [pick(['guo-jia-an-quan', 'fan-kong', 'fan-jian-die', 'bao-mi'])],
      status: random() < 0.95 ? 'published' : 'draft',
      publishedAt: date.toISOString(),
      updatedAt: date.toISOString(),
      url: `/v1/articles/doc-${id}`,
    })
    passages += splitIntoPassages(body).length
  }
  return { docs, passages, paragraph: () => paragraphFor(Math.floor(random() * bySeed.length)) }
}

/**
 * `count` published articles as bench/delivery.ts seeds them (and issue 16 measured): titled
 * 国家安全教育第N篇, a summary and about 3,000 characters of seed paragraphs, one hour apart.
 * Every title holds 国家安全 and nearly every body 安全: the common-word case where ranking
 * every match was the cliff.
 */
export function generateArticles(count: number): SearchDocument[] {
  const folder = fileURLToPath(new URL('../tests/fixtures/seeds/', import.meta.url))
  const paragraphs = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(`${folder}${name}`, 'utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length >= 30 && !line.includes('?'))
  const paragraph = (at: number) => paragraphs[at % paragraphs.length] as string
  return Array.from({ length: count }, (_, i) => {
    const lines = [paragraph(i).slice(0, 100), `第${i}部分`]
    for (let k = 0, length = 0; length < 3000; k++) {
      lines.push(paragraph(i * 7 + k))
      length += paragraph(i * 7 + k).length
    }
    const date = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString()
    return {
      type: 'article',
      id: i + 1,
      slug: `article-${i}`,
      title: `国家安全教育第${i}篇`,
      body: lines.join('\n'),
      topics: [],
      status: 'published',
      publishedAt: date,
      updatedAt: date,
      url: `/v1/articles/article-${i}`,
    }
  })
}
