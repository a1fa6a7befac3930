// Lexical state as it arrives from the database: JSON whose shape is checked where it is read.
import type { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { DocId } from '../db/ids.js'

export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  [key: string]: unknown
}

export interface LexicalState {
  root: LexicalNode
}

/** The state type Payload's converters take (lexical's SerializedEditorState). */
export type ConverterState = Parameters<typeof convertLexicalToHTML>[0]['data']

/** An object whose fields are yet to be checked (block fields, populated relationships). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object'
}

export function isDocId(value: unknown): value is DocId {
  return typeof value === 'string' || typeof value === 'number'
}

export function isLexicalState(value: unknown): value is LexicalState {
  return isRecord(value) && isRecord(value.root)
}

/**
 * A state Payload's converters can walk: a root with a children array. They read
 * `root.children` without checking it, so anything else is refused here rather than thrown there.
 */
export function isConverterState(value: unknown): value is ConverterState {
  return isRecord(value) && isRecord(value.root) && Array.isArray(value.root.children)
}

/** A node's `fields` (blocks, links, uploads), or an empty record. */
export function fieldsOf(node: unknown): Record<string, unknown> {
  return isRecord(node) && isRecord(node.fields) ? node.fields : {}
}

export function stringField(record: Record<string, unknown>, key: string): string {
  const value = record[key]
  return typeof value === 'string' ? value : ''
}

/** A named property of a node whose type says nothing about it (e.g. `checked`, `listType`). */
export function nodeProperty(node: unknown, key: string): unknown {
  return isRecord(node) ? node[key] : undefined
}

/** The trimmed, non-empty lines of a plain multi-line field (Q&A answer, callout body). */
export function plainTextParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

/** The marker a checklist item shows in every output: WeChat and feed readers drop checkboxes. */
export function checkMarker(checked: boolean): string {
  return checked ? '☑ ' : '☐ '
}
