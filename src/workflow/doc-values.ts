import type { DocId } from '../db/ids.js'

/** The id of a relationship value, whether populated (`{ id }`) or not. */
export function relationIdOf(value: unknown): DocId | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return undefined
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = relationIdOf(a)
  const right = relationIdOf(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && 'root' in (value as object)) return richTextIsEmpty(value)
  return false
}

function richTextIsEmpty(state: unknown): boolean {
  let found = false
  const walk = (node: unknown) => {
    if (found || !node || typeof node !== 'object') return
    const n = node as { type?: string; text?: string; children?: unknown[] }
    if (n.type === 'text' && (n.text ?? '').trim()) found = true
    else if (n.type && !['root', 'paragraph', 'text', 'linebreak'].includes(n.type)) found = true
    n.children?.forEach(walk)
  }
  walk((state as { root?: unknown }).root)
  return !found
}

/** Every upload node in a Lexical state: its relation and value. */
export function lexicalUploads(state: unknown): { relationTo: string; value: unknown }[] {
  const uploads: { relationTo: string; value: unknown }[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; relationTo?: string; value?: unknown; children?: unknown[] }
    if (n.type === 'upload' && n.relationTo)
      uploads.push({ relationTo: n.relationTo, value: n.value })
    n.children?.forEach(walk)
  }
  walk((state as { root?: unknown } | null)?.root)
  return uploads
}

/** JSON with sorted keys, so two equal values always print the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(
        Object.keys(inner)
          .sort()
          .map((key) => [key, (inner as Record<string, unknown>)[key]]),
      )
    }
    return inner
  })
}
