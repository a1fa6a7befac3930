import type { Params } from 'payload'

/** One query parameter of an admin view as text (a repeated one counts as absent). */
export const paramOf = (params: Params | undefined, name: string): string | undefined => {
  const value = params?.[name]
  return typeof value === 'string' ? value : undefined
}
