import type { PayloadRequest } from 'payload'
import { isStaff } from '../access/roles.js'
import { message } from '../i18n/message.js'
import { WorkflowError } from './errors.js'

/**
 * The workflow views (an item's panel, a package's status) show drafts and review comments: a
 * visitor is refused with 401, a logged-in user outside the newsroom with 403.
 */
export function assertStaffViewer(
  req: PayloadRequest,
): asserts req is PayloadRequest & { user: NonNullable<PayloadRequest['user']> } {
  const t = (en: string, zh: string) => message(req, en, zh)
  if (!req.user)
    throw new WorkflowError(401, 'unauthenticated', t('Log in to see the workflow.', '请先登录。'))
  if (!isStaff(req.user))
    throw new WorkflowError(
      403,
      'forbidden',
      t('Only newsroom staff can see the workflow.', '只有编辑部人员可以查看审核流程。'),
    )
}
