'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState, type CSSProperties } from 'react'
import { callApi } from './api-call.js'
import { langOf } from './labels.js'
import { qualityFlagLabel } from '../../i18n/quality-flags.js'
import {
  kindLabel,
  packageActionLabel,
  pkgUi,
  skippedCount,
  unresolvedOf,
} from './package-labels.js'
import { panelBox, panelButton as button, panelInput as input } from './panel-styles.js'
import { ReviewerSelect, useReviewers } from './ReviewerSelect.js'
import { Badge } from './StateBadge.js'

interface Failure {
  check: string
  message: string
  field?: string
}
interface Refusal {
  collection: string
  id: string
  code: string
  message: string
  failures?: Failure[]
}
interface PackageItem {
  collection: string
  id: string
  title: string | null
  state: string
  live: boolean
  gate: { ok: boolean; failures: Failure[] }
  flags: { type: string; message: string; resolved: boolean }[]
}
interface PackageStatus {
  importId: string
  items: PackageItem[]
  qaSet: { id: string; title: string | null; live: boolean } | null
  documentFlags: { type: string; message: string; items: number; unresolved: number }[]
  actions: {
    action: string
    ready: boolean
    pending: number
    skipped: number
    refusals: Refusal[]
  }[]
}

const box: CSSProperties = { ...panelBox, marginBottom: 24 }
const heading: CSSProperties = { fontSize: 13, fontWeight: 600, margin: '14px 0 6px' }
const cell: CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '6px 8px',
  textAlign: 'left',
  verticalAlign: 'top',
  fontSize: 12,
}
const failureColour = { color: 'var(--theme-error-500, #b91c1c)' }

/**
 * An Import record's review package (src/workflow/package/): every item the import created with
 * its state, publish gate and own flags; the document-level flags once, each resolved once; and
 * submit, approve and publish for the whole package, with each item's reason when one is not ready.
 */
export function ReviewPackage() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const admin = `${config.serverURL ?? ''}${config.routes.admin}`
  const [status, setStatus] = useState<PackageStatus | null>(null)
  const [error, setError] = useState<{ message: string; items?: Refusal[] } | null>(null)
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const [assignee, setAssignee] = useState('')
  const reviewers = useReviewers(api)

  const load = useCallback(async () => {
    if (!id) return
    const { response, result } = await callApi(`${api}/workflow/packages/${id}`, lang)
    if (response.ok) setStatus(result)
    else setError({ message: result.message ?? `HTTP ${response.status}` })
  }, [api, id, lang])

  useEffect(() => {
    void load()
  }, [load])

  async function post(path: string, body: Record<string, unknown>) {
    setBusy(true)
    setError(null)
    const { response, result } = await callApi(`${api}/workflow/packages/${id}/${path}`, lang, {
      method: 'POST',
      body,
    })
    setBusy(false)
    if (!response.ok)
      setError({ message: result.message ?? `HTTP ${response.status}`, items: result.items })
    else setComment('')
    await load()
  }

  if (!id) return null
  if (!status)
    return (
      <div style={box} data-testid="review-package">
        <strong>{pkgUi('title', lang)}</strong>
        <p>{error?.message ?? pkgUi('loading', lang)}</p>
      </div>
    )

  // An action is shown where the user's role allows it on some item (not refused as forbidden on all).
  const offered = status.actions.filter(
    (entry) => entry.pending > 0 || entry.refusals.some((refusal) => refusal.code !== 'forbidden'),
  )

  return (
    <div style={box} data-testid="review-package">
      <strong style={{ fontSize: 15 }}>{pkgUi('title', lang)}</strong>
      <p style={{ fontSize: 12, margin: '6px 0' }}>{pkgUi('intro', lang)}</p>

      <div style={heading}>{pkgUi('documentFlags', lang)}</div>
      {status.documentFlags.length === 0 ? (
        <p style={{ fontSize: 12 }}>{pkgUi('noDocumentFlags', lang)}</p>
      ) : (
        <ul style={{ paddingLeft: 16, fontSize: 12 }} data-testid="package-document-flags">
          {status.documentFlags.map((flag) => (
            <li key={flag.type} data-flag={flag.type} style={{ marginBottom: 6 }}>
              <strong title={flag.message}>{qualityFlagLabel(flag.type, lang)}</strong> ·{' '}
              {flag.unresolved
                ? unresolvedOf(flag.unresolved, flag.items, lang)
                : pkgUi('resolved', lang)}
              {flag.unresolved ? (
                <button
                  type="button"
                  style={{ ...button, padding: '0 8px', marginLeft: 8 }}
                  disabled={busy}
                  data-testid={`package-resolve-${flag.type}`}
                  onClick={() => void post(`flags/${flag.type}/resolve`, {})}
                >
                  {pkgUi('resolveOnce', lang)}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <div style={heading}>{pkgUi('items', lang)}</div>
      <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="package-items">
        <thead>
          <tr>
            <th style={cell}>{pkgUi('kind', lang)}</th>
            <th style={cell}>{pkgUi('item', lang)}</th>
            <th style={cell}>{pkgUi('state', lang)}</th>
            <th style={cell}>{pkgUi('gate', lang)}</th>
            <th style={cell}>{pkgUi('flags', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {status.items.map((item) => (
            <tr
              key={`${item.collection}:${item.id}`}
              data-testid="package-item"
              data-collection={item.collection}
              data-id={item.id}
            >
              <td style={cell}>{kindLabel(item.collection, lang)}</td>
              <td style={cell}>
                <a href={`${admin}/collections/${item.collection}/${item.id}`}>
                  {item.title || `#${item.id}`}
                </a>
              </td>
              <td style={cell}>
                <Badge state={item.state} lang={lang} />
              </td>
              <td style={cell} data-testid="package-item-gate" data-ok={String(item.gate.ok)}>
                {item.gate.ok ? (
                  <span style={{ color: 'var(--theme-success-500, #047857)' }}>
                    ✓ {pkgUi('gateOk', lang)}
                  </span>
                ) : (
                  <ul style={{ paddingLeft: 14, margin: 0, ...failureColour }}>
                    {item.gate.failures.map((failure, index) => (
                      <li key={index} data-check={failure.check}>
                        {failure.message}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td style={cell}>
                {item.flags
                  .filter((flag) => !flag.resolved)
                  .map((flag, index) => (
                    <div key={index} title={flag.message}>
                      {qualityFlagLabel(flag.type, lang)}
                    </div>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {status.qaSet ? (
        <p style={{ fontSize: 12, marginTop: 8 }} data-testid="package-qa-set">
          {pkgUi('qaSet', lang)}:{' '}
          <a href={`${admin}/collections/qa-sets/${status.qaSet.id}`}>
            {status.qaSet.title || `#${status.qaSet.id}`}
          </a>{' '}
          ({status.qaSet.live ? pkgUi('live', lang) : pkgUi('notLive', lang)})
        </p>
      ) : null}

      {offered.length ? (
        <>
          <div style={heading}>{pkgUi('actions', lang)}</div>
          {offered.some((entry) => entry.action === 'submit' && entry.ready) ? (
            <label style={{ fontSize: 12, display: 'block' }}>
              {pkgUi('assignee', lang)}
              <ReviewerSelect
                reviewers={reviewers}
                value={assignee}
                onChange={(event) => setAssignee(event.target.value)}
                emptyLabel={pkgUi('chooseReviewer', lang)}
                testId="package-assignee"
              />
            </label>
          ) : null}
          <label style={{ fontSize: 12, display: 'block' }}>
            {pkgUi('comment', lang)}
            <textarea
              style={input}
              rows={2}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              data-testid="package-comment"
            />
          </label>
          {offered.map((entry) => (
            <div key={entry.action} style={{ marginBottom: 8 }}>
              <button
                type="button"
                style={{ ...button, opacity: entry.ready && !busy ? 1 : 0.5 }}
                disabled={!entry.ready || busy}
                data-testid={`package-action-${entry.action}`}
                onClick={() =>
                  void post(entry.action, {
                    ...(comment.trim() ? { comment } : {}),
                    ...(entry.action === 'submit' && assignee ? { assignee } : {}),
                  })
                }
              >
                {packageActionLabel(entry.action, lang)}
                {entry.pending ? ` (${entry.pending})` : ''}
              </button>
              {entry.skipped ? (
                <span style={{ fontSize: 12 }}>{skippedCount(entry.skipped, lang)}</span>
              ) : null}
              {entry.refusals.length ? (
                <RefusalList
                  refusals={entry.refusals}
                  heading={pkgUi('notYet', lang)}
                  testId={`package-refusals-${entry.action}`}
                />
              ) : null}
            </div>
          ))}
        </>
      ) : null}

      {error ? (
        <div role="alert" data-testid="package-error" style={{ fontSize: 12, ...failureColour }}>
          <strong>{pkgUi('failed', lang)}: </strong>
          {error.message}
          {error.items?.length ? (
            <RefusalList refusals={error.items} heading="" testId="package-error-items" />
          ) : null}
        </div>
      ) : null}
    </div>
  )
}

function RefusalList({
  refusals,
  heading: title,
  testId,
}: {
  refusals: Refusal[]
  heading: string
  testId: string
}) {
  return (
    <div style={{ fontSize: 12, ...failureColour }} data-testid={testId}>
      {title ? <strong>{title}</strong> : null}
      <ul style={{ paddingLeft: 16, margin: '4px 0' }}>
        {refusals.map((refusal) => (
          <li key={`${refusal.collection}:${refusal.id}`} data-code={refusal.code}>
            {refusal.message}
            {refusal.failures?.length ? (
              <ul style={{ paddingLeft: 14 }}>
                {refusal.failures.map((failure, index) => (
                  <li key={index}>{failure.message}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
