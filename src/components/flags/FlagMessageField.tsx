'use client'
import type { TextFieldClientComponent } from 'payload'
import { FieldLabel, TextField, useField, useTranslation } from '@payloadcms/ui'
import { flagMessageIn, readFlagMessage } from '../../ingest/flag-messages.js'
import { langOf } from '../workflow/labels.js'

/**
 * A flag's message: the importer's, which it stores in English, shown in the admin language as
 * text (an editor resolves a flag, not rewrites it); a message an editor typed stays an input.
 */
export const FlagMessageField: TextFieldClientComponent = (props) => {
  const { field, path } = props
  const { i18n } = useTranslation()
  const { value } = useField<string>({ path: path ?? field.name })
  if (!readFlagMessage(value)) return <TextField {...props} />
  return (
    <div className="field-type" data-testid="quality-flag-message">
      <FieldLabel label={field.label} path={path} />
      <div>{flagMessageIn(value, langOf(i18n.language))}</div>
    </div>
  )
}
