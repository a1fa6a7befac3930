import { formatAdminURL } from 'payload/shared'
import { Badge } from '../workflow/StateBadge.js'
import type { Lang } from '../workflow/labels.js'
import type { WorkflowCollection } from '../../workflow/states.js'
import type { DeskItem } from './desk-data.js'
import { LocalTime } from './LocalTime.js'
import { deskText } from './strings.js'

const OVERDUE_ROW = { background: 'var(--theme-error-50)' }
const CELL = { padding: '8px 10px', borderBottom: '1px solid var(--theme-elevation-100)' }

/** Queue items as a table: each title opens the item's edit view; overdue rows stand out. */
export function QueueTable({
  items,
  lang,
  adminRoute,
  labels,
  compact = false,
}: {
  items: DeskItem[]
  lang: Lang
  adminRoute: string
  labels: Record<WorkflowCollection, string>
  compact?: boolean
}) {
  const t = (key: Parameters<typeof deskText>[0]) => deskText(key, lang)
  if (!items.length)
    return (
      <p data-testid="queue-empty" style={{ opacity: 0.7 }}>
        {t('empty')}
      </p>
    )
  return (
    <table data-testid="queue-table" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <thead>
        <tr style={{ textAlign: 'left' }}>
          <th style={CELL}>{t('title')}</th>
          <th style={CELL}>{t('type')}</th>
          <th style={CELL}>{t('state')}</th>
          <th style={CELL}>{t('assignee')}</th>
          <th style={CELL}>{t('due')}</th>
          {!compact && <th style={CELL}>{t('updated')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr
            key={`${item.collection}-${item.id}`}
            data-testid="queue-item"
            data-collection={item.collection}
            data-id={item.id}
            data-overdue={item.overdue ? 'true' : 'false'}
            style={item.overdue ? OVERDUE_ROW : undefined}
          >
            <td style={CELL}>
              <a
                href={formatAdminURL({
                  adminRoute,
                  path: `/collections/${item.collection}/${item.id}`,
                })}
              >
                {item.title || t('untitled')}
              </a>
            </td>
            <td style={CELL}>{labels[item.collection]}</td>
            <td style={CELL}>
              <Badge state={item.state} lang={lang} />
            </td>
            <td style={CELL}>{item.assigneeName ?? t('nobody')}</td>
            <td style={CELL}>
              {item.dueDate ? <LocalTime iso={item.dueDate} lang={lang} /> : t('nobody')}
              {item.overdue && (
                <strong
                  data-testid="queue-overdue"
                  style={{ marginLeft: 8, color: 'var(--theme-error-500)' }}
                >
                  {t('overdue')}
                </strong>
              )}
            </td>
            {!compact && (
              <td style={CELL}>
                {item.updatedAt ? <LocalTime iso={item.updatedAt} lang={lang} /> : ''}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
