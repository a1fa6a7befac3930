import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { SearchDocument } from '../../../src/search/index.js'

const SEEDS = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url))

export function seedText(name: string): string {
  return readFileSync(`${SEEDS}${name}`, 'utf8')
}

export function doc(
  overrides: Partial<SearchDocument> & Pick<SearchDocument, 'id' | 'title'>,
): SearchDocument {
  return {
    type: 'article',
    slug: `doc-${overrides.id}`,
    body: '',
    topics: [],
    status: 'published',
    publishedAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    url: `/articles/${overrides.id}`,
    ...overrides,
  }
}

/** A seed as one article: first non-empty, non-dash line is the title, the rest the body. */
export function seedDocument(
  name: string,
  id: number,
  overrides: Partial<SearchDocument> = {},
): SearchDocument {
  const lines = seedText(name).split('\n')
  const titleIndex = lines.findIndex((line) => line.trim() !== '' && line.trim() !== '-')
  return doc({
    id,
    title: (lines[titleIndex] ?? '').trim(),
    body: lines.slice(titleIndex + 1).join('\n'),
    ...overrides,
  })
}

/**
 * `count` documents made of seed sentences (a seeded generator, so every run is the same), built
 * to stress the ranking: titles that often hold the common words (国家安全, 安全, 反恐), some
 * that are exactly a query, many equal dates (ties down to the key), drafts, all three types,
 * topics and aliases.
 */
export function generatedDocuments(count: number): SearchDocument[] {
  let state = 7
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const sentences = [
    '000_7ff0f28b814cf2d6.txt',
    '001_3725888e3f78c79b.txt',
    '004_56c83ed7d12524c2.txt',
  ]
    .flatMap((name) => seedText(name).split(/(?<=[。！？；])|\n+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 8)
  const titleWords = ['国家安全', '安全', '反恐', '国际合作', '反恐国际合作', '国家', '教育']
  const types = ['article', 'qa', 'term'] as const
  const statuses = ['published', 'published', 'published', 'draft'] as const
  return Array.from({ length: count }, (_, at) => {
    const id = at + 1
    const titleKind = random()
    const title =
      titleKind < 0.1
        ? pick(titleWords)
        : titleKind < 0.6
          ? `${pick(titleWords)}${pick(sentences).slice(0, 12)}${pick(titleWords)}`
          : pick(sentences).slice(0, 20)
    const day = 1 + Math.floor(random() * 5) // five dates for all: ties are the rule
    return doc({
      id,
      type: pick(types),
      title,
      aliases: random() < 0.1 ? [pick(titleWords)] : [],
      body: Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(sentences)).join(''),
      ).join('\n'),
      topics: [pick(['a', 'b', 'c'])],
      status: pick(statuses),
      publishedAt: `2024-01-0${day}T00:00:00Z`,
      updatedAt: random() < 0.5 ? '2024-02-01T00:00:00Z' : `2024-02-0${day}T00:00:00Z`,
    })
  })
}
