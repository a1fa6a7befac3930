import { label, type Label } from '../i18n/label.js'

export const WORKFLOW_COLLECTIONS = ['articles', 'qa-entries', 'glossary-terms'] as const
export type WorkflowCollection = (typeof WORKFLOW_COLLECTIONS)[number]

/**
 * What one item of each workflow collection is called, in both admin languages: the collection's
 * own singular label, and the kind the audit trail, the review package and its messages name.
 */
export const WORKFLOW_COLLECTION_LABELS: Record<WorkflowCollection, Label> = {
  articles: label('Article', '文章'),
  'qa-entries': label('Q&A entry', '问答'),
  'glossary-terms': label('Glossary term', '术语'),
}

/** The keys of a record of literals, in the order it declares them. */
export function keysOf<Key extends string>(record: Record<Key, unknown>): Key[] {
  return Object.keys(record).filter((key): key is Key => Object.hasOwn(record, key))
}

/** The workflow's states, in order, each with its label in both admin languages. */
export const STATE_LABELS = {
  draft: label('Draft', '草稿'),
  in_review: label('In review', '审核中'),
  changes_requested: label('Changes requested', '需修改'),
  approved: label('Approved', '已批准'),
  scheduled: label('Scheduled', '已排期'),
  published: label('Published', '已发布'),
  unpublished: label('Unpublished', '已撤下'),
  archived: label('Archived', '已归档'),
}
export type WorkflowState = keyof typeof STATE_LABELS
export const WORKFLOW_STATES: readonly WorkflowState[] = keysOf(STATE_LABELS)

/** The actions that move an item between states, each with its button label. */
export const ACTION_LABELS = {
  submit: label('Submit for review', '提交审核'),
  withdraw: label('Withdraw', '撤回'),
  'request-changes': label('Request changes', '退回修改'),
  approve: label('Approve', '批准'),
  publish: label('Publish', '发布'),
  schedule: label('Schedule', '定时发布'),
  unpublish: label('Unpublish', '撤下'),
  archive: label('Archive', '归档'),
}
export type WorkflowAction = keyof typeof ACTION_LABELS
export const WORKFLOW_ACTIONS: readonly WorkflowAction[] = keysOf(ACTION_LABELS)

/** Events sent to webhooks (and in-process listeners). */
export const WEBHOOK_EVENTS = [
  'submitted',
  'changes_requested',
  'approved',
  'published',
  'unpublished',
  'corrected',
] as const
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]

/** What an audit-trail row records as its action: a transition, an edit, or a scheduled change run. */
export const EVENT_ACTION_LABELS = {
  ...ACTION_LABELS,
  edit: label('Edit', '编辑'),
  'scheduled-run': label('Scheduled change', '定时操作'),
  // Unpublished changes thrown away (src/workflow/revert.ts).
  revert: label('Revert to published', '还原到已发布的版本'),
}
export type EventAction = keyof typeof EVENT_ACTION_LABELS
export const EVENT_ACTIONS: readonly EventAction[] = keysOf(EVENT_ACTION_LABELS)

/** Whether `value` is one of `values`: the type guard for a constant list of literals. */
export const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.some((known) => known === value)

export const isWorkflowCollection = (slug: unknown): slug is WorkflowCollection =>
  isOneOf(WORKFLOW_COLLECTIONS, slug)
export const isWorkflowAction = (value: unknown): value is WorkflowAction =>
  isOneOf(WORKFLOW_ACTIONS, value)
export const isWorkflowState = (value: unknown): value is WorkflowState =>
  isOneOf(WORKFLOW_STATES, value)
export const isEventAction = (value: unknown): value is EventAction => isOneOf(EVENT_ACTIONS, value)
export const isWebhookEvent = (value: unknown): value is WebhookEventType =>
  isOneOf(WEBHOOK_EVENTS, value)

interface TransitionRule {
  from: readonly WorkflowState[]
  /** The state after the action; `unpublish` of a scheduled item only cancels the schedule. */
  to: WorkflowState
  event: WorkflowEventType
}

export const TRANSITIONS: Record<WorkflowAction, TransitionRule> = {
  submit: {
    from: ['draft', 'changes_requested', 'unpublished'],
    to: 'in_review',
    event: 'submitted',
  },
  withdraw: { from: ['in_review'], to: 'draft', event: 'withdrawn' },
  'request-changes': { from: ['in_review'], to: 'changes_requested', event: 'changes_requested' },
  approve: { from: ['in_review'], to: 'approved', event: 'approved' },
  publish: { from: ['approved'], to: 'published', event: 'published' },
  schedule: { from: ['approved'], to: 'scheduled', event: 'scheduled' },
  unpublish: { from: ['published', 'scheduled'], to: 'unpublished', event: 'unpublished' },
  archive: {
    from: WORKFLOW_STATES.filter((state) => state !== 'archived'),
    to: 'archived',
    event: 'archived',
  },
}

/** A content edit to these states starts a new round of review (the live version stays live). */
export const STATES_RESET_BY_EDIT: readonly WorkflowState[] = ['approved', 'scheduled', 'published']

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, Record<'en' | 'zh', string>> = {
  submitted: label('Submitted', '已提交'),
  changes_requested: label('Changes requested', '退回修改'),
  approved: label('Approved', '已批准'),
  published: label('Published', '已发布'),
  unpublished: label('Unpublished', '已撤下'),
  corrected: label('Corrected', '已更正'),
}

/** The field that holds each collection's title, for messages and webhook payloads. */
export const TITLE_FIELD: Record<WorkflowCollection, string> = {
  articles: 'title',
  'qa-entries': 'question',
  'glossary-terms': 'term',
}

/**
 * Every event an in-process listener can see, with its label (the audit trail's `event` column):
 * the webhook events plus the quieter ones. The type is read off this record, as WorkflowState is
 * off STATE_LABELS, so that an event cannot exist without its label.
 */
export const EVENT_TYPE_LABELS = {
  ...WEBHOOK_EVENT_LABELS,
  withdrawn: label('Withdrawn', '已撤回'),
  scheduled: label('Scheduled', '已排期'),
  schedule_cancelled: label('Schedule cancelled', '已取消定时'),
  schedule_failed: label('Scheduled change failed', '定时操作失败'),
  archived: label('Archived', '已归档'),
  edited: label('Edited after approval', '批准后编辑'),
  reverted: label('Reverted to published', '已还原为发布版本'),
}
export type WorkflowEventType = keyof typeof EVENT_TYPE_LABELS
export const EVENT_TYPES: readonly WorkflowEventType[] = keysOf(EVENT_TYPE_LABELS)
