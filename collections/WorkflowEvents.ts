import type { CollectionConfig } from 'payload'
import { nobody, staffOnly } from '../src/access/content.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'
import {
  onlyWorkflowAppends,
  refuseAuditChanges,
  refuseAuditDelete,
} from '../src/workflow/audit-guard.js'
import {
  EVENT_ACTION_LABELS,
  EVENT_ACTIONS,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
  STATE_LABELS,
  WORKFLOW_COLLECTION_LABELS,
  WORKFLOW_COLLECTIONS,
  WORKFLOW_STATES,
} from '../src/workflow/states.js'
import { itemCreatedAtField } from '../src/workflow/item-key.js'

// The history list showed stored codes (submit, in_review, articles) in a Chinese admin: the
// options carry labels in both languages, the stored values stay the codes.
const stateOptions = WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] }))

/**
 * The append-only audit trail of every workflow transition. Item and actor are stored as plain
 * values (not relationships) so deleting a document or a user cannot alter the record.
 */
export const WorkflowEvents: CollectionConfig = {
  slug: 'workflow-events',
  labels: {
    singular: label('Workflow event', '审核记录'),
    plural: label('Workflow history', '审核记录'),
  },
  admin: {
    // The item's title, not the event code, heads the record.
    useAsTitle: 'itemTitle',
    defaultColumns: ['at', 'itemCollection', 'itemTitle', 'action', 'from', 'to', 'actorName'],
    group: ADMIN_GROUPS.workflow,
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeOperation: [refuseAuditChanges],
    beforeChange: [onlyWorkflowAppends],
    beforeDelete: [refuseAuditDelete],
  },
  defaultSort: '-at',
  timestamps: true,
  fields: [
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      index: true,
      options: WORKFLOW_COLLECTIONS.map((value) => ({
        value,
        label: WORKFLOW_COLLECTION_LABELS[value],
      })),
      label: label('Collection', '内容类型'),
    },
    {
      name: 'itemId',
      type: 'text',
      required: true,
      index: true,
      label: label('Item id', '内容 ID'),
    },
    itemCreatedAtField,
    { name: 'itemTitle', type: 'text', label: label('Title', '标题') },
    { name: 'version', type: 'text', label: label('Version', '版本') },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: EVENT_ACTIONS.map((value) => ({ value, label: EVENT_ACTION_LABELS[value] })),
      label: label('Action', '操作'),
    },
    {
      name: 'event',
      type: 'select',
      required: true,
      index: true,
      options: EVENT_TYPES.map((value) => ({ value, label: EVENT_TYPE_LABELS[value] })),
      label: label('Event', '事件'),
    },
    { name: 'from', type: 'select', options: stateOptions, label: label('From', '原状态') },
    { name: 'to', type: 'select', options: stateOptions, label: label('To', '新状态') },
    { name: 'actorId', type: 'text', index: true, label: label('Actor id', '操作人 ID') },
    { name: 'actorName', type: 'text', label: label('Actor', '操作人') },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: label('At', '时间'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'comment',
      type: 'textarea',
      label: label('Comment', '意见'),
      // An edit's comment lists the changed fields by name (edited: coverImage): shown by label.
      admin: {
        components: {
          Field: '/components/workflow/EventComment#EventCommentField',
          Cell: '/components/workflow/EventComment#EventCommentCell',
        },
      },
    },
    { name: 'reason', type: 'textarea', label: label('Reason', '理由') },
    {
      name: 'gate',
      type: 'json',
      label: label('Publish gate result', '发布检查结果'),
      // Payload's JSON editor loads from a public CDN: shown as text instead.
      admin: { components: { Field: '/components/fields/JsonView#JsonView' } },
    },
    {
      name: 'fourEyesOverride',
      type: 'checkbox',
      defaultValue: false,
      label: label('Four-eyes override', '越过四眼原则'),
    },
    { name: 'overrideReason', type: 'textarea', label: label('Override reason', '越过理由') },
  ],
}
