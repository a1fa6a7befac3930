import type { CSSProperties } from 'react'

/** The look the workflow panels on an edit view share (WorkflowPanel, ReviewPackage), in Payload's theme colours. */
export const panelBox: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: 12,
  marginBottom: 16,
}
export const panelInput: CSSProperties = {
  width: '100%',
  marginTop: 4,
  marginBottom: 8,
  padding: 6,
  font: 'inherit',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-text)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 3,
}
export const panelButton: CSSProperties = {
  marginRight: 6,
  marginBottom: 6,
  padding: '6px 12px',
  borderRadius: 3,
  border: '1px solid var(--theme-elevation-400)',
  background: 'var(--theme-elevation-100)',
  color: 'var(--theme-text)',
  cursor: 'pointer',
}
