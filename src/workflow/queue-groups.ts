import { label } from '../i18n/label.js'
import { isOneOf, keysOf } from './states.js'

/**
 * The desk's standing views of the review queue, each a set of the queue's own parameters
 * (`GET /api/workflow/queue?group=mine` is `?state=in_review&assignee=me`): the admin's queue view,
 * its dashboard block and the REST queue count and list the same items.
 */
export const QUEUE_GROUPS = {
  mine: { state: 'in_review', assignee: 'me' },
  unassigned: { state: 'in_review', assignee: 'none' },
  // The due date is the review's: an item is overdue while its review is.
  overdue: { state: 'in_review', overdue: 'true' },
  changes: { state: 'changes_requested' },
  open: { state: 'in_review,changes_requested' },
} as const

export type QueueGroup = keyof typeof QUEUE_GROUPS
export const QUEUE_GROUP_NAMES: readonly QueueGroup[] = keysOf(QUEUE_GROUPS)
export const isQueueGroup = (value: unknown): value is QueueGroup =>
  isOneOf(QUEUE_GROUP_NAMES, value)

export const QUEUE_GROUP_LABELS: Record<QueueGroup, Record<'en' | 'zh', string>> = {
  mine: label('Assigned to me', '分配给我'),
  unassigned: label('Unassigned', '未分配'),
  overdue: label('Overdue', '已逾期'),
  changes: label('Waiting for changes', '待修改'),
  open: label('All open', '全部待办'),
}
