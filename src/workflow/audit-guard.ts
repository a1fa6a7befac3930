import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { message } from '../i18n/message.js'
import { AUDIT_CONTEXT_KEY } from './context.js'

const auditTrailIsFixed = (req: PayloadRequest): APIError =>
  new APIError(
    message(
      req,
      'The workflow audit trail cannot be changed or deleted.',
      '审核记录不可修改或删除。',
    ),
    403,
  )

/**
 * The audit trail is append-only for everyone, admins included, on every API (the Local API
 * bypasses access control by default, so hooks enforce it too). Only the workflow appends rows.
 */
export const refuseAuditChanges: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') {
    throw auditTrailIsFixed(req)
  }
  return args
}

export const onlyWorkflowAppends: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || context?.[AUDIT_CONTEXT_KEY] !== true) {
    throw new APIError(
      message(
        req,
        'Audit entries are written by the workflow only.',
        '审核记录只能由审核流程写入。',
      ),
      403,
    )
  }
  return data
}

export const refuseAuditDelete: CollectionBeforeDeleteHook = ({ req }) => {
  throw auditTrailIsFixed(req)
}
