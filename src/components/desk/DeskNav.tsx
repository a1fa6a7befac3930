'use client'
import { Link, NavGroup, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import { langOf } from '../workflow/labels.js'
import { CALENDAR_PATH, REVIEW_QUEUE_PATH } from './paths.js'
import { deskText, type DeskStringKey } from './strings.js'

const LINKS: { path: `/${string}`; label: DeskStringKey; id: string }[] = [
  { path: REVIEW_QUEUE_PATH, label: 'queueTitle', id: 'nav-review-queue' },
  { path: CALENDAR_PATH, label: 'calendarTitle', id: 'nav-calendar' },
]

/** 编辑台 · Desk, first in the admin's navigation: the review queue and the editorial calendar. */
export function DeskNav() {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const pathname = usePathname()
  const lang = langOf(i18n.language)
  return (
    <NavGroup label={deskText('desk', lang)}>
      {LINKS.map(({ path, label, id }) => {
        const href = formatAdminURL({ adminRoute: config.routes.admin, path })
        const active = pathname === href
        return (
          <Link key={id} className="nav__link" href={href} id={id} prefetch={false}>
            {active && <div className="nav__link-indicator" />}
            <span className="nav__link-label">{deskText(label, lang)}</span>
          </Link>
        )
      })}
    </NavGroup>
  )
}
