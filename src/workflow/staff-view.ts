import type { PayloadRequest } from 'payload'
import { isStaff } from '../access/roles.js'
import { message } from '../i18n/message.js'
import { WorkflowError } from './errors.js'

/** What each staff-only view says to a visitor and to a user outside the newsroom, in both languages. */
const REFUSALS = {
  workflow: {
    login: ['Log in to see the workflow.', '请先登录。'],
    staff: ['Only newsroom staff can see the workflow.', '只有编辑部人员可以查看审核流程。'],
  },
  queue: {
    login: ['Log in to see the review queue.', '请先登录再查看审核队列。'],
    staff: ['Only newsroom staff can see the review queue.', '只有编辑部人员可以查看审核队列。'],
  },
  calendar: {
    login: ['Log in to see the editorial calendar.', '请先登录再查看编辑日历。'],
    staff: [
      'Only newsroom staff can see the editorial calendar.',
      '只有编辑部人员可以查看编辑日历。',
    ],
  },
} as const

/**
 * The workflow views (an item's panel, a package's status, the review queue, the editorial
 * calendar) show drafts and review comments: a visitor is refused with 401, a logged-in user
 * outside the newsroom with 403.
 */
export function assertStaffViewer(
  req: PayloadRequest,
  view: keyof typeof REFUSALS = 'workflow',
): asserts req is PayloadRequest & { user: NonNullable<PayloadRequest['user']> } {
  const say = ([en, zh]: readonly [string, string]) => message(req, en, zh)
  if (!req.user) throw new WorkflowError(401, 'unauthenticated', say(REFUSALS[view].login))
  if (!isStaff(req.user)) throw new WorkflowError(403, 'forbidden', say(REFUSALS[view].staff))
}
