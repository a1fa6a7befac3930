'use client'
import type { DefaultCellComponentProps, TextareaFieldClientComponent } from 'payload'
import { FieldLabel, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { commentIn } from '../../workflow/edit-comment.js'
import { useFieldLabels } from './field-labels.js'
import { langOf } from './labels.js'

/** An audit-trail comment, an edit's changed fields named by their labels (record view). */
export const EventCommentField: TextareaFieldClientComponent = ({ field, path }) => {
  const { i18n } = useTranslation()
  const { value } = useField<string>({ path: path ?? field.name })
  const collection = useFormFields(([fields]) => fields.itemCollection?.value)
  const fieldLabel = useFieldLabels(typeof collection === 'string' ? collection : undefined)
  return (
    <div className="field-type" data-testid="event-comment">
      <FieldLabel label={field.label} path={path} />
      <div style={{ whiteSpace: 'pre-wrap' }}>
        {commentIn(value, langOf(i18n.language), fieldLabel) || '—'}
      </div>
    </div>
  )
}

/** The same in the list. */
export function EventCommentCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const collection = rowData?.itemCollection
  const fieldLabel = useFieldLabels(typeof collection === 'string' ? collection : undefined)
  const comment = typeof cellData === 'string' ? cellData : ''
  return <span>{commentIn(comment, langOf(i18n.language), fieldLabel)}</span>
}
