'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState, type CSSProperties } from 'react'
import { callApi } from './api-call.js'
import { panelBox as box, panelButton as button, panelInput as input } from './panel-styles.js'
import { ReviewerSelect, useReviewers } from './ReviewerSelect.js'
import { Badge } from './StateBadge.js'
import { actionLabel, langOf, stateLabel, ui, type Lang } from './labels.js'
import { formatDateTime } from '../../i18n/dates.js'
import { commentIn } from '../../workflow/edit-comment.js'
import { useFieldLabels } from './field-labels.js'

/** The inputs an allowed action may need (its `needs`), each shown only when one does. */
const NEEDED_INPUTS = [
  { key: 'reason', type: 'text', testId: 'workflow-reason' },
  { key: 'publishAt', type: 'datetime-local', testId: 'workflow-publish-at' },
  { key: 'overrideReason', type: 'text', testId: 'workflow-override-reason' },
] as const

interface Failure {
  check: string
  message: string
  field?: string
}
interface AllowedAction {
  action: string
  needs: string[]
}
interface Comment {
  id: string | number
  body: string
  fieldPath?: string
  blocking?: boolean
  resolved?: boolean
  /** Whether this user may resolve it (reviewers any comment, others their own). */
  canResolve?: boolean
  author?: { name?: string; email?: string } | string | number
}
interface HistoryEvent {
  id: string | number
  at: string
  action: string
  event: string
  from?: string
  to?: string
  actorName?: string
  comment?: string
  reason?: string
  fourEyesOverride?: boolean
}
interface Status {
  state: string
  live: boolean
  assignee: string | number | null
  dueDate: string | null
  scheduledFor: string | null
  allowedActions: AllowedAction[]
  /** Actions taken away by four-eyes, each with the reason in the admin's language. */
  unavailableActions?: { action: string; reason: string; message: string }[]
  gate: { ok: boolean; failures: Failure[] }
  /** The publish gate plus unresolved blocking comments: what an approval must pass. */
  approvalGate?: { ok: boolean; failures: Failure[] }
  comments: Comment[]
  events: HistoryEvent[]
  /** The latest (submitted) version and the live one, for Payload's version comparison. */
  versions?: { latest?: string; published?: string }
}

const GATED = ['approve', 'publish', 'schedule']
const heading: CSSProperties = { fontSize: 13, fontWeight: 600, margin: '12px 0 6px' }

/** The review workflow on the edit view: state, allowed actions, the publish gate, comments and history. */
export function WorkflowPanel() {
  // lastUpdateTime moves on every save, autosaves included: the gate is of the saved document.
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  const fieldLabel = useFieldLabels(collectionSlug)
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [status, setStatus] = useState<Status | null>(null)
  const [error, setError] = useState<{ message: string; failures?: Failure[] } | null>(null)
  const [busy, setBusy] = useState(false)
  const [inputs, setInputs] = useState<Record<string, string>>({})
  const reviewers = useReviewers(api)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const { response, result } = await callApi(`${api}/${collectionSlug}/${id}/workflow`, lang)
    if (response.ok) setStatus(result)
    else setError({ message: result.message ?? String(response.status) })
  }, [api, collectionSlug, id, lang])

  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])

  if (!id)
    return (
      <div style={box}>
        <strong>{ui('title', lang)}</strong>
        <p>{ui('saveFirst', lang)}</p>
      </div>
    )
  if (!status)
    return (
      <div style={box} data-testid="workflow-panel">
        <strong>{ui('title', lang)}</strong>
        <p>{error?.message ?? ui('loading', lang)}</p>
      </div>
    )

  const set = (key: string) => (event: { target: { value: string } }) =>
    setInputs((current) => ({ ...current, [key]: event.target.value }))

  async function act(action: string, needs: string[]) {
    setBusy(true)
    setError(null)
    const body: Record<string, unknown> = {}
    if (inputs.comment) body.comment = inputs.comment
    if (inputs.reason) body.reason = inputs.reason
    if (action === 'schedule' && inputs.publishAt)
      body.publishAt = new Date(inputs.publishAt).toISOString()
    if (needs.includes('overrideReason'))
      Object.assign(body, { overrideFourEyes: true, reason: inputs.overrideReason })
    if (action === 'submit') {
      if (inputs.assignee) body.assignee = inputs.assignee
      if (inputs.dueDate) body.dueDate = new Date(inputs.dueDate).toISOString()
    }
    const { response, result } = await callApi(
      `${api}/${collectionSlug}/${id}/workflow/${action}`,
      lang,
      { method: 'POST', body },
    )
    setBusy(false)
    if (!response.ok) {
      setError({ message: result.message ?? `HTTP ${response.status}`, failures: result.failures })
      return
    }
    // The form holds the old workflow fields: reload so the edit view shows the new version and state.
    window.location.reload()
  }

  async function addComment() {
    if (!inputs.newComment?.trim()) return
    setBusy(true)
    const { response, result } = await callApi(`${api}/review-comments`, lang, {
      method: 'POST',
      body: {
        itemCollection: collectionSlug,
        itemId: String(id),
        body: inputs.newComment,
        blocking: inputs.newBlocking === 'yes',
        fieldPath: inputs.newField || undefined,
      },
    })
    setBusy(false)
    if (!response.ok) {
      setError({ message: result.errors?.[0]?.message ?? `HTTP ${response.status}` })
      return
    }
    setInputs((current) => ({ ...current, newComment: '', newField: '', newBlocking: '' }))
    await load()
  }

  async function resolve(comment: Comment) {
    setBusy(true)
    const { response } = await callApi(`${api}/review-comments/${comment.id}`, lang, {
      method: 'PATCH',
      body: { resolved: true },
    })
    setBusy(false)
    if (!response.ok) setError({ message: `HTTP ${response.status}` })
    await load()
  }

  const needs = new Set(status.allowedActions.flatMap((allowed) => allowed.needs))
  const canSubmit = status.allowedActions.some((allowed) => allowed.action === 'submit')
  const canApprove = status.allowedActions.some((allowed) => allowed.action === 'approve')
  const reviewerName = (value: string | number | null) =>
    reviewers.find((reviewer) => String(reviewer.id) === String(value))?.name ??
    (value === null ? '—' : `#${value}`)

  return (
    <div style={box} data-testid="workflow-panel">
      <div
        style={{ display: 'flex', alignItems: 'center', gap: 8, justifyContent: 'space-between' }}
      >
        <strong>{ui('title', lang)}</strong>
        <Badge state={status.state} lang={lang} />
      </div>
      <p style={{ fontSize: 12, margin: '6px 0' }} data-testid="workflow-live">
        {status.live ? ui('live', lang) : ui('notLive', lang)}
      </p>
      <p style={{ fontSize: 12, margin: '2px 0' }}>
        {ui('assignee', lang)}: {reviewerName(status.assignee)}
        {status.dueDate ? ` · ${ui('due', lang)} ${formatDateTime(status.dueDate, lang)}` : ''}
      </p>
      {status.scheduledFor ? (
        <p style={{ fontSize: 12, margin: '2px 0' }}>
          {ui('scheduledFor', lang)}: {formatDateTime(status.scheduledFor, lang)}
        </p>
      ) : null}

      {status.versions?.latest &&
      status.versions.published &&
      status.versions.latest !== status.versions.published ? (
        <p style={{ fontSize: 12, margin: '6px 0' }}>
          <a
            href={`${config.routes.admin}/collections/${collectionSlug}/${id}/versions/${status.versions.latest}?versionFrom=${status.versions.published}`}
            data-testid="workflow-compare-published"
          >
            {ui('compareWithPublished', lang)}
          </a>
        </p>
      ) : null}

      {/* Where approving is open, the gate shown is the approval's (blocking comments count). */}
      <GateList gate={gateFor(status, canApprove)} lang={lang} />

      <div style={heading}>{ui('actions', lang)}</div>
      {canSubmit ? (
        <div>
          <label style={{ fontSize: 12 }}>
            {ui('assignee', lang)}
            <ReviewerSelect
              reviewers={reviewers}
              value={inputs.assignee ?? ''}
              onChange={set('assignee')}
              emptyLabel={ui('chooseReviewer', lang)}
              testId="workflow-assignee"
            />
          </label>
          <label style={{ fontSize: 12 }}>
            {ui('due', lang)}
            <input
              type="datetime-local"
              style={input}
              value={inputs.dueDate ?? ''}
              onChange={set('dueDate')}
            />
          </label>
        </div>
      ) : null}
      {needs.has('comment') || status.allowedActions.length ? (
        <label style={{ fontSize: 12 }}>
          {ui('comment', lang)}
          <textarea
            style={input}
            rows={2}
            value={inputs.comment ?? ''}
            onChange={set('comment')}
            data-testid="workflow-comment"
          />
        </label>
      ) : null}
      {NEEDED_INPUTS.map(({ key, type, testId }) =>
        needs.has(key) ? (
          <label key={key} style={{ fontSize: 12 }}>
            {ui(key, lang)}
            <input
              type={type}
              style={input}
              value={inputs[key] ?? ''}
              onChange={set(key)}
              data-testid={testId}
            />
          </label>
        ) : null,
      )}
      <div>
        {status.allowedActions.length === 0 ? (
          <p style={{ fontSize: 12 }} data-testid="workflow-no-actions">
            {ui('noActions', lang)}
          </p>
        ) : null}
        {status.unavailableActions?.map((unavailable) => (
          <p
            key={unavailable.action}
            style={{ fontSize: 12 }}
            data-testid={`workflow-unavailable-${unavailable.action}`}
          >
            {unavailable.message}
          </p>
        ))}
        {status.allowedActions.map(({ action, needs: actionNeeds }) => {
          const blocked = GATED.includes(action) && !gateFor(status, action === 'approve').ok
          return (
            <button
              key={action}
              type="button"
              style={{ ...button, opacity: blocked || busy ? 0.5 : 1 }}
              disabled={blocked || busy}
              title={blocked ? ui('blockedByGate', lang) : undefined}
              data-testid={`workflow-action-${action}`}
              onClick={() => void act(action, actionNeeds)}
            >
              {actionLabel(action, lang)}
            </button>
          )
        })}
      </div>
      {error ? (
        <div
          role="alert"
          data-testid="workflow-error"
          style={{ color: 'var(--theme-error-500, #b91c1c)', fontSize: 12 }}
        >
          <strong>{ui('failed', lang)}: </strong>
          {error.message}
          {error.failures?.length ? (
            <ul>
              {error.failures.map((failure, index) => (
                <li key={index}>{failure.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <div style={heading}>{ui('comments', lang)}</div>
      <ul style={{ paddingLeft: 16, fontSize: 12 }} data-testid="workflow-comments">
        {status.comments.length === 0 ? <li>{ui('noComments', lang)}</li> : null}
        {status.comments.map((comment) => (
          <li key={comment.id} style={{ marginBottom: 6, opacity: comment.resolved ? 0.6 : 1 }}>
            {comment.blocking ? <strong>[{ui('blocking', lang)}] </strong> : null}
            {comment.fieldPath ? <code>{fieldLabel(comment.fieldPath)}</code> : null} {comment.body}
            <span style={{ opacity: 0.7 }}>
              {' '}
              —{' '}
              {typeof comment.author === 'object' && comment.author
                ? comment.author.name || comment.author.email
                : ''}
            </span>
            {comment.resolved ? (
              <em> ({ui('resolved', lang)})</em>
            ) : comment.canResolve === false ? null : (
              <button
                type="button"
                style={{ ...button, padding: '0 6px', marginLeft: 6 }}
                onClick={() => void resolve(comment)}
              >
                {ui('resolve', lang)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <textarea
        style={input}
        rows={2}
        placeholder={ui('addComment', lang)}
        value={inputs.newComment ?? ''}
        onChange={set('newComment')}
        data-testid="workflow-new-comment"
      />
      <input
        style={input}
        placeholder={ui('field', lang)}
        value={inputs.newField ?? ''}
        onChange={set('newField')}
      />
      <label style={{ fontSize: 12, display: 'block', marginBottom: 6 }}>
        <input
          type="checkbox"
          checked={inputs.newBlocking === 'yes'}
          onChange={(event) =>
            setInputs((current) => ({ ...current, newBlocking: event.target.checked ? 'yes' : '' }))
          }
        />{' '}
        {ui('blocking', lang)}
      </label>
      <button
        type="button"
        style={button}
        disabled={busy}
        onClick={() => void addComment()}
        data-testid="workflow-add-comment"
      >
        {ui('addComment', lang)}
      </button>

      <div style={heading}>{ui('history', lang)}</div>
      <ol style={{ paddingLeft: 16, fontSize: 12 }} data-testid="workflow-history">
        {status.events.length === 0 ? <li>{ui('noHistory', lang)}</li> : null}
        {status.events.map((event) => (
          <li key={event.id} style={{ marginBottom: 4 }}>
            {formatDateTime(event.at, lang)} · {event.actorName ?? ''} ·{' '}
            {actionLabel(event.action, lang)}
            {event.from || event.to
              ? ` (${stateLabel(event.from, lang)} → ${stateLabel(event.to, lang)})`
              : ''}
            {event.comment ? ` — ${commentIn(event.comment, lang, fieldLabel)}` : ''}
            {event.reason ? ` — ${event.reason}` : ''}
            {event.fourEyesOverride ? ' ⚠' : ''}
          </li>
        ))}
      </ol>
    </div>
  )
}

/** The approval's gate (publish gate and blocking comments) for approving, else the publish gate. */
function gateFor(status: Status, approving: boolean): Status['gate'] {
  return approving && status.approvalGate ? status.approvalGate : status.gate
}

function GateList({ gate, lang }: { gate: Status['gate']; lang: Lang }) {
  if (gate.ok)
    return (
      <p
        style={{ fontSize: 12, color: 'var(--theme-success-500, #047857)' }}
        data-testid="workflow-gate-ok"
      >
        {ui('gateOk', lang)}
      </p>
    )
  return (
    <div
      data-testid="workflow-gate-failures"
      style={{ fontSize: 12, color: 'var(--theme-error-500, #b91c1c)' }}
    >
      <strong>{ui('gateFailed', lang)}:</strong>
      <ul style={{ paddingLeft: 16 }}>
        {gate.failures.map((failure, index) => (
          <li key={index} data-check={failure.check}>
            {failure.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
