import { SearchQueryError } from './errors.js'

/** A result's place in the ranking order; the next page starts strictly after it. */
export interface RankPosition {
  score: number
  publishedTime: number
  updatedTime: number
  key: string
}

/** Best first: score, then newer publication, newer update, then key so the order is total. */
export function compareRank(a: RankPosition, b: RankPosition): number {
  return (
    b.score - a.score ||
    b.publishedTime - a.publishedTime ||
    b.updatedTime - a.updatedTime ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  )
}

export function encodeCursor(position: RankPosition): string {
  const tuple = [position.score, position.publishedTime, position.updatedTime, position.key]
  return Buffer.from(JSON.stringify(tuple)).toString('base64url')
}

export function decodeCursor(cursor: string): RankPosition {
  try {
    const tuple: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (
      Array.isArray(tuple) &&
      tuple.length === 4 &&
      tuple.slice(0, 3).every((value) => typeof value === 'number' && Number.isFinite(value)) &&
      typeof tuple[3] === 'string'
    ) {
      return { score: tuple[0], publishedTime: tuple[1], updatedTime: tuple[2], key: tuple[3] }
    }
  } catch {
    // reported below
  }
  throw new SearchQueryError('invalid_cursor', 'The cursor is not one this search returned.')
}
