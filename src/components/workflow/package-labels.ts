import { isWorkflowCollection, WORKFLOW_COLLECTION_LABELS } from '../../workflow/states.js'
import type { Lang } from './labels.js'

/** The review package view's own strings, in both admin languages. */
const STRINGS = {
  title: ['Review package', '审核包'],
  intro: [
    'Everything this import created is reviewed as one: each package action acts on every item at once, or, when one item is not ready, on none.',
    '本次导入生成的全部内容作为一个整体审核：每个整包操作同时作用于每一项；只要有一项未就绪，就一项也不改。',
  ],
  loading: ['Loading…', '加载中…'],
  documentFlags: ['Document-level flags', '文档级质量标记'],
  noDocumentFlags: ['No document-level flags.', '没有文档级质量标记。'],
  resolveOnce: ['Resolve for the whole package', '为整个导入包解决'],
  resolved: ['Resolved', '已解决'],
  items: ['Items', '条目'],
  kind: ['Kind', '类型'],
  item: ['Item', '内容'],
  state: ['State', '状态'],
  gate: ['Publish gate', '发布检查'],
  gateOk: ['passes', '通过'],
  flags: ['Flags', '质量标记'],
  qaSet: ['Q&A set (goes live with the package)', '问答集（随导入包一起发布）'],
  live: ['live', '已发布'],
  notLive: ['not live', '未发布'],
  actions: ['Package actions', '整包操作'],
  comment: ['Comment (recorded on every item)', '意见（记录在每一项上）'],
  assignee: ['Assigned reviewer', '指派审核人'],
  chooseReviewer: ['— no reviewer —', '— 不指派 —'],
  notYet: ['Not possible yet:', '暂不能执行：'],
  failed: ['The package action failed', '整包操作失败'],
} as const

type StringKey = keyof typeof STRINGS
export const pkgUi = (key: StringKey, lang: Lang): string => STRINGS[key][lang === 'zh' ? 1 : 0]

/** `n of m items`, as the flag summary says it. */
export const unresolvedOf = (unresolved: number, items: number, lang: Lang): string =>
  lang === 'zh'
    ? `${items}项中${unresolved}项未解决`
    : `unresolved on ${unresolved} of ${items} items`

export const skippedCount = (count: number, lang: Lang): string =>
  lang === 'zh' ? `${count}项已完成，将跳过` : `${count} already done, left alone`

const PACKAGE_ACTIONS: Record<string, [string, string]> = {
  submit: ['Submit package for review', '整包提交审核'],
  approve: ['Approve package', '整包批准'],
  publish: ['Publish package', '整包发布'],
}
export const packageActionLabel = (action: string, lang: Lang): string =>
  PACKAGE_ACTIONS[action]?.[lang === 'zh' ? 1 : 0] ?? action

/** An item's kind, as its collection names one (an unknown slug as given). */
export const kindLabel = (collection: string, lang: Lang): string =>
  isWorkflowCollection(collection) ? WORKFLOW_COLLECTION_LABELS[collection][lang] : collection
