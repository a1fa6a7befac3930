import type { DocId } from '../../db/ids.js'
import { WorkflowError, type GateFailure } from '../errors.js'
import { WORKFLOW_COLLECTION_LABELS, type WorkflowCollection } from '../states.js'

/** How messages name an item of a package: its kind, then its title. */
export const memberName = (
  collection: WorkflowCollection,
  id: DocId,
  title: string | undefined,
  language: 'en' | 'zh',
): string =>
  `${WORKFLOW_COLLECTION_LABELS[collection][language]}${language === 'zh' ? '' : ' '}“${title || `#${id}`}”`

/** One item's refusal inside a package action: which item, and the single-item workflow's own answer. */
export interface MemberRefusal {
  collection: WorkflowCollection | 'qa-sets'
  id: string
  title?: string
  status: number
  code: string
  /** The item named, then the reason, in the request's language. */
  message: string
  failures?: GateFailure[]
}

/**
 * A package action refused as a whole: nothing was changed, and `items` says which items stopped
 * it and why. The status is the items' common one (403 four-eyes, 409 state, 400 gate), 400 when
 * they differ.
 */
export class PackageError extends WorkflowError {
  readonly items: MemberRefusal[]

  constructor(status: number, code: string, message: string, items: MemberRefusal[]) {
    super(status, code, message)
    this.name = 'PackageError'
    this.items = items
  }
}
