import { hasRole, isAdmin, isStaff } from '../access/roles.js'
import { sameId } from './doc-values.js'
import { TRANSITIONS, WORKFLOW_ACTIONS, type WorkflowAction, type WorkflowState } from './states.js'

export type Actor = {
  id: number | string
  roles?: unknown
  name?: unknown
  email?: unknown
  collection?: string
}

export interface ItemFacts {
  state: WorkflowState
  /** A published version is live (the latest version may be a newer draft). */
  live: boolean
  createdBy?: unknown
  lastEditedBy?: unknown
  /** Everyone who edited the content since the last approval (ids or user documents). */
  editedSinceApproval?: unknown
  submittedBy?: unknown
}

/** Whether the user's roles (and relation to the item) allow the action at all, whatever the state. */
export function roleAllows(action: WorkflowAction, user: Actor, item: ItemFacts): boolean {
  if (!isStaff(user)) return false
  switch (action) {
    case 'submit':
      return hasRole(user, 'editor') || sameId(item.createdBy, user.id)
    case 'withdraw':
      return sameId(item.submittedBy, user.id) || isAdmin(user)
    case 'request-changes':
    case 'approve':
    case 'publish':
    case 'schedule':
    case 'unpublish':
      return hasRole(user, 'reviewer')
    case 'archive':
      return isAdmin(user)
  }
}

export function stateAllows(action: WorkflowAction, item: ItemFacts): boolean {
  if (action === 'unpublish') return item.live || item.state === 'scheduled'
  return TRANSITIONS[action].from.includes(item.state)
}

/**
 * Four-eyes: whoever created the item or edited its content since the last approval cannot
 * approve it — every editor of the round counts, not only the last one (a reviewer who rewrote the
 * text cannot approve it after someone else changed a character).
 */
export const violatesFourEyes = (user: Actor, item: ItemFacts): boolean =>
  sameId(item.createdBy, user.id) ||
  sameId(item.lastEditedBy, user.id) ||
  (Array.isArray(item.editedSinceApproval) &&
    item.editedSinceApproval.some((editor) => sameId(editor, user.id)))

export interface AllowedAction {
  action: WorkflowAction
  /** Inputs the action needs: a comment, a reason, a time, or (admins) a four-eyes override reason. */
  needs: ('comment' | 'reason' | 'publishAt' | 'overrideReason')[]
}

/** The actions this user may take on the item now (before the gate, which is checked separately). */
export function allowedActions(user: Actor, item: ItemFacts): AllowedAction[] {
  return WORKFLOW_ACTIONS.filter(
    (action) => roleAllows(action, user, item) && stateAllows(action, item),
  ).flatMap((action): AllowedAction[] => {
    const needs: AllowedAction['needs'] = []
    if (action === 'request-changes') needs.push('comment')
    if (action === 'unpublish') needs.push('reason')
    if (action === 'schedule') needs.push('publishAt')
    if (action === 'approve' && violatesFourEyes(user, item)) {
      if (!isAdmin(user)) return []
      needs.push('overrideReason')
    }
    return [{ action, needs }]
  })
}

export interface UnavailableAction {
  action: WorkflowAction
  /** Why the panel does not offer it: the user created the item, or edited it since approval. */
  reason: 'four-eyes-created' | 'four-eyes-edited'
}

/**
 * Actions the user's role and the state would allow but four-eyes takes away, with the reason,
 * so that the panel can say why approve is missing instead of leaving the reviewer to guess.
 */
export function unavailableActions(user: Actor, item: ItemFacts): UnavailableAction[] {
  if (isAdmin(user) || !roleAllows('approve', user, item) || !stateAllows('approve', item))
    return []
  if (!violatesFourEyes(user, item)) return []
  return [
    {
      action: 'approve',
      reason: sameId(item.createdBy, user.id) ? 'four-eyes-created' : 'four-eyes-edited',
    },
  ]
}
