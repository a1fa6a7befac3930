/**
 * The review workflow in the real admin, in a real browser: Chromium (from npm, or CHROMIUM_PATH;
 * tests/support/browser.ts) driven by playwright-core. The admin is built first when its build is
 * missing or older than its sources (`npm run build:admin --if-needed`), so this never skips.
 */
import type { Page } from 'playwright-core'
import { ADMIN, useAdminServer } from '../support/admin-e2e.js'
import { plainDocument } from '../support/lexical.js'

const desk = useAdminServer()
const { api, login, browserAs } = desk

async function openArticle(page: Page, id: number | string) {
  await page.goto(`${desk.base}/admin/collections/articles/${id}`)
  await page.waitForSelector('[data-testid="workflow-panel"] [data-testid="workflow-state"]')
}

const stateOf = (page: Page) =>
  page.getAttribute('[data-testid="workflow-panel"] [data-testid="workflow-state"]', 'data-state')

test('an editor submits; a reviewer sees the gate fail and cannot approve; once the source is verified, approves and publishes', async () => {
  const adminToken = await login(ADMIN.email, ADMIN.password)
  const people = {
    editor: 'editor@e2e.local',
    reviewer: 'reviewer@e2e.local',
    sourceAdmin: 'sources@e2e.local',
  }
  for (const [email, roles] of [
    [people.editor, ['editor']],
    [people.reviewer, ['reviewer']],
    [people.sourceAdmin, ['source-admin']],
  ] as const) {
    const created = await api('POST', '/api/users', adminToken, {
      email,
      password: 'e2e-password',
      name: email.split('@')[0],
      roles,
    })
    expect(created.status).toBe(201)
  }
  const topic = await api('POST', '/api/topics', adminToken, {
    name: '反间谍',
    slug: 'fan-jian-die-e2e',
    _status: 'published',
  })
  expect(topic.status).toBe(201)
  const editorToken = await login(people.editor, 'e2e-password')
  const source = await api('POST', '/api/sources', editorToken, {
    title: '国家安全部：反间谍法问答',
    outlet: '国家安全部',
    outletType: 'official-agency',
  })
  expect(source.status).toBe(201)
  const article = await api('POST', '/api/articles?draft=true', editorToken, {
    title: '反间谍法十问',
    summary: '围绕反间谍法的十个常见问题。',
    kind: 'explainer',
    topics: [topic.body.doc.id],
    sources: [{ source: source.body.doc.id, role: 'original' }],
  })
  expect(article.status).toBe(201)
  const id = article.body.doc.id

  // The editor submits from the admin.
  const editor = await browserAs(people.editor, 'e2e-password')
  await openArticle(editor, id)
  expect(await stateOf(editor)).toBe('draft')
  expect(await editor.locator('[data-testid="workflow-action-approve"]').count()).toBe(0)
  await Promise.all([
    editor.waitForEvent('load'),
    editor.click('[data-testid="workflow-action-submit"]'),
  ])
  await editor.waitForSelector(
    '[data-testid="workflow-panel"] [data-testid="workflow-state"][data-state="in_review"]',
  )

  // The reviewer sees the gate's failures and cannot approve.
  const reviewer = await browserAs(people.reviewer, 'e2e-password')
  await openArticle(reviewer, id)
  expect(await stateOf(reviewer)).toBe('in_review')
  const failures = reviewer.locator('[data-testid="workflow-gate-failures"] li')
  await failures.first().waitFor()
  expect(
    await failures.evaluateAll((items) => items.map((item) => item.getAttribute('data-check'))),
  ).toEqual(['source-verified', 'source-rights'])
  expect(await reviewer.isDisabled('[data-testid="workflow-action-approve"]')).toBe(true)
  expect(await reviewer.isDisabled('[data-testid="workflow-action-request-changes"]')).toBe(false)

  // The source administrator verifies the source and clears its rights.
  const sourceAdminToken = await login(people.sourceAdmin, 'e2e-password')
  const verified = await api('PATCH', `/api/sources/${source.body.doc.id}`, sourceAdminToken, {
    verification: { status: 'verified' },
    rights: { status: 'official-public' },
  })
  expect(verified.status).toBe(200)

  // Now the reviewer approves and publishes, without touching the API.
  await openArticle(reviewer, id)
  await reviewer.waitForSelector('[data-testid="workflow-gate-ok"]')
  await Promise.all([
    reviewer.waitForEvent('load'),
    reviewer.click('[data-testid="workflow-action-approve"]'),
  ])
  await reviewer.waitForSelector(
    '[data-testid="workflow-panel"] [data-testid="workflow-state"][data-state="approved"]',
  )
  await Promise.all([
    reviewer.waitForEvent('load'),
    reviewer.click('[data-testid="workflow-action-publish"]'),
  ])
  await reviewer.waitForSelector(
    '[data-testid="workflow-panel"] [data-testid="workflow-state"][data-state="published"]',
  )
  const history = await reviewer.locator('[data-testid="workflow-history"] li').allTextContents()
  expect(history.length).toBe(3)

  const publicView = await api('GET', `/api/articles/${id}`)
  expect(publicView.status).toBe(200)
  expect(publicView.body.title).toBe('反间谍法十问')
})

test('the dashboard search box finds an editor’s draft, which anonymous search never shows', async () => {
  const adminToken = await login(ADMIN.email, ADMIN.password)
  const email = 'searcher@e2e.local'
  expect(
    (
      await api('POST', '/api/users', adminToken, {
        email,
        password: 'e2e-password',
        name: 'searcher',
        roles: ['editor'],
      })
    ).status,
  ).toBe(201)
  const editorToken = await login(email, 'e2e-password')
  const draft = await api('POST', '/api/articles?draft=true', editorToken, {
    title: '涉密载体销毁须知',
    summary: '草稿摘要',
    kind: 'explainer',
    body: plainDocument('涉密载体销毁应当送交保密行政管理部门设立的销毁工作机构。'),
  })
  expect(draft.status).toBe(201)

  const anonymous = await fetch(`${desk.base}/v1/search?q=${encodeURIComponent('涉密载体销毁')}`)
  expect((await anonymous.json()).results).toEqual([])

  const page = await browserAs(email, 'e2e-password')
  await page.goto(`${desk.base}/admin`)
  await page.fill('input[name="admin-search"]', '涉密载体销毁')
  await page.click('.admin-search button[type="submit"]')
  const hit = page.locator('.admin-search__results li').first()
  await hit.waitFor()
  expect(await hit.locator('a').textContent()).toBe('涉密载体销毁须知')
  expect(await hit.locator('a').getAttribute('href')).toBe(
    `/admin/collections/articles/${draft.body.doc.id}`,
  )
  expect(await hit.locator('small').textContent()).toBe('draft')
  expect(await hit.locator('mark').count()).toBeGreaterThan(0)
})

test('the panel says why approve is missing, counts a blocking comment in its gate, offers Resolve only where allowed; no bulk publish', async () => {
  const author = await desk.createStaff('author-reviewer@e2e.local', ['reviewer'])
  const other = await desk.createStaff('other-reviewer@e2e.local', ['reviewer'])
  await desk.createStaff('panel-editor@e2e.local', ['editor'])
  const article = await api('POST', '/api/articles?draft=true', author.token, {
    title: '四眼原则测试',
    summary: '由审核人自己起草的文章。',
    kind: 'explainer',
  })
  expect(article.status).toBe(201)
  const id = article.body.doc.id
  expect((await api('POST', `/api/articles/${id}/workflow/submit`, author.token, {})).status).toBe(
    200,
  )

  // The reviewer who wrote it is told why approve is not offered.
  const own = await browserAs('author-reviewer@e2e.local', 'e2e-password')
  await openArticle(own, id)
  expect(await own.locator('[data-testid="workflow-action-approve"]').count()).toBe(0)
  expect(await own.textContent('[data-testid="workflow-unavailable-approve"]')).toContain(
    'you created it (four-eyes rule)',
  )

  // A blocking comment: the other reviewer's panel lists it in the gate and approve is blocked.
  const comment = await api('POST', '/api/review-comments', other.token, {
    itemCollection: 'articles',
    itemId: String(id),
    body: '请核实第三段的出处',
    blocking: true,
  })
  expect(comment.status).toBe(201)
  const reviewer = await browserAs('other-reviewer@e2e.local', 'e2e-password')
  await openArticle(reviewer, id)
  await reviewer.waitForSelector(
    '[data-testid="workflow-gate-failures"] li[data-check="blocking-comment"]',
  )
  expect(await reviewer.locator('[data-testid="workflow-gate-ok"]').count()).toBe(0)
  expect(await reviewer.isDisabled('[data-testid="workflow-action-approve"]')).toBe(true)

  // An editor sees the reviewer's comment but is not offered to resolve it.
  const editorPage = await browserAs('panel-editor@e2e.local', 'e2e-password')
  await openArticle(editorPage, id)
  const comments = editorPage.locator('[data-testid="workflow-comments"] li')
  await comments.filter({ hasText: '请核实第三段的出处' }).waitFor()
  expect(await comments.filter({ hasText: '请核实第三段的出处' }).locator('button').count()).toBe(0)

  // The list offers no bulk Publish or Unpublish (they bypassed the workflow).
  await reviewer.goto(`${desk.base}/admin/collections/articles`)
  await reviewer.locator('.select-row').first().click()
  await reviewer.locator('.list-selection').waitFor()
  expect(await reviewer.locator('.list-selection button[aria-label="Publish"]').count()).toBe(0)
  expect(await reviewer.locator('.list-selection button[aria-label="Unpublish"]').count()).toBe(0)
})
