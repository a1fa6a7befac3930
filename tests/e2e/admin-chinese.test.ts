/**
 * The admin in Chinese (issue 15, items 7 and 12), in real Chromium with the browser in zh-CN: an
 * Import record, an article with importer flags, the audit trail and array fields show labels and
 * messages in Chinese — no stored code, no English importer message, no "Flag 01", no
 * "[object Object]" or "{{label}}" — dates read 2026年12月1日 09:39, and a flag opens the body at the
 * flagged text.
 */
import type { Page } from 'playwright-core'
import { ADMIN, useAdminServer } from '../support/admin-e2e.js'
import { readSeed, SEED_FILES } from '../support/seeds.js'

const desk = useAdminServer()

const CHINESE_DATE = /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/

/** Text and labels on the page that a translation left unfilled. */
async function unfilled(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken = /\[object Object\]|\{\{|\}\}/
    const found: string[] = []
    for (const element of document.querySelectorAll('*'))
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)
        if (value && broken.test(value)) found.push(`${element.tagName}[${name}]=${value}`)
      }
    for (const line of document.body.innerText.split('\n')) if (broken.test(line)) found.push(line)
    return found
  })
}

/**
 * The page's text without the read-only JSON views (an Import's raw analysis and timings), which
 * show the stored data as it is, codes and the importer's English included.
 */
const textOf = (page: Page) =>
  page.evaluate(() => {
    let text = document.body.innerText
    for (const view of document.querySelectorAll('[data-testid^="json-view-"] pre'))
      if (view instanceof HTMLElement) text = text.replace(view.innerText, '')
    return text
  })

/** What the highlight that marks a flag's text holds, and whether it is on screen. */
async function markedText(page: Page): Promise<{ text: string; onScreen: boolean }> {
  await page.waitForFunction(() => (CSS.highlights.get('quality-flag')?.size ?? 0) > 0, null, {
    timeout: 30_000,
  })
  return page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('quality-flag') ?? [])]
    if (!(range instanceof Range)) return { text: '', onScreen: false }
    const box = range.getBoundingClientRect()
    return { text: range.toString(), onScreen: box.top >= 0 && box.bottom <= window.innerHeight }
  })
}

// The document seed: Traditional, a preview page with garbled runs, some restored automatically.
const RESTORED = '。《反恐怖主義'
let imported: { id: number; article: number }

beforeAll(async () => {
  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  const response = await desk.api('POST', '/api/imports', adminToken, {
    text: readSeed(SEED_FILES.document),
    fileName: 'document.txt',
  })
  expect([200, 201]).toContain(response.status)
  imported = { id: response.body.doc.id, article: response.body.doc.article }
  expect(imported.article).toBeTruthy()
})

test('an Import record in Chinese: flag rows, types, messages, kind, script and stage by label; a flag links to its text in the article', async () => {
  const page = await desk.browserAs(ADMIN.email, ADMIN.password, 'zh-CN')
  await page.goto(`${desk.base}/admin/collections/imports/${imported.id}`)
  const rowLabels = page.locator('[data-testid="quality-flag-label"]')
  await rowLabels.first().waitFor()
  // The document's dates (last modified, created) come with the rest of the form.
  await page.getByText(CHINESE_DATE).first().waitFor()
  await page.locator('#field-script').getByText('繁体').waitFor()
  expect(await rowLabels.count()).toBeGreaterThan(5)
  const labels = await rowLabels.allTextContents()
  expect(labels[0]).toMatch(/^01 · 文档不完整：页面为预览版/)
  expect(labels.some((text) => text.includes(`乱码“`) && text.includes(RESTORED))).toBe(true)

  const text = await textOf(page)
  for (const raw of [
    'Quality Flag',
    'Flag 01',
    'repaired-text',
    'corrupted-text',
    'truncated-document',
    'Garbled text',
    'check it against the source',
    'The page is a preview',
    'Position in text',
  ])
    expect(text).not.toContain(raw)
  expect(await page.locator('[data-testid="import-stage"]').innerText()).toContain('完成')
  // Kind and script are read-only selects: their values show as labels.
  expect(await page.locator('#field-kind').innerText()).toContain('文件')
  expect(await page.locator('#field-script').innerText()).toContain('繁体')
  expect(text).toMatch(CHINESE_DATE)
  expect(await unfilled(page)).toEqual([])

  // The flag opens the article at the restored text (in zh-Hant, which holds it as written).
  const link = page
    .locator('[data-testid="quality-flag-place"]')
    .filter({ hasText: RESTORED })
    .locator('a[data-testid="quality-flag-open"]')
  await Promise.all([
    page.waitForURL(/\/admin\/collections\/articles\/\d+\?.*locale=zh-Hant/),
    link.first().click(),
  ])
  const marked = await markedText(page)
  expect(marked.text).toBe(RESTORED)
  expect(marked.onScreen).toBe(true)
})

test('an article with importer flags in Chinese: flag rows and array buttons labelled; "在正文中定位" marks the flagged text', async () => {
  const page = await desk.browserAs(ADMIN.email, ADMIN.password, 'zh-CN')
  // In zh-Hans, the default locale, which Payload would otherwise take from the user's last visit.
  await page.goto(`${desk.base}/admin/collections/articles/${imported.article}?locale=zh-Hans`)
  await page.locator('[data-testid="quality-flag-label"]').first().waitFor()
  await page.getByText(CHINESE_DATE).first().waitFor()
  // The body's editor renders once the form is live: the buttons work from then on.
  await page.locator('[data-lexical-editor="true"]').first().waitFor()
  const text = await textOf(page)
  for (const raw of [
    'Quality Flag',
    'Legal Basis',
    'Flag 01',
    'Garbled text',
    'The page is a preview',
  ])
    expect(text).not.toContain(raw)
  expect(text).toContain('添加 法律依据')
  expect(text).toContain('添加 质量标记')
  expect(await unfilled(page)).toEqual([])

  // The default locale holds the Simplified conversion: the button goes to the Traditional body.
  const place = page.locator('[data-testid="quality-flag-place"]').filter({ hasText: RESTORED })
  await Promise.all([
    page.waitForURL(/locale=zh-Hant/),
    place.first().getByRole('button', { name: '在正文中定位' }).click(),
  ])
  const opened = await markedText(page)
  expect(opened.text).toBe(RESTORED)

  // In the Traditional body the button marks the text in place; the caret goes there too.
  await page.evaluate(() => CSS.highlights.clear())
  await page.locator('[data-lexical-editor="true"]').first().waitFor()
  await page
    .locator('[data-testid="quality-flag-place"]')
    .filter({ hasText: RESTORED })
    .first()
    .getByRole('button', { name: '在正文中定位' })
    .click()
  const marked = await markedText(page)
  expect(marked).toEqual({ text: RESTORED, onScreen: true })
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(RESTORED)
})

test('the audit trail in Chinese: collection, action, states and event by label, an edit names its fields, the gate says 未知', async () => {
  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  const editor = await desk.createStaff('zh-editor@e2e.local', ['editor'])
  const reviewer = await desk.createStaff('zh-reviewer@e2e.local', ['reviewer'])
  const sourceAdmin = await desk.createStaff('zh-sources@e2e.local', ['source-admin'])
  const topic = await desk.api('POST', '/api/topics', adminToken, {
    name: '保密',
    slug: 'bao-mi-zh-e2e',
    _status: 'published',
  })
  expect(topic.status).toBe(201)
  const source = await desk.api('POST', '/api/sources', sourceAdmin.token, {
    title: '国家保密局：保密常识',
    outlet: '国家保密局',
    outletType: 'official-agency',
    verification: { status: 'verified' },
  })
  expect(source.status).toBe(201)
  const article = await desk.api('POST', '/api/articles?draft=true', editor.token, {
    title: '保密常识十条',
    summary: '十条保密常识。',
    kind: 'explainer',
    topics: [topic.body.doc.id],
    sources: [{ source: source.body.doc.id, role: 'original' }],
  })
  expect(article.status).toBe(201)
  const id = article.body.doc.id
  const act = (action: string, token: string, body: object = {}) =>
    desk.api('POST', `/api/articles/${id}/workflow/${action}`, token, body)
  expect((await act('submit', editor.token)).status).toBe(200)

  // The gate names the rights status and the role by label, not "unknown" and "original".
  const page = await desk.browserAs('zh-reviewer@e2e.local', 'e2e-password', 'zh-CN')
  await page.goto(`${desk.base}/admin/collections/articles/${id}`)
  const panel = page.locator('[data-testid="workflow-panel"]')
  await panel.getByText('授权状态为“未知”').first().waitFor()
  const panelText = await panel.innerText()
  expect(panelText).toContain('作为“原始出处”使用')
  expect(panelText).not.toMatch(/unknown|"original"|official-public/)

  // Cited only, the source's rights do not matter: approved, then an edit reopens the review.
  const cited = await desk.api('PATCH', `/api/articles/${id}?draft=true`, editor.token, {
    sources: [{ source: source.body.doc.id, role: 'cites' }],
  })
  expect(cited.status).toBe(200)
  expect((await act('approve', reviewer.token)).status).toBe(200)
  const edited = await desk.api('PATCH', `/api/articles/${id}?draft=true`, editor.token, {
    summary: '十条保密常识，修订版。',
  })
  expect(edited.status).toBe(200)
  const events = await desk.api(
    'GET',
    `/api/workflow-events?where[itemId][equals]=${id}&sort=-at&depth=0`,
    adminToken,
  )
  const edit = events.body.docs.find((event: { action: string }) => event.action === 'edit')
  expect(edit).toMatchObject({ event: 'edited', comment: 'edited: summary' })

  await page.goto(`${desk.base}/admin/collections/workflow-events?limit=50`)
  const table = page.locator('.table table')
  await table.waitFor()
  const cells = async (column: string) => page.locator(`td.cell-${column}`).allInnerTexts()
  expect(new Set(await cells('itemCollection'))).toEqual(new Set(['文章']))
  expect(await cells('action')).toEqual(expect.arrayContaining(['提交审核', '批准', '编辑']))
  expect(await cells('to')).toEqual(expect.arrayContaining(['审核中', '已批准', '草稿']))
  for (const at of await cells('at')) expect(at).toMatch(CHINESE_DATE)
  const listText = await table.innerText()
  for (const raw of ['submit', 'approve', 'in_review', 'articles', 'edit', 'draft'])
    expect(listText).not.toMatch(new RegExp(`\\b${raw}\\b`))
  expect(await unfilled(page)).toEqual([])

  await page.goto(`${desk.base}/admin/collections/workflow-events/${edit.id}`)
  await page.locator('[data-testid="event-comment"]').waitFor()
  await page.getByText(CHINESE_DATE).first().waitFor()
  expect(await page.locator('[data-testid="event-comment"]').innerText()).toContain('修改了：摘要')
  const recordText = await textOf(page)
  expect(recordText).toContain('批准后编辑')
  expect(recordText).not.toMatch(/edited: |\bedited\b/)
  expect(recordText).toMatch(CHINESE_DATE)
  // The date input too (Payload's picker learnt the language only after its first render).
  const inputs = await page
    .locator('input')
    .evaluateAll((all) =>
      all.map((input) => (input instanceof HTMLInputElement ? input.value : '')),
    )
  expect(inputs.filter((value) => CHINESE_DATE.test(value))).toHaveLength(1)
  expect(await unfilled(page)).toEqual([])

  // The review panel's history: the edit by label, dates in Chinese order.
  await page.goto(`${desk.base}/admin/collections/articles/${id}`)
  const history = page.locator('[data-testid="workflow-history"]')
  await history.getByText('修改了：摘要').waitFor()
  const historyText = await history.innerText()
  expect(historyText).toMatch(CHINESE_DATE)
  expect(historyText).toContain('编辑 (已批准 → 草稿)')
  expect(historyText).not.toMatch(/edited: |\bedit\b/)

  // The dashboard's create buttons name their collection.
  const chief = await desk.browserAs(ADMIN.email, ADMIN.password, 'zh-CN')
  await chief.goto(`${desk.base}/admin`)
  await chief.locator('[aria-label="创建新的 文章"]').first().waitFor()
  expect(await unfilled(chief)).toEqual([])
})
