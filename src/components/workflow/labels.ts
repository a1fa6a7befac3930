import {
  EVENT_ACTION_LABELS,
  isEventAction,
  isWorkflowState,
  STATE_LABELS,
} from '../../workflow/states.js'

export type Lang = 'en' | 'zh'
export const langOf = (language: string | undefined): Lang => (language === 'zh' ? 'zh' : 'en')

export const stateLabel = (state: string | undefined, lang: Lang): string =>
  isWorkflowState(state) ? STATE_LABELS[state][lang] : (state ?? '')
export const actionLabel = (action: string, lang: Lang): string =>
  isEventAction(action) ? EVENT_ACTION_LABELS[action][lang] : action

export const STATE_COLOURS: Record<string, string> = {
  draft: '#6b7280',
  in_review: '#2563eb',
  changes_requested: '#d97706',
  approved: '#059669',
  scheduled: '#7c3aed',
  published: '#047857',
  unpublished: '#9ca3af',
  archived: '#374151',
}

/** The UI's own strings, in both admin languages. */
const STRINGS = {
  title: ['Review workflow', '审核流程'],
  saveFirst: ['Save the document to start the review workflow.', '请先保存文档，再开始审核流程。'],
  loading: ['Loading…', '加载中…'],
  live: ['A published version is live.', '已有发布版本在线。'],
  notLive: ['Not published.', '尚未发布。'],
  assignee: ['Assigned reviewer', '指派审核人'],
  due: ['Due', '截止'],
  scheduledFor: ['Scheduled for', '定时发布时间'],
  actions: ['Actions', '可执行操作'],
  noActions: ['No workflow action is open to you in this state.', '当前状态下您没有可执行的操作。'],
  gateOk: ['Publish gate: all checks pass.', '发布检查：全部通过。'],
  gateFailed: [
    'Publish gate: fix these before approving or publishing',
    '发布检查未通过：批准或发布前须修正以下问题',
  ],
  blockedByGate: ['Blocked by the publish gate', '发布检查未通过，无法执行'],
  comment: ['Comment', '意见'],
  reason: ['Reason', '理由'],
  publishAt: ['Publish at', '发布时间'],
  overrideReason: ['Four-eyes override reason (admin)', '越过四眼原则的理由（管理员）'],
  chooseReviewer: ['— no reviewer —', '— 不指派 —'],
  comments: ['Comments', '审核意见'],
  noComments: ['No comments yet.', '暂无意见。'],
  addComment: ['Add comment', '添加意见'],
  blocking: ['Blocking', '阻止批准'],
  field: ['Field (optional)', '字段（可选）'],
  resolve: ['Resolve', '标记解决'],
  resolved: ['Resolved', '已解决'],
  history: ['History', '审核记录'],
  noHistory: ['No workflow events yet.', '暂无记录。'],
  failed: ['The action failed', '操作失败'],
  compareWithPublished: ['Compare with published', '对比已发布版本'],
  reverted: ['Reverted to the published version.', '已还原到已发布的版本。'],
  revertFailed: ['Reverting failed', '还原失败'],
} as const

export type StringKey = keyof typeof STRINGS
export const ui = (key: StringKey, lang: Lang): string => STRINGS[key][lang === 'zh' ? 1 : 0]
