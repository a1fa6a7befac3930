import type { Payload } from 'payload'
import type { DocId } from '../db/ids.js'
import type { ItemFacts } from './permissions.js'
import {
  TITLE_FIELD,
  WORKFLOW_STATES,
  type WorkflowCollection,
  type WorkflowState,
} from './states.js'

export type ItemDoc = Record<string, unknown> & { id: DocId }

export interface LoadedItem extends ItemFacts {
  collection: WorkflowCollection
  id: DocId
  /** The latest version (what reviewers review and what publishing makes live). */
  latest: ItemDoc
  /** The main document: the live version when `live`. */
  current: ItemDoc
}

const isState = (value: unknown): value is WorkflowState =>
  (WORKFLOW_STATES as readonly unknown[]).includes(value)

/** Reads an item's latest version and its main document, bypassing access (the caller checks). */
export async function loadItem(
  payload: Payload,
  collection: WorkflowCollection,
  id: DocId,
): Promise<LoadedItem | undefined> {
  const current = (await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
  })) as ItemDoc | null
  if (!current) return undefined
  const latest =
    ((await payload.findByID({
      collection,
      id,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
    })) as ItemDoc | null) ?? current
  const live = current._status === 'published'
  const state: WorkflowState = isState(latest.workflowState)
    ? latest.workflowState
    : live
      ? 'published'
      : 'draft'
  return {
    collection,
    id: current.id,
    latest,
    current,
    live,
    state,
    createdBy: latest.createdBy ?? current.createdBy,
    lastEditedBy: latest.lastEditedBy,
    submittedBy: latest.submittedBy,
  }
}

export const titleOf = (
  collection: WorkflowCollection,
  doc: Record<string, unknown>,
): string | undefined => {
  const value = doc[TITLE_FIELD[collection]]
  return typeof value === 'string' ? value : undefined
}
