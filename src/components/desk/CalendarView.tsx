import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { isStaff } from '../../access/roles.js'
import { editorialCalendar } from '../../workflow/calendar.js'
import { langOf } from '../workflow/labels.js'
import { Calendar } from './Calendar.js'
import { isCalendarView, readWindow } from './calendar-grid.js'
import { collectionLabels } from './desk-data.js'
import { DeskPage } from './DeskPage.js'
import { CALENDAR_PATH } from './paths.js'
import { paramOf } from './search-params.js'
import { deskText } from './strings.js'

/**
 * 编辑日历 · Editorial calendar (/admin/calendar?view=day|week|month&date=YYYY-MM-DD): the server
 * reads the entries around the date with the user's access; the browser lays them out in its zone.
 */
export async function CalendarView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = langOf(req.i18n.language)
  const title = deskText('calendarTitle', lang)
  if (!isStaff(req.user))
    return (
      <DeskPage props={props} title={title}>
        <p>{deskText('staffOnly', lang)}</p>
      </DeskPage>
    )
  const viewParam = paramOf(props.searchParams, 'view')
  const date = paramOf(props.searchParams, 'date')
  const { from, to } = readWindow(date, new Date())
  const { entries, truncated } = await editorialCalendar(req.payload, req, {
    from: from.toISOString(),
    to: to.toISOString(),
  })
  const adminRoute = req.payload.config.routes.admin
  return (
    <DeskPage props={props} title={title}>
      <Calendar
        entries={entries}
        view={isCalendarView(viewParam) ? viewParam : 'month'}
        date={date}
        lang={lang}
        adminRoute={adminRoute}
        basePath={formatAdminURL({ adminRoute, path: CALENDAR_PATH })}
        labels={collectionLabels(req.payload, req.i18n)}
        truncated={truncated}
      />
    </DeskPage>
  )
}
