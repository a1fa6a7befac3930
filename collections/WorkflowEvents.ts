import type { CollectionConfig } from 'payload'
import { nobody, staffOnly } from '../src/access/content.js'
import { ADMIN_GROUPS, label, type Label } from '../src/i18n/label.js'
import {
  onlyWorkflowAppends,
  refuseAuditChanges,
  refuseAuditDelete,
} from '../src/workflow/audit-guard.js'
import {
  ACTION_LABELS,
  STATE_LABELS,
  WORKFLOW_COLLECTIONS,
  WORKFLOW_STATES,
  type WorkflowCollection,
} from '../src/workflow/states.js'

// The history list showed stored codes (submit, in_review, articles) in a Chinese admin: the
// options carry labels in both languages, the stored values stay the codes.
const COLLECTION_LABELS: Record<WorkflowCollection, Label> = {
  articles: label('Article', '文章'),
  'qa-entries': label('Q&A entry', '问答'),
  'glossary-terms': label('Glossary term', '术语'),
}
/** What an event records as its action: a transition, an edit, or a scheduled change run. */
const EVENT_ACTION_LABELS = {
  ...ACTION_LABELS,
  edit: label('Edit', '编辑'),
  'scheduled-run': label('Scheduled change', '定时操作'),
  // Unpublished changes thrown away (src/workflow/revert.ts).
  revert: label('Revert to published', '还原到已发布的版本'),
}
const EVENT_ACTIONS = Object.keys(EVENT_ACTION_LABELS).filter(
  (key): key is keyof typeof EVENT_ACTION_LABELS => Object.hasOwn(EVENT_ACTION_LABELS, key),
)
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
    useAsTitle: 'event',
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
      options: WORKFLOW_COLLECTIONS.map((value) => ({ value, label: COLLECTION_LABELS[value] })),
      label: label('Collection', '内容类型'),
    },
    {
      name: 'itemId',
      type: 'text',
      required: true,
      index: true,
      label: label('Item id', '内容 ID'),
    },
    { name: 'itemTitle', type: 'text', label: label('Title', '标题') },
    { name: 'version', type: 'text', label: label('Version', '版本') },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: EVENT_ACTIONS.map((value) => ({ value, label: EVENT_ACTION_LABELS[value] })),
      label: label('Action', '操作'),
    },
    { name: 'event', type: 'text', required: true, index: true, label: label('Event', '事件') },
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
    { name: 'comment', type: 'textarea', label: label('Comment', '意见') },
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
