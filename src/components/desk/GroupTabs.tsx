import type { Lang } from '../workflow/labels.js'
import {
  QUEUE_GROUP_LABELS,
  QUEUE_GROUP_NAMES,
  type QueueGroup,
} from '../../workflow/queue-groups.js'

/** The queue's groups as links with their counts; the current one is marked (aria-current). */
export function GroupTabs({
  counts,
  current,
  lang,
  href,
}: {
  counts: Record<QueueGroup, number>
  current?: QueueGroup
  lang: Lang
  href: (group: QueueGroup) => string
}) {
  return (
    <nav style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '12px 0' }}>
      {QUEUE_GROUP_NAMES.map((group) => {
        const active = group === current
        const alert = group === 'overdue' && counts.overdue > 0
        return (
          <a
            key={group}
            href={href(group)}
            data-testid={`queue-group-${group}`}
            data-count={counts[group]}
            aria-current={active ? 'page' : undefined}
            style={{
              padding: '6px 12px',
              borderRadius: 16,
              textDecoration: 'none',
              border: `1px solid ${alert ? 'var(--theme-error-500)' : 'var(--theme-elevation-150)'}`,
              background: active ? 'var(--theme-elevation-800)' : 'var(--theme-elevation-50)',
              color: active ? 'var(--theme-elevation-0)' : 'var(--theme-text)',
            }}
          >
            {QUEUE_GROUP_LABELS[group][lang]}{' '}
            <strong style={{ color: alert && !active ? 'var(--theme-error-500)' : undefined }}>
              {counts[group]}
            </strong>
          </a>
        )
      })}
    </nav>
  )
}
