import { relationIdOf } from '../db/ids.js'

export { relationIdOf }

/**
 * A named field of a document, or of any value that may be an object (undefined otherwise). For
 * field names that come from configs and tables, and for drafts, which Payload saves without
 * validation: the caller narrows what it gets.
 */
export function fieldValue(value: unknown, name: string): unknown {
  if (!value || typeof value !== 'object') return undefined
  return Object.getOwnPropertyDescriptor(value, name)?.value
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
  if (typeof value === 'object' && 'root' in value) return richTextIsEmpty(value.root)
  return false
}

const EMPTY_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak']

function richTextIsEmpty(root: unknown): boolean {
  let found = false
  const walk = (node: unknown) => {
    if (found || !node || typeof node !== 'object') return
    const type = fieldValue(node, 'type')
    const text = fieldValue(node, 'text')
    if (type === 'text' && typeof text === 'string' && text.trim()) found = true
    else if (typeof type === 'string' && type && !EMPTY_NODE_TYPES.includes(type)) found = true
    childrenOf(node).forEach(walk)
  }
  walk(root)
  return !found
}

function childrenOf(node: object): unknown[] {
  const children = fieldValue(node, 'children')
  return Array.isArray(children) ? children : []
}

/** Every upload node in a Lexical state: its relation and value. */
export function lexicalUploads(state: unknown): { relationTo: string; value: unknown }[] {
  const uploads: { relationTo: string; value: unknown }[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const relationTo = fieldValue(node, 'relationTo')
    if (fieldValue(node, 'type') === 'upload' && typeof relationTo === 'string' && relationTo)
      uploads.push({ relationTo, value: fieldValue(node, 'value') })
    childrenOf(node).forEach(walk)
  }
  walk(fieldValue(state, 'root'))
  return uploads
}

/** JSON with sorted keys, so two equal values always print the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(
        Object.keys(inner)
          .sort()
          .map((key) => [key, fieldValue(inner, key)]),
      )
    }
    return inner
  })
}
