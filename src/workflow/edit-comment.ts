/**
 * The audit-trail comment of an edit that sent approved or live content back to draft. It stores
 * the changed fields by name (`edited: title, coverImage`), as webhook receivers and logs read it;
 * the admin shows the fields by their labels in the admin language. Pure: the admin imports it.
 */
const PREFIX = 'edited: '

/** The stored comment for an edit of these fields. */
export const editedComment = (fields: readonly string[]): string => `${PREFIX}${fields.join(', ')}`

/** The field names of a stored edit comment; undefined for any other comment. */
export function editedFields(comment: string | null | undefined): string[] | undefined {
  if (!comment?.startsWith(PREFIX)) return undefined
  const fields = comment.slice(PREFIX.length).split(', ').filter(Boolean)
  return fields.length ? fields : undefined
}

/** A stored comment in the admin language: an edit's fields by their labels, others as written. */
export function commentIn(
  comment: string | null | undefined,
  lang: 'en' | 'zh',
  fieldLabel: (name: string) => string,
): string {
  const fields = editedFields(comment)
  if (!fields) return comment ?? ''
  const labels = fields.map(fieldLabel)
  return lang === 'zh' ? `修改了：${labels.join('、')}` : `Changed: ${labels.join(', ')}`
}
