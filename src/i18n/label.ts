/** A label in both admin languages. */
export type Label = Record<'en' | 'zh', string>

export const label = (en: string, zh: string): Label => ({ en, zh })

/** A select field's option: the stored value and its label in both admin languages. */
export const option = (value: string, en: string, zh: string) => ({ value, label: label(en, zh) })

/** The admin sidebar's groups, each named once so that collections cannot drift apart. */
export const ADMIN_GROUPS = {
  content: label('Content', '内容'),
  reference: label('Reference', '参考'),
  provenance: label('Provenance', '来源管理'),
  workflow: label('Workflow', '审核流程'),
  publishing: label('Publishing', '发布'),
  administration: label('Administration', '管理'),
}
