import { decodeCursorValues, encodeCursorValues } from '../delivery/http/cursor.js'
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

/** The nextCursor of a page ending at `position`, in the /v1 cursor format. */
export function rankCursor(position: RankPosition): string {
  return encodeCursorValues([
    position.score,
    position.publishedTime,
    position.updatedTime,
    position.key,
  ])
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** The position held by the values of a search cursor; undefined for any other values. */
export function readRankCursor(values: unknown[]): RankPosition | undefined {
  const [score, publishedTime, updatedTime, key, ...rest] = values
  return isFiniteNumber(score) &&
    isFiniteNumber(publishedTime) &&
    isFiniteNumber(updatedTime) &&
    typeof key === 'string' &&
    rest.length === 0
    ? { score, publishedTime, updatedTime, key }
    : undefined
}

/** The position a search cursor points at; SearchQueryError when it is not one. */
export function positionOfCursor(cursor: string): RankPosition {
  const values = decodeCursorValues(cursor)
  const position = values ? readRankCursor(values) : undefined
  if (!position)
    throw new SearchQueryError('invalid_cursor', 'The cursor is not one this search returned.')
  return position
}
