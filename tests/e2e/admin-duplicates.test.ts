/**
 * Duplicate detection in the real admin (issue 15, item 14): an editor opens the Import record of a
 * re-scraped article, sees 已存在相似内容 with a link to the existing article, and attaches the new
 * source to it as a reprint; the duplicate draft is gone. Nothing is loaded from outside the server.
 */
import { ADMIN, useAdminServer } from '../support/admin-e2e.js'
import { blockRequestsOutside } from '../support/browser.js'
import { readSeed } from '../support/seeds.js'

const desk = useAdminServer()

test('an editor attaches a re-scraped article to the existing one from the Import record', async () => {
  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  const seed = readSeed('004_56c83ed7d12524c2.txt')
  const original = await desk.api('POST', '/api/imports', adminToken, { text: seed })
  expect(original.status).toBe(201)
  // The same commentary served by another site: its own header, other line breaks, no tail.
  const [article] = seed.split('- 責任編輯')
  const rescrape = `首页 > 国际 > 正文\n${(article ?? '').replace(/\n/g, '\n\n')}\n责任编辑：李明`
  const copy = await desk.api('POST', '/api/imports', adminToken, { text: rescrape })
  expect(copy.status).toBe(201)
  const existingId = original.body.doc.article
  const duplicateId = copy.body.doc.article
  expect(copy.body.doc.similar.map((row: { article: number }) => row.article)).toContain(existingId)

  await desk.createStaff('dedup@e2e.local', ['editor'])
  const page = await desk.browserAs('dedup@e2e.local', 'e2e-password', 'zh-CN')
  const outside = await blockRequestsOutside(page.context(), desk.base)
  await page.goto(`${desk.base}/admin/collections/imports/${copy.body.doc.id}`)
  const panel = page.locator('[data-testid="similar-content"]')
  await panel.getByText('已存在相似内容').waitFor()
  const row = panel.locator(`[data-testid="similar-${existingId}"]`)
  expect(await row.locator('a').getAttribute('href')).toBe(
    `/admin/collections/articles/${existingId}`,
  )
  expect(await row.textContent()).toMatch(/\d+% 相似/)

  await Promise.all([
    page.waitForEvent('load', { timeout: 60_000 }),
    row.getByRole('button', { name: '作为转载附加' }).click(),
  ])
  await panel.getByText('已作为转载附加到').waitFor()
  expect(await panel.getByRole('button', { name: '作为转载附加' }).count()).toBe(0)

  const existing = await desk.api(
    'GET',
    `/api/articles/${existingId}?draft=true&depth=0`,
    adminToken,
  )
  expect(existing.body.sources).toContainEqual(
    expect.objectContaining({ source: copy.body.doc.source, role: 'reprinted-by' }),
  )
  const duplicate = await desk.api('GET', `/api/articles/${duplicateId}?draft=true`, adminToken)
  expect(duplicate.status).toBe(404)
  expect(outside).toEqual([])
})
