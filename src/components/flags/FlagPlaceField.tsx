'use client'
import { useEffect, useState } from 'react'
import type { NumberFieldClientComponent } from 'payload'
import {
  Button,
  FieldLabel,
  Link,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { relationIdOf } from '../../db/ids.js'
import { flagExcerpt } from '../../ingest/flag-messages.js'
import { langOf } from '../workflow/labels.js'
import { highlightInEditors } from './highlight.js'

/** The URL parameter that names the flagged text to mark when the page opens. */
export const FLAG_PARAM = 'flag'

const STRINGS = {
  show: ['Show in the body', '在正文中定位'],
  open: ['Open in the article body', '在文章正文中查看'],
  whole: ['The whole document', '涉及全文'],
  notFound: ['This text is no longer in the body.', '正文中已找不到这段文字。'],
} as const
type Key = keyof typeof STRINGS

/**
 * Where a flag points. Its stored position counts characters of the imported text, which means
 * nothing to an editor: in a content item it is a button that marks the flagged text in the body;
 * on an Import record a link that opens the article with that text marked.
 */
export const FlagPlaceField: NumberFieldClientComponent = ({ field, path }) => {
  const { i18n } = useTranslation()
  const lang = langOf(i18n.language)
  const s = (key: Key) => STRINGS[key][lang === 'zh' ? 1 : 0]
  const fieldPath = path ?? field.name
  const messagePath = `${fieldPath.split('.').slice(0, -1).join('.')}.message`
  const message = useFormFields(([fields]) => fields[messagePath]?.value)
  const article = useFormFields(([fields]) => fields.article?.value)
  const script = useFormFields(([fields]) => fields.script?.value)
  const originalScript = useFormFields(([fields]) => fields.originalScript?.value)
  const { collectionSlug } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const [missing, setMissing] = useState(false)
  const excerpt = flagExcerpt(typeof message === 'string' ? message : undefined)

  // Opened from an Import record's link: mark this flag's text once the editor has rendered it.
  useEffect(() => {
    if (!excerpt || collectionSlug === 'imports') return
    if (new URLSearchParams(window.location.search).get(FLAG_PARAM) !== excerpt) return
    // The editor mounts after the form; on a loaded machine that took seconds. Give up after 30 s.
    let tries = 0
    const timer = window.setInterval(() => {
      if (highlightInEditors(excerpt) || ++tries > 150) window.clearInterval(timer)
    }, 200)
    return () => window.clearInterval(timer)
  }, [excerpt, collectionSlug])

  let place
  if (!excerpt) place = <span>{s('whole')}</span>
  else if (collectionSlug === 'imports') {
    const id = relationIdOf(article)
    // The article keeps a Traditional original's text in zh-Hant, where the excerpt stands as quoted.
    const bodyLocale = script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'
    const query = new URLSearchParams({ locale: bodyLocale, [FLAG_PARAM]: excerpt })
    place =
      id === undefined ? (
        <span>“{excerpt}”</span>
      ) : (
        <Link
          data-testid="quality-flag-open"
          href={`${config.routes.admin}/collections/articles/${id}?${query}`}
        >
          {s('open')}：“{excerpt}”
        </Link>
      )
  } else {
    const show = () => {
      if (highlightInEditors(excerpt, { exact: true })) return setMissing(false)
      // A Traditional original's excerpt is quoted as written, and zh-Hans holds its conversion.
      if (originalScript === 'zh-Hant' && locale !== 'zh-Hant') {
        const query = new URLSearchParams({ locale: 'zh-Hant', [FLAG_PARAM]: excerpt })
        window.location.assign(`${window.location.pathname}?${query}`)
        return
      }
      // A later cleaning stage may have changed the excerpt's end: its start still finds the place.
      setMissing(!highlightInEditors(excerpt))
    }
    place = (
      <>
        <Button buttonStyle="secondary" size="small" onClick={show} el="button" type="button">
          {s('show')}
        </Button>{' '}
        <span>“{excerpt}”</span>
        {missing ? <div role="status">{s('notFound')}</div> : null}
      </>
    )
  }
  return (
    <div className="field-type" data-testid="quality-flag-place">
      <FieldLabel label={field.label} path={fieldPath} />
      <div>{place}</div>
    </div>
  )
}
