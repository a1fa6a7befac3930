/** A document id: a number on SQLite/Postgres, a string on MongoDB. */
export type DocId = number | string

/**
 * The generated types were produced against SQLite and so assume numeric ids; Payload accepts
 * both kinds at run time. Use this where an id of either kind is passed as a relationship value.
 */
export const relationId = (id: DocId): number => id as number
