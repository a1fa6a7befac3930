import type { PayloadRequest, RequestContext } from 'payload'

/**
 * Writes made by the workflow itself carry this flag in `req.context`. The publish guard lets
 * `_status: 'published'` through only with `publish: true`; the edit hook leaves the workflow
 * fields alone when it is present.
 */
export const WORKFLOW_CONTEXT_KEY = 'workflowTransition'

export interface WorkflowWriteContext {
  action: string
  publish: boolean
}

export function workflowWrite(
  context: RequestContext | undefined,
): WorkflowWriteContext | undefined {
  const value = context?.[WORKFLOW_CONTEXT_KEY]
  if (!value || typeof value !== 'object') return undefined
  return {
    action: 'action' in value && typeof value.action === 'string' ? value.action : '',
    publish: 'publish' in value && value.publish === true,
  }
}

export const isWorkflowPublish = (req: Pick<PayloadRequest, 'context'>): boolean =>
  workflowWrite(req.context)?.publish === true

/** Marks audit-trail rows written by the workflow (WorkflowEvents refuses any other create). */
export const AUDIT_CONTEXT_KEY = 'workflowAuditWrite'
