'use client'
import type { JSONFieldClientComponent } from 'payload'
import { FieldLabel, useField } from '@payloadcms/ui'

/**
 * A read-only JSON field shown as formatted text. Payload's JSON field loads its Monaco editor from
 * a public CDN and stays a loading skeleton where that is blocked (intranets, mainland networks);
 * these fields are written by the server and only read in the admin, so plain text serves.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ path: path ?? field.name })
  const empty = value === null || value === undefined
  return (
    <div className="field-type json-view" data-testid={`json-view-${field.name}`}>
      <FieldLabel label={field.label} path={path} />
      <pre
        style={{
          background: 'var(--theme-elevation-50)',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 4,
          padding: '8px 12px',
          margin: 0,
          maxHeight: 400,
          overflow: 'auto',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
          fontSize: 12,
        }}
      >
        {empty ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  )
}
