'use client'
import type { DefaultCellComponentProps, TextFieldClientComponent } from 'payload'
import { FieldDescription, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import { stageLabel } from '../../ingest/stage-labels.js'
import { langOf } from '../workflow/labels.js'

/** An Import's stage in the admin language (the record keeps the code, e.g. write:articles). */
export const StageField: TextFieldClientComponent = ({ field, path }) => {
  const { i18n } = useTranslation()
  const { value } = useField<string>({ path: path ?? field.name })
  return (
    <div className="field-type" data-testid="import-stage">
      <FieldLabel label={field.label} path={path} />
      <div>{stageLabel(value, langOf(i18n.language)) || '—'}</div>
      <FieldDescription description={field.admin?.description} path={path ?? field.name} />
    </div>
  )
}

/** The same in the list of Imports. */
export function StageCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  return (
    <span>{stageLabel(typeof cellData === 'string' ? cellData : '', langOf(i18n.language))}</span>
  )
}
