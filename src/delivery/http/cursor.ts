import type { Where } from 'payload'
import { badParameter } from './errors.js'

export interface CursorPosition {
  /** The sort value of the last item returned (ISO date). */
  at: string
  id: string | number
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id]), 'utf8').toString('base64url')
}

/** A cursor is opaque to clients; anything that does not decode to [ISO date, id] is a 400 on `cursor`. */
export const cursorParameter = (value: string, name: string): CursorPosition => {
  try {
    const decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown
    if (Array.isArray(decoded) && decoded.length === 2) {
      const [at, id] = decoded as [unknown, unknown]
      if (
        typeof at === 'string' &&
        !Number.isNaN(Date.parse(at)) &&
        (typeof id === 'string' || typeof id === 'number')
      )
        return { at, id }
    }
  } catch {
    // fall through to the error below
  }
  throw badParameter(
    name,
    value,
    'not a cursor returned by this API (use nextCursor from the previous page)',
  )
}

/** Items strictly after the cursor in (field desc, id desc) order. */
export function afterCursor(field: string, cursor: CursorPosition): Where {
  return {
    or: [
      { [field]: { less_than: cursor.at } },
      { and: [{ [field]: { equals: cursor.at } }, { id: { less_than: cursor.id } }] },
    ],
  }
}
