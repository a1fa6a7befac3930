import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { isStaff } from '../../access/roles.js'
import { isQueueGroup, type QueueGroup } from '../../workflow/queue-groups.js'
import { isWorkflowCollection, WORKFLOW_COLLECTIONS } from '../../workflow/states.js'
import { langOf } from '../workflow/labels.js'
import { collectionLabels, deskQueue } from './desk-data.js'
import { DeskPage } from './DeskPage.js'
import { GroupTabs } from './GroupTabs.js'
import { REVIEW_QUEUE_PATH } from './paths.js'
import { QueueTable } from './QueueTable.js'
import { paramOf } from './search-params.js'
import { deskText } from './strings.js'

/**
 * 审核队列 · Review queue (/admin/review-queue): the queue's groups with counts, a filter by type
 * and the items of one group (`?group=`, default all open; `?collection=`), each linked to its
 * edit view. Read with the signed-in user's access, through the same queue as the REST API.
 */
export async function ReviewQueueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = langOf(req.i18n.language)
  const t = (key: Parameters<typeof deskText>[0]) => deskText(key, lang)
  if (!isStaff(req.user))
    return (
      <DeskPage props={props} title={t('queueTitle')}>
        <p>{t('staffOnly')}</p>
      </DeskPage>
    )
  const groupParam = paramOf(props.searchParams, 'group')
  const collectionParam = paramOf(props.searchParams, 'collection')
  const group: QueueGroup = isQueueGroup(groupParam) ? groupParam : 'open'
  const collection = isWorkflowCollection(collectionParam) ? collectionParam : undefined
  const adminRoute = req.payload.config.routes.admin
  const { items, totalDocs, counts } = await deskQueue(req.payload, req, {
    group,
    collection,
    limit: 200,
  })
  const labels = collectionLabels(req.payload, req.i18n)
  const href = (next: { group?: QueueGroup; collection?: string }) => {
    const query = new URLSearchParams()
    query.set('group', next.group ?? group)
    const type = 'collection' in next ? next.collection : collection
    if (type) query.set('collection', type)
    return `${formatAdminURL({ adminRoute, path: REVIEW_QUEUE_PATH })}?${query}`
  }
  return (
    <DeskPage props={props} title={t('queueTitle')}>
      <div data-testid="review-queue">
        <GroupTabs
          counts={counts}
          current={group}
          lang={lang}
          href={(next) => href({ group: next })}
        />
        <nav
          data-testid="queue-collections"
          style={{ display: 'flex', gap: 12, margin: '0 0 16px', alignItems: 'baseline' }}
        >
          <span style={{ opacity: 0.7 }}>{t('type')}:</span>
          {[undefined, ...WORKFLOW_COLLECTIONS].map((slug) => (
            <a
              key={slug ?? 'all'}
              href={href({ collection: slug })}
              data-testid={`queue-collection-${slug ?? 'all'}`}
              aria-current={slug === collection ? 'page' : undefined}
              style={{ fontWeight: slug === collection ? 700 : 400 }}
            >
              {slug ? labels[slug] : t('allTypes')}
            </a>
          ))}
        </nav>
        <QueueTable items={items} lang={lang} adminRoute={adminRoute} labels={labels} />
        {totalDocs > items.length && (
          <p style={{ opacity: 0.7 }}>
            {items.length} / {totalDocs}
          </p>
        )}
      </div>
    </DeskPage>
  )
}
