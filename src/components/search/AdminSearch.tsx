'use client'
import { useState, type FormEvent } from 'react'
import { useConfig, useTranslation } from '@payloadcms/ui'

type Result = {
  type: 'article' | 'qa' | 'term'
  id: string | number
  title: string
  snippet: string
  status: 'published' | 'draft'
}

const COLLECTION_OF: Record<Result['type'], string> = {
  article: 'articles',
  qa: 'qa-entries',
  term: 'glossary-terms',
}

/**
 * A search box on the admin dashboard over drafts and published content. It calls /v1/search
 * with the admin session cookie, so the server returns drafts only to staff allowed to read them.
 */
export function AdminSearch() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const zh = i18n.language === 'zh'
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<Result[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(null)
    const response = await fetch(`/v1/search?q=${encodeURIComponent(query)}&limit=20`, {
      credentials: 'include',
      headers: { 'accept-language': zh ? 'zh' : 'en' },
    })
    const body = await response.json()
    if (!response.ok) {
      setResults(null)
      setError(body.errors?.[0]?.message ?? String(response.status))
      return
    }
    setResults(body.results)
  }

  return (
    <section className="admin-search" style={{ marginBottom: 32 }}>
      <form onSubmit={submit} style={{ display: 'flex', gap: 8 }}>
        <input
          aria-label={zh ? '搜索内容' : 'Search content'}
          name="admin-search"
          placeholder={
            zh
              ? '搜索文章、问答和术语（含草稿）'
              : 'Search articles, Q&A and terms (drafts included)'
          }
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          style={{ flex: 1, padding: '8px 12px', fontSize: 15 }}
        />
        <button
          type="submit"
          className="btn btn--style-primary btn--size-small"
          style={{ margin: 0 }}
        >
          {zh ? '搜索' : 'Search'}
        </button>
      </form>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {results && results.length === 0 && <p>{zh ? '没有结果。' : 'No results.'}</p>}
      {results && results.length > 0 && (
        <ol className="admin-search__results" style={{ paddingLeft: 20 }}>
          {results.map((result) => (
            <li key={`${result.type}-${result.id}`} style={{ marginBottom: 12 }}>
              <a
                href={`${config.routes.admin}/collections/${COLLECTION_OF[result.type]}/${result.id}`}
              >
                {result.title}
              </a>{' '}
              <small style={{ opacity: 0.7 }}>
                {result.status === 'draft' ? (zh ? '草稿' : 'draft') : zh ? '已发布' : 'published'}
              </small>
              {/* The snippet is escaped by the server; only <mark> is markup. */}
              <div dangerouslySetInnerHTML={{ __html: result.snippet }} />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
