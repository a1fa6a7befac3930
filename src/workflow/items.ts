import type { Payload } from 'payload'
import type { DocId } from '../db/ids.js'
import type { Article, GlossaryTerm, QaEntry } from '../payload-types.js'
import { fieldValue } from './doc-values.js'
import type { ItemFacts } from './permissions.js'
import {
  isWorkflowState,
  TITLE_FIELD,
  type WorkflowCollection,
  type WorkflowState,
} from './states.js'

/** A document of a workflow collection (a draft may lack required fields: Payload saves drafts unvalidated). */
export type WorkflowDoc = Article | QaEntry | GlossaryTerm
export type ItemDoc = WorkflowDoc

export interface LoadedItem extends ItemFacts {
  collection: WorkflowCollection
  id: DocId
  /** The latest version (what reviewers review and what publishing makes live). */
  latest: ItemDoc
  /** The main document: the live version when `live`. */
  current: ItemDoc
}

/** Reads an item's latest version and its main document, bypassing access (the caller checks). */
export async function loadItem(
  payload: Payload,
  collection: WorkflowCollection,
  id: DocId,
): Promise<LoadedItem | undefined> {
  const current: ItemDoc | null = await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!current) return undefined
  const latest: ItemDoc =
    (await payload.findByID({
      collection,
      id,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
    })) ?? current
  const live = current._status === 'published'
  const state: WorkflowState = isWorkflowState(latest.workflowState)
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
    editedSinceApproval: latest.editedSinceApproval,
    submittedBy: latest.submittedBy,
  }
}

export const titleOf = (collection: WorkflowCollection, doc: object): string | undefined => {
  const value = fieldValue(doc, TITLE_FIELD[collection])
  return typeof value === 'string' ? value : undefined
}
