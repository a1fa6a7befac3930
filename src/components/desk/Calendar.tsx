'use client'
import type { CSSProperties } from 'react'
import { formatAdminURL } from 'payload/shared'
import type { CalendarEntry, CalendarKind } from '../../workflow/calendar.js'
import type { WorkflowCollection } from '../../workflow/states.js'
import { Badge } from '../workflow/StateBadge.js'
import type { Lang } from '../workflow/labels.js'
import {
  CALENDAR_VIEWS,
  dayKey,
  daysOf,
  parseDayKey,
  step,
  type CalendarView,
} from './calendar-grid.js'
import { useInBrowser } from './client-only.js'
import { formatDay, formatDayRange, formatMonth, formatTime, formatWeekday } from './dates.js'
import { deskText, type DeskStringKey } from './strings.js'

const KINDS: Record<CalendarKind, { label: DeskStringKey; colour: string }> = {
  publish: { label: 'kindPublish', colour: '#7c3aed' },
  unpublish: { label: 'kindUnpublish', colour: '#d97706' },
  published: { label: 'kindPublished', colour: '#047857' },
}

export interface CalendarProps {
  entries: CalendarEntry[]
  view: CalendarView
  /** The `date` parameter (`YYYY-MM-DD`), else today in the browser. */
  date?: string
  lang: Lang
  adminRoute: string
  basePath: string
  labels: Record<WorkflowCollection, string>
  truncated: boolean
}

/**
 * The editorial calendar: a day, a Monday-to-Sunday week or a month of scheduled publishes and
 * unpublishes and of publishes that took place, laid out in the browser's time zone, each entry
 * linked to the item's edit view. Rendered only in the browser (the server does not know the zone).
 */
export function Calendar(props: CalendarProps) {
  const inBrowser = useInBrowser()
  const t = (key: DeskStringKey) => deskText(key, props.lang)
  if (!inBrowser) return <p>{t('loading')}</p>
  const { view, lang } = props
  const today = parseDayKey(dayKey(new Date())) ?? new Date()
  const anchor = parseDayKey(props.date) ?? today
  const days = daysOf(view, anchor)
  const byDay = new Map<string, CalendarEntry[]>()
  for (const entry of props.entries) {
    const key = dayKey(new Date(entry.at))
    byDay.set(key, [...(byDay.get(key) ?? []), entry])
  }
  const link = (next: CalendarView, day: Date) =>
    `${props.basePath}?view=${next}&date=${dayKey(day)}`
  const period =
    view === 'day'
      ? formatDay(anchor, lang, 'full')
      : view === 'week'
        ? formatDayRange(days[0], days[6], lang)
        : formatMonth(anchor, lang)
  const entryLink = (entry: CalendarEntry) =>
    formatAdminURL({
      adminRoute: props.adminRoute,
      path: `/collections/${entry.collection}/${entry.id}`,
    })

  return (
    <div data-testid="calendar" data-view={view} data-date={dayKey(anchor)}>
      <header
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          alignItems: 'center',
          margin: '8px 0 16px',
        }}
      >
        <a href={link(view, step(view, anchor, -1))} data-testid="calendar-previous">
          ‹ {t('previous')}
        </a>
        <a href={link(view, today)} data-testid="calendar-today">
          {t('today')}
        </a>
        <a href={link(view, step(view, anchor, 1))} data-testid="calendar-next">
          {t('next')} ›
        </a>
        <h2 data-testid="calendar-period" style={{ margin: '0 16px', fontSize: 20 }}>
          {period}
        </h2>
        <nav style={{ display: 'flex', gap: 4, marginLeft: 'auto' }}>
          {CALENDAR_VIEWS.map((option) => (
            <a
              key={option}
              href={link(option, anchor)}
              data-testid={`calendar-view-${option}`}
              aria-current={option === view ? 'page' : undefined}
              style={{
                padding: '4px 12px',
                borderRadius: 4,
                textDecoration: 'none',
                border: '1px solid var(--theme-elevation-150)',
                background: option === view ? 'var(--theme-elevation-800)' : 'transparent',
                color: option === view ? 'var(--theme-elevation-0)' : 'var(--theme-text)',
              }}
            >
              {t(option)}
            </a>
          ))}
        </nav>
      </header>
      <p style={{ display: 'flex', gap: 16, fontSize: 13 }}>
        {Object.values(KINDS).map(({ label, colour }) => (
          <span key={label}>
            <span style={{ ...swatch(colour) }} /> {t(label)}
          </span>
        ))}
      </p>
      {props.truncated && <p role="status">{t('truncated')}</p>}
      {view === 'day' ? (
        <DayList
          entries={byDay.get(dayKey(anchor)) ?? []}
          day={anchor}
          props={props}
          entryLink={entryLink}
        />
      ) : (
        <div
          data-testid="calendar-grid"
          style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 1 }}
        >
          {days.slice(0, 7).map((day) => (
            <div key={`head-${dayKey(day)}`} style={{ padding: 4, fontWeight: 600, fontSize: 13 }}>
              {formatWeekday(day, lang)}
            </div>
          ))}
          {days.map((day) => {
            const outside = view === 'month' && day.getMonth() !== anchor.getMonth()
            const isToday = dayKey(day) === dayKey(today)
            return (
              <div
                key={dayKey(day)}
                data-testid="calendar-day"
                data-day={dayKey(day)}
                style={{
                  minHeight: view === 'week' ? 240 : 96,
                  padding: 4,
                  background: 'var(--theme-elevation-50)',
                  opacity: outside ? 0.55 : 1,
                  outline: isToday ? '2px solid var(--theme-success-500)' : undefined,
                }}
              >
                <a
                  href={link('day', day)}
                  style={{ fontSize: 12, fontWeight: isToday ? 700 : 400, textDecoration: 'none' }}
                >
                  {day.getDate()}
                </a>
                {(byDay.get(dayKey(day)) ?? []).map((entry) => (
                  <a
                    key={`${entry.kind}-${entry.collection}-${entry.id}-${entry.at}`}
                    href={entryLink(entry)}
                    data-testid="calendar-entry"
                    data-kind={entry.kind}
                    data-collection={entry.collection}
                    data-id={entry.id}
                    title={`${t(KINDS[entry.kind].label)} · ${props.labels[entry.collection]}`}
                    style={entryStyle(entry.kind)}
                  >
                    {formatTime(new Date(entry.at), lang)} {entry.title || t('untitled')}
                  </a>
                ))}
              </div>
            )
          })}
        </div>
      )}
    </div>
  )
}

function DayList({
  entries,
  day,
  props,
  entryLink,
}: {
  entries: CalendarEntry[]
  day: Date
  props: CalendarProps
  entryLink: (entry: CalendarEntry) => string
}) {
  const t = (key: DeskStringKey) => deskText(key, props.lang)
  if (!entries.length)
    return (
      <p data-testid="calendar-day" data-day={dayKey(day)} style={{ opacity: 0.7 }}>
        {t('nothingScheduled')}
      </p>
    )
  return (
    <ol data-testid="calendar-day" data-day={dayKey(day)} style={{ listStyle: 'none', padding: 0 }}>
      {entries.map((entry) => (
        <li
          key={`${entry.kind}-${entry.collection}-${entry.id}-${entry.at}`}
          style={{ display: 'flex', gap: 12, alignItems: 'center', padding: '8px 0' }}
        >
          <strong style={{ width: 56 }}>{formatTime(new Date(entry.at), props.lang)}</strong>
          <span style={{ ...swatch(KINDS[entry.kind].colour) }} />
          <span style={{ width: 96 }}>{t(KINDS[entry.kind].label)}</span>
          <span style={{ width: 64, opacity: 0.7 }}>{props.labels[entry.collection]}</span>
          <a
            href={entryLink(entry)}
            data-testid="calendar-entry"
            data-kind={entry.kind}
            data-collection={entry.collection}
            data-id={entry.id}
          >
            {entry.title || t('untitled')}
          </a>
          <Badge state={entry.state} lang={props.lang} />
        </li>
      ))}
    </ol>
  )
}

const swatch = (colour: string): CSSProperties => ({
  display: 'inline-block',
  width: 10,
  height: 10,
  borderRadius: 2,
  background: colour,
})

const entryStyle = (kind: CalendarKind): CSSProperties => ({
  display: 'block',
  marginTop: 4,
  padding: '2px 4px',
  fontSize: 12,
  borderLeft: `3px solid ${KINDS[kind].colour}`,
  background: 'var(--theme-elevation-0)',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
  textDecoration: 'none',
})
