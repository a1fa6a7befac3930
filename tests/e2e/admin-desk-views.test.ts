/**
 * The desk's own views in the real admin (issue 15, items 8 and 10): a reviewer lands on "My work"
 * first on the dashboard, opens the review queue from the navigation, reads its counts, filters it,
 * sees the overdue item highlighted and clicks through to the item; the editorial calendar shows a
 * scheduled item on its day in the month, week and day views and opens it. With DESK_SCREENSHOTS
 * set to a folder the test also saves the README's screenshots there (small palette PNGs).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { ADMIN, useAdminServer } from '../support/admin-e2e.js'

const desk = useAdminServer()
const { api } = desk
const HOUR = 3600_000

async function expectOk(response: Promise<{ status: number; body: any }>, status = 200) {
  const result = await response
  if (result.status !== status)
    throw new Error(`expected ${status}, got ${result.status}: ${JSON.stringify(result.body)}`)
  return result.body
}

let topicId: number | undefined
/** An article that passes the publish gate: a published topic and a verified, cleared source. */
async function readyArticle(editorToken: string, title: string): Promise<number> {
  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  topicId ??= (
    await expectOk(
      api('POST', '/api/topics', adminToken, {
        name: '保密',
        slug: 'bao-mi-desk-e2e',
        _status: 'published',
      }),
      201,
    )
  ).doc.id
  const source = await expectOk(
    api('POST', '/api/sources', adminToken, {
      title: `来源：${title}`,
      outlet: '国家保密局',
      outletType: 'official-agency',
      verification: { status: 'verified' },
      rights: { status: 'official-public' },
    }),
    201,
  )
  const article = await expectOk(
    api('POST', '/api/articles?draft=true', editorToken, {
      title,
      summary: `${title}的摘要。`,
      kind: 'explainer',
      topics: [topicId],
      sources: [{ source: source.doc.id, role: 'original' }],
    }),
    201,
  )
  return article.doc.id
}

const act = (collection: string, id: number, action: string, token: string, body = {}) =>
  expectOk(api('POST', `/api/${collection}/${id}/workflow/${action}`, token, body))

/** A draft the editor writes and sends for review; `submit` is the submit's body (assignee, due date). */
async function submittedDraft(collection: string, editorToken: string, data: object, submit = {}) {
  const created = await expectOk(
    api('POST', `/api/${collection}?draft=true`, editorToken, data),
    201,
  )
  await act(collection, created.doc.id, 'submit', editorToken, submit)
  return created
}

/** The day (YYYY-MM-DD) a moment falls on in the browser's own time zone. */
const localDay = (page: Page, iso: string) =>
  page.evaluate((at) => {
    const date = new Date(at)
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  }, iso)

/** A new user's navigation starts closed (inert): open it with Payload's own toggler. */
async function openNav(page: Page) {
  await page.locator('aside.nav.nav--nav-hydrated').waitFor({ state: 'attached' })
  if (await page.locator('aside.nav.nav--nav-open').count()) return
  await page.click('button.nav-toggler')
  await page.locator('aside.nav.nav--nav-open').waitFor({ state: 'attached' })
}

/** Uncaught errors and React's hydration complaints on a page (the views render in two passes). */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (entry) => {
    if (entry.type() === 'error' && /hydrat|Minified React error/i.test(entry.text()))
      errors.push(entry.text())
  })
  return errors
}

async function screenshot(page: Page, name: string) {
  const folder = process.env.DESK_SCREENSHOTS
  if (!folder) return
  fs.mkdirSync(folder, { recursive: true })
  const png = await page.screenshot({ fullPage: false })
  // A palette keeps a screenshot of flat admin colours at a few dozen KB.
  await sharp(png)
    .png({ palette: true, colours: 64, compressionLevel: 9 })
    .toFile(path.join(folder, name))
}

test('a reviewer lands on My work, opens the queue, reads its counts, filters, sees the overdue item and clicks through', async () => {
  const reviewer = await desk.createStaff('queue.reviewer@e2e.local', ['reviewer'], '李审核')
  const editor = await desk.createStaff('queue.editor@e2e.local', ['editor'], '张编辑')
  const late = await submittedDraft(
    'articles',
    editor.token,
    { title: '逾期未审的文章', summary: '摘要。', kind: 'explainer' },
    { assignee: reviewer.id, dueDate: new Date(Date.now() - 2 * HOUR).toISOString() },
  )
  const entry = await submittedDraft(
    'qa-entries',
    editor.token,
    { question: '什么是涉密载体？' },
    { assignee: reviewer.id, dueDate: new Date(Date.now() + 48 * HOUR).toISOString() },
  )
  await submittedDraft('glossary-terms', editor.token, {
    term: '国家秘密',
    definition: '关系国家安全和利益的事项。',
  })
  const sentBack = await submittedDraft('articles', editor.token, {
    title: '退回修改的文章',
    summary: '摘要。',
    kind: 'explainer',
  })
  await act('articles', sentBack.doc.id, 'request-changes', reviewer.token, {
    comment: '请补充出处',
  })
  // What the queue API says this reviewer has: the views must show the same numbers.
  const { counts } = await expectOk(api('GET', '/api/workflow/queue/counts', reviewer.token))
  expect(counts.mine).toBe(2)
  expect(counts.overdue).toBeGreaterThanOrEqual(1)

  // Signing in lands on the dashboard, My work first (before the search box).
  const page = await desk.browserAs('queue.reviewer@e2e.local', 'e2e-password')
  const errors = watchErrors(page)
  await page.waitForSelector('[data-testid="my-work"]')
  const blocks = await page.$$eval('[data-testid="my-work"], .admin-search', (elements) =>
    elements.map((element) => (element.matches('[data-testid="my-work"]') ? 'my-work' : 'search')),
  )
  expect(blocks).toEqual(['my-work', 'search'])
  const block = page.locator('[data-testid="my-work"]')
  for (const group of ['mine', 'unassigned', 'overdue', 'changes'])
    expect(
      await block.locator(`[data-testid="queue-group-${group}"]`).getAttribute('data-count'),
    ).toBe(String(counts[group]))
  expect(
    await block
      .locator('[data-testid="queue-item"]')
      .evaluateAll((rows) =>
        rows.map((row) => `${row.getAttribute('data-collection')}/${row.getAttribute('data-id')}`),
      ),
  ).toEqual([`articles/${late.doc.id}`, `qa-entries/${entry.doc.id}`])
  await screenshot(page, 'my-work.png')

  // The queue has its own entry in the navigation.
  await openNav(page)
  await Promise.all([
    // A client-side navigation (Next's Link): no load event.
    page.waitForURL(/\/admin\/review-queue/, { waitUntil: 'commit' }),
    page.click('#nav-review-queue'),
  ])
  const queue = page.locator('[data-testid="review-queue"]')
  await queue.waitFor()
  expect(await queue.locator('[data-testid="queue-group-open"]').getAttribute('aria-current')).toBe(
    'page',
  )
  expect(await queue.locator('[data-testid="queue-group-open"]').getAttribute('data-count')).toBe(
    String(counts.open),
  )
  const rows = queue.locator('[data-testid="queue-item"]')
  expect(await rows.count()).toBe(counts.open)
  // The overdue row is highlighted and says so; the others do not.
  const overdueRow = queue.locator(
    `[data-testid="queue-item"][data-collection="articles"][data-id="${late.doc.id}"]`,
  )
  expect(await overdueRow.getAttribute('data-overdue')).toBe('true')
  expect(await overdueRow.locator('[data-testid="queue-overdue"]').textContent()).toBe('Overdue')
  const background = (row: typeof overdueRow) =>
    row.evaluate((element) => getComputedStyle(element).backgroundColor)
  const onTime = queue.locator(
    `[data-testid="queue-item"][data-collection="qa-entries"][data-id="${entry.doc.id}"]`,
  )
  expect(await background(overdueRow)).not.toBe(await background(onTime))
  expect(await onTime.locator('[data-testid="queue-overdue"]').count()).toBe(0)
  // The due date (the row's first time; the second is its last change) in English order, once
  // hydrated in the browser's zone.
  await onTime
    .locator('time')
    .first()
    .filter({ hasText: /^[A-Z][a-z]+ \d{1,2}, \d{4} at \d{2}:\d{2}$/ })
    .waitFor()
  await screenshot(page, 'review-queue.png')

  // Filters: waiting for changes, then assigned to me among Q&A only.
  await Promise.all([
    page.waitForURL(/group=changes/),
    page.click('[data-testid="queue-group-changes"]'),
  ])
  const changed = await page
    .locator('[data-testid="queue-item"]')
    .evaluateAll((items) =>
      items.map(
        (item) => `${item.getAttribute('data-collection')}/${item.getAttribute('data-id')}`,
      ),
    )
  expect(changed).toContain(`articles/${sentBack.doc.id}`)
  expect(changed).toHaveLength(counts.changes)
  await Promise.all([page.waitForURL(/group=mine/), page.click('[data-testid="queue-group-mine"]')])
  expect(await page.locator('[data-testid="queue-item"]').count()).toBe(2)
  await Promise.all([
    page.waitForURL(/collection=qa-entries/),
    page.click('[data-testid="queue-collection-qa-entries"]'),
  ])
  expect(
    await page
      .locator('[data-testid="queue-item"]')
      .evaluateAll((items) =>
        items.map(
          (item) => `${item.getAttribute('data-collection')}/${item.getAttribute('data-id')}`,
        ),
      ),
  ).toEqual([`qa-entries/${entry.doc.id}`])
  expect(await page.locator('[data-testid="queue-group-mine"]').getAttribute('data-count')).toBe(
    '1',
  )

  // Overdue, then through to the item's edit view.
  await Promise.all([
    page.waitForURL((url) => !url.search.includes('collection=')),
    page.click('[data-testid="queue-collection-all"]'),
  ])
  await Promise.all([
    page.waitForURL(/group=overdue/),
    page.click('[data-testid="queue-group-overdue"]'),
  ])
  const overdue = page.locator('[data-testid="queue-item"]')
  expect(
    await overdue.evaluateAll((items) => items.map((item) => item.getAttribute('data-overdue'))),
  ).toEqual(Array(counts.overdue).fill('true'))
  await Promise.all([
    page.waitForURL(new RegExp(`/admin/collections/articles/${late.doc.id}$`)),
    page.click(
      `[data-testid="queue-item"][data-collection="articles"][data-id="${late.doc.id}"] a`,
    ),
  ])
  await page.waitForSelector(
    '[data-testid="workflow-panel"] [data-testid="workflow-state"][data-state="in_review"]',
  )
  expect(errors).toEqual([])

  // In Chinese: the labels and the date in Chinese order.
  const zh = await desk.browserAs('queue.reviewer@e2e.local', 'e2e-password', 'zh-CN')
  await zh.goto(`${desk.base}/admin/review-queue?group=mine`)
  await zh.locator('[data-testid="review-queue"]').waitFor()
  expect(await zh.locator('h1').first().textContent()).toBe('审核队列')
  expect(await zh.locator('[data-testid="queue-group-mine"]').textContent()).toContain('分配给我')
  expect(await zh.locator('#nav-calendar').textContent()).toBe('编辑日历')
  const zhRow = zh.locator(
    `[data-testid="queue-item"][data-collection="articles"][data-id="${late.doc.id}"]`,
  )
  // Formatted once hydrated, in the browser's zone (the ISO string before).
  const chineseOrder = /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/
  await zhRow.locator('time').first().filter({ hasText: chineseOrder }).waitFor()
  expect(await zhRow.locator('[data-testid="queue-overdue"]').textContent()).toBe('逾期')
})

test('the calendar shows a scheduled item on its day in the month, week and day views, and opens it', async () => {
  const editor = await desk.createStaff('calendar.editor@e2e.local', ['editor'])
  const reviewer = await desk.createStaff('calendar.reviewer@e2e.local', ['reviewer'])
  const planned = await readyArticle(editor.token, '定时发布的保密常识')
  await act('articles', planned, 'submit', editor.token)
  await act('articles', planned, 'approve', reviewer.token)
  const publishAt = new Date(Date.now() + 3 * 24 * HOUR)
  publishAt.setSeconds(0, 0)
  await act('articles', planned, 'schedule', reviewer.token, {
    publishAt: publishAt.toISOString(),
  })
  const live = await readyArticle(editor.token, '今天发布的保密常识')
  await act('articles', live, 'submit', editor.token)
  await act('articles', live, 'approve', reviewer.token)
  await act('articles', live, 'publish', reviewer.token)
  const unpublishAt = new Date(Date.now() + 5 * 24 * HOUR)
  await act('articles', live, 'unpublish', reviewer.token, {
    reason: '时效已过',
    unpublishAt: unpublishAt.toISOString(),
  })

  const page = await desk.browserAs('calendar.reviewer@e2e.local', 'e2e-password')
  const errors = watchErrors(page)
  const day = await localDay(page, publishAt.toISOString())
  const today = await localDay(page, new Date().toISOString())
  const entryOf = (id: number, kind: string) =>
    page.locator(
      `[data-testid="calendar-entry"][data-collection="articles"][data-id="${id}"][data-kind="${kind}"]`,
    )
  /** An item's entry in the cell of one day (YYYY-MM-DD). */
  const entryOnDay = (date: string, id: number) =>
    page
      .locator(`[data-testid="calendar-day"][data-day="${date}"]`)
      .locator(`[data-testid="calendar-entry"][data-id="${id}"]`)

  // From the navigation: the month of today, with today's publish on today.
  await openNav(page)
  await Promise.all([
    page.waitForURL(/\/admin\/calendar/, { waitUntil: 'commit' }),
    page.click('#nav-calendar'),
  ])
  const calendar = page.locator('[data-testid="calendar"]')
  await calendar.waitFor()
  expect(await calendar.getAttribute('data-view')).toBe('month')
  expect(await entryOnDay(today, live).getAttribute('data-kind')).toBe('published')

  // The scheduled item's month: the entry sits on its day, with its time.
  await page.goto(`${desk.base}/admin/calendar?view=month&date=${day}`)
  await entryOnDay(day, planned).waitFor()
  expect(await entryOf(planned, 'publish').count()).toBe(1)
  const time = await page.evaluate(
    (at) => new Date(at).toTimeString().slice(0, 5),
    publishAt.toISOString(),
  )
  expect(await entryOf(planned, 'publish').textContent()).toBe(`${time} 定时发布的保密常识`)
  const unpublishDay = await localDay(page, unpublishAt.toISOString())
  if (unpublishDay.slice(0, 7) === day.slice(0, 7))
    expect(await entryOnDay(unpublishDay, live).getAttribute('data-kind')).toBe('unpublish')
  await screenshot(page, 'calendar.png')

  // Week view: seven days, the entry still on its day.
  await Promise.all([
    page.waitForURL(/view=week/),
    page.click('[data-testid="calendar-view-week"]'),
  ])
  await page.locator('[data-testid="calendar"][data-view="week"]').waitFor()
  expect(await page.locator('[data-testid="calendar-day"]').count()).toBe(7)
  await entryOnDay(day, planned).waitFor()

  // Day view: the day's list, then through to the item.
  await Promise.all([page.waitForURL(/view=day/), page.click('[data-testid="calendar-view-day"]')])
  await page.locator('[data-testid="calendar"][data-view="day"]').waitFor()
  expect(await page.locator('[data-testid="calendar-day"]').getAttribute('data-day')).toBe(day)
  await Promise.all([
    page.waitForURL(new RegExp(`/admin/collections/articles/${planned}$`)),
    entryOf(planned, 'publish').click(),
  ])
  await page.waitForSelector(
    '[data-testid="workflow-panel"] [data-testid="workflow-state"][data-state="scheduled"]',
  )
  expect(errors).toEqual([])

  // In Chinese: the period and the views' names.
  const zh = await desk.browserAs('calendar.reviewer@e2e.local', 'e2e-password', 'zh-CN')
  await zh.goto(`${desk.base}/admin/calendar?view=month&date=${day}`)
  await zh.locator('[data-testid="calendar"]').waitFor()
  expect(await zh.locator('[data-testid="calendar-period"]').textContent()).toMatch(
    /^\d{4}年\d{1,2}月$/,
  )
  expect(await zh.locator('[data-testid="calendar-view-week"]').textContent()).toBe('周')
  await zh.click('[data-testid="calendar-view-day"]')
  await zh.locator('[data-testid="calendar"][data-view="day"]').waitFor()
  expect(await zh.locator('[data-testid="calendar-period"]').textContent()).toMatch(
    /^\d{4}年\d{1,2}月\d{1,2}日星期./,
  )
  expect(await zh.locator('[data-testid="calendar-day"]').textContent()).toContain('定时发布')
})
