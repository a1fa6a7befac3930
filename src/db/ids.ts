/** A document id: a number on SQLite/Postgres, a string on MongoDB. */
export type DocId = number | string

/**
 * The generated types were produced against SQLite and so assume numeric ids; Payload accepts
 * both kinds at run time. Use this where an id of either kind is passed as a relationship value.
 */
export const relationId = (id: DocId): number => id as number

/** The id of a relationship value, whether Payload left it as an id or populated the document. */
export function relationIdOf(value: unknown): DocId | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const { id } = value
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return undefined
}

/** An id from a URL or a job's text input, as the database's own kind of id. */
export function docIdFromText(defaultIDType: 'number' | 'text', raw: string): DocId {
  return defaultIDType === 'number' && /^\d+$/.test(raw) ? Number(raw) : raw
}
