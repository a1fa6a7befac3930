'use client'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import { langOf, STATE_COLOURS, stateLabel } from './labels.js'

export function Badge({ state, lang }: { state: string; lang: 'en' | 'zh' }) {
  return (
    <span
      data-testid="workflow-state"
      data-state={state}
      style={{
        background: STATE_COLOURS[state] ?? '#6b7280',
        color: '#fff',
        borderRadius: 12,
        padding: '2px 10px',
        fontSize: 12,
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {stateLabel(state, lang)}
    </span>
  )
}

/** The workflow state next to the document controls of the edit view. */
export function StateBadge() {
  const { i18n } = useTranslation()
  const value = useFormFields(([fields]) => fields.workflowState?.value)
  const state = typeof value === 'string' ? value : undefined
  if (!state) return null
  return <Badge state={state} lang={langOf(i18n.language)} />
}
