import { createLocalReq, type ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { hasRole, isStaff } from '../../access/roles.js'
import { langOf } from '../workflow/labels.js'
import { collectionLabels, deskQueue } from './desk-data.js'
import { GroupTabs } from './GroupTabs.js'
import { CALENDAR_PATH, REVIEW_QUEUE_PATH } from './paths.js'
import { QueueTable } from './QueueTable.js'
import { deskText } from './strings.js'

const SHOWN = 5

/**
 * 我的工作 · My work, first on the dashboard (the admin's home after signing in): the review
 * queue's counts, each opening that group in the queue view, and the first items waiting for this
 * user — assigned to a reviewer, sent back for changes for everyone else.
 */
export async function MyWork({ payload, user, i18n }: ServerProps) {
  if (!user || !isStaff(user)) return null
  const lang = langOf(i18n.language)
  const t = (key: Parameters<typeof deskText>[0]) => deskText(key, lang)
  // The dashboard passes no request: the queue reads as this user (its messages are never shown here).
  const req = await createLocalReq({ user }, payload)
  const group = hasRole(user, 'reviewer') ? 'mine' : 'changes'
  const { items, totalDocs, counts } = await deskQueue(payload, req, { group, limit: SHOWN })
  const adminRoute = payload.config.routes.admin
  const queue = formatAdminURL({ adminRoute, path: REVIEW_QUEUE_PATH })
  return (
    <section data-testid="my-work" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 4 }}>{t('myWork')}</h2>
      <GroupTabs counts={counts} lang={lang} href={(next) => `${queue}?group=${next}`} />
      <QueueTable
        items={items}
        lang={lang}
        adminRoute={adminRoute}
        labels={collectionLabels(payload, i18n)}
        compact
      />
      <p style={{ display: 'flex', gap: 16 }}>
        <a href={`${queue}?group=${group}`} data-testid="my-work-queue">
          {totalDocs > items.length ? t('more') : t('openQueue')}
        </a>
        <a href={formatAdminURL({ adminRoute, path: CALENDAR_PATH })}>{t('openCalendar')}</a>
      </p>
    </section>
  )
}
