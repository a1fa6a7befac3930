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
