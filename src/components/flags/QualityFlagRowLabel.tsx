'use client'
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import { flagMessageIn } from '../../ingest/flag-messages.js'
import { qualityFlagLabel } from '../../i18n/quality-flags.js'
import { langOf } from '../workflow/labels.js'

const SHOWN_CHARS = 60

/** A flag row's label: its type and the start of its message in the admin language, not "Flag 01". */
export function QualityFlagRowLabel() {
  const { i18n } = useTranslation()
  const { data, rowNumber } = useRowLabel<{ type?: string; message?: string }>()
  const lang = langOf(i18n.language)
  const type = qualityFlagLabel(data?.type, lang)
  const message = [...flagMessageIn(data?.message, lang)]
  const shown =
    message.length > SHOWN_CHARS ? `${message.slice(0, SHOWN_CHARS).join('')}…` : message.join('')
  const number = String((rowNumber ?? 0) + 1).padStart(2, '0')
  return (
    <span data-testid="quality-flag-label">
      {number} · {type || '—'}
      {shown ? `${lang === 'zh' ? '：' : ': '}${shown}` : ''}
    </span>
  )
}
