'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState, type CSSProperties } from 'react'

type Lang = 'en' | 'zh'

/** The panel's strings, in both admin languages. */
const STRINGS = {
  title: ['Similar content already exists', '已存在相似内容'],
  explain: [
    'This document is nearly the same text as the articles below (a re-scrape, or another outlet’s reprint). Its drafts were created all the same: attach its source to an existing article as “reprinted by” to keep one article, and its duplicate drafts are discarded.',
    '本文档与下列文章几乎相同（重复抓取或其他网站转载）。草稿已照常生成：可将其来源作为“被转载于”附加到已有文章，只保留一篇文章，重复草稿随即删除。',
  ],
  similarity: ['similar', '相似'],
  attach: ['Attach as reprint', '作为转载附加'],
  attached: ['Attached as a reprint to', '已作为转载附加到'],
  failed: ['The action failed', '操作失败'],
  loading: ['Loading…', '加载中…'],
} as const
const ui = (key: keyof typeof STRINGS, lang: Lang) => STRINGS[key][lang === 'zh' ? 1 : 0]

interface SimilarRow {
  article: number | string | { id: number | string }
  title?: string | null
  similarity?: number | null
}
interface ImportRecord {
  similar?: SimilarRow[] | null
  reprint?: { attachedTo?: number | string | { id: number | string } | null } | null
}

const idOf = (value: SimilarRow['article'] | null | undefined) =>
  value && typeof value === 'object' ? value.id : value

const box: CSSProperties = {
  border: '1px solid var(--theme-warning-500, #d97706)',
  background: 'var(--theme-warning-50, #fffbeb)',
  borderRadius: 4,
  padding: 12,
  marginBottom: 16,
}
const button: CSSProperties = {
  marginLeft: 8,
  padding: '4px 10px',
  borderRadius: 3,
  border: '1px solid var(--theme-elevation-400)',
  background: 'var(--theme-elevation-100)',
  color: 'var(--theme-text)',
  cursor: 'pointer',
}

/**
 * The Import record's similar existing articles (src/similarity): each with its similarity, a link
 * to its edit page and the "attach as reprint" action (POST /api/imports/:id/attach-as-reprint).
 */
export function SimilarContent() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'zh' ? 'zh' : 'en'
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  // A link on this page's own origin: it works behind a proxy whatever SERVER_URL says.
  const admin = config.routes.admin
  const [record, setRecord] = useState<ImportRecord | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`${api}/imports/${id}?depth=0`, { credentials: 'include' })
    if (response.ok) setRecord((await response.json()) as ImportRecord)
  }, [api, id])
  useEffect(() => {
    void load()
  }, [load])

  async function attach(article: number | string | undefined) {
    setBusy(true)
    setError(null)
    const response = await fetch(`${api}/imports/${id}/attach-as-reprint`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify({ article }),
    })
    const result = await response.json().catch(() => ({}))
    setBusy(false)
    if (!response.ok) {
      setError(`${ui('failed', lang)}: ${result.message ?? `HTTP ${response.status}`}`)
      return
    }
    // The form holds the old links to the discarded drafts: reload the record.
    window.location.reload()
  }

  if (!record) return <div style={box}>{ui('loading', lang)}</div>
  const rows = record.similar ?? []
  const attachedTo = idOf(record.reprint?.attachedTo)
  const link = (article: SimilarRow['article']) =>
    `${admin}/collections/articles/${String(idOf(article))}`
  return (
    <div style={box} data-testid="similar-content">
      <strong>{ui('title', lang)}</strong>
      {attachedTo === undefined || attachedTo === null ? (
        <p style={{ margin: '6px 0' }}>{ui('explain', lang)}</p>
      ) : null}
      <ul style={{ margin: '6px 0', paddingLeft: 20 }}>
        {rows.map((row) => {
          const articleId = idOf(row.article)
          const isAttached = attachedTo !== undefined && String(attachedTo) === String(articleId)
          return (
            <li key={String(articleId)} data-testid={`similar-${String(articleId)}`}>
              {isAttached ? `${ui('attached', lang)} ` : null}
              <a href={link(row.article)}>{row.title || `#${String(articleId)}`}</a>
              {` · ${row.similarity ?? '?'}% ${ui('similarity', lang)}`}
              {attachedTo === undefined || attachedTo === null ? (
                <button
                  type="button"
                  style={button}
                  disabled={busy}
                  data-testid={`attach-${String(articleId)}`}
                  onClick={() => void attach(articleId ?? undefined)}
                >
                  {ui('attach', lang)}
                </button>
              ) : null}
            </li>
          )
        })}
      </ul>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
