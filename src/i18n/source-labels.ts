import { label, type Label } from './label.js'

/** Whether we may reprint a source, each status with its label in both admin languages. */
export const RIGHTS_LABELS = {
  'official-public': label('Official public release', '官方公开发布'),
  licensed: label('Licensed', '已获许可'),
  'permission-granted': label('Permission granted', '已获授权'),
  'quote-only': label('Quote only', '仅可引用'),
  unknown: label('Unknown', '未知'),
  denied: label('Denied', '不可使用'),
} satisfies Record<string, Label>

/** The part a linked source plays for a piece of content. */
export const SOURCE_ROLE_LABELS = {
  original: label('Original', '原始出处'),
  'reprinted-from': label('Reprinted from', '转载自'),
  // Another site's reprint of this content (attached to an existing article on import).
  'reprinted-by': label('Reprinted by', '被转载于'),
  cites: label('Cited', '引用'),
} satisfies Record<string, Label>

/** A stored code in the admin language by its labels; an unknown code as stored. */
export function labelIn(
  labels: Record<string, Label>,
  code: string | null | undefined,
  lang: keyof Label,
): string {
  return code && Object.hasOwn(labels, code) ? (labels[code]?.[lang] ?? code) : (code ?? '')
}
