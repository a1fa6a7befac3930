/**
 * What a reviewer and an editor see around the review panel, in a real browser (issue 15, items 6,
 * 11 and 13): Revert to published goes through the workflow, the gate list follows autosaves, the
 * panel opens Payload's comparison of the submitted version with the live one, and the Preview
 * button opens a signed link that shows the draft to whoever holds it — for that document only.
 */
import type { Page } from 'playwright-core'
import { ADMIN, useAdminServer } from '../support/admin-e2e.js'
import { plainDocument } from '../support/lexical.js'

const desk = useAdminServer()
const { api } = desk

async function openArticle(page: Page, id: number | string) {
  await page.goto(`${desk.base}/admin/collections/articles/${id}`)
  await page.waitForSelector('[data-testid="workflow-panel"] [data-testid="workflow-state"]')
}

let counter = 0
/** A topic and a verified, cleared source: what an article needs to pass the gate but its own fields. */
async function gateReadyLinks(adminToken: string) {
  counter += 1
  const topic = await api('POST', '/api/topics', adminToken, {
    name: `保密 ${counter}`,
    slug: `bao-mi-review-${counter}`,
    _status: 'published',
  })
  expect(topic.status).toBe(201)
  const source = await api('POST', '/api/sources', adminToken, {
    title: `国家保密局答问 ${counter}`,
    outlet: '国家保密局',
    outletType: 'official-agency',
    verification: { status: 'verified' },
    rights: { status: 'official-public' },
  })
  expect(source.status).toBe(201)
  return {
    topics: [topic.body.doc.id],
    sources: [{ source: source.body.doc.id, role: 'original' }],
  }
}

/** An article published through the workflow (an editor writes and submits, a reviewer approves and publishes). */
async function publishedArticle(fields: Record<string, unknown>) {
  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  counter += 1
  const editorEmail = `review-editor-${counter}@e2e.local`
  const reviewerEmail = `review-reviewer-${counter}@e2e.local`
  const editor = await desk.createStaff(editorEmail, ['editor'])
  const reviewer = await desk.createStaff(reviewerEmail, ['reviewer'])
  const created = await api('POST', '/api/articles?draft=true', editor.token, {
    kind: 'explainer',
    ...(await gateReadyLinks(adminToken)),
    ...fields,
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  for (const [action, token] of [
    ['submit', editor.token],
    ['approve', reviewer.token],
    ['publish', reviewer.token],
  ] as const) {
    const done = await api('POST', `/api/articles/${id}/workflow/${action}`, token, {})
    expect(done.status).toBe(200)
  }
  return { id, editor, reviewer, editorEmail, reviewerEmail }
}

test('an editor reverts a live article to its published version from the status line, in Chinese, through the workflow', async () => {
  const { id, editor, editorEmail } = await publishedArticle({
    title: '涉密文件管理规定',
    summary: '已发布的摘要。',
  })
  const edited = await api('PATCH', `/api/articles/${id}?draft=true`, editor.token, {
    title: '涉密文件管理规定（未审核的修改）',
  })
  expect(edited.status).toBe(200)

  const page = await desk.browserAs(editorEmail, 'e2e-password', 'zh-CN')
  await openArticle(page, id)
  await page.click('#action-revert-to-published')
  await page.click('#confirm-action')
  await page.waitForSelector(
    '[data-testid="workflow-panel"] [data-testid="workflow-state"][data-state="published"]',
  )
  await page
    .locator('.payload-toast-container')
    .getByText('已还原到已发布的版本：未发布的修改已丢弃。')
    .waitFor()
  expect(await page.locator('.payload-toast-container').textContent()).not.toContain('draft=true')
  // The form shows the published version again, without a reload.
  await page.waitForFunction((title) => {
    const input = document.querySelector('#field-title')
    return input instanceof HTMLInputElement && input.value === title
  }, '涉密文件管理规定')

  const latest = await api('GET', `/api/articles/${id}?draft=true&depth=0`, editor.token)
  expect(latest.body).toMatchObject({ title: '涉密文件管理规定', workflowState: 'published' })
  // Nothing is left to revert: the status line no longer offers it.
  expect(await page.locator('#action-revert-to-published').count()).toBe(0)
})

test('a source administrator, who cannot edit articles, is not offered Revert to published', async () => {
  const { id, editor } = await publishedArticle({ title: '保密法答问', summary: '摘要。' })
  expect(
    (await api('PATCH', `/api/articles/${id}?draft=true`, editor.token, { summary: '新摘要。' }))
      .status,
  ).toBe(200)
  await desk.createStaff('review-sources@e2e.local', ['source-admin'])
  const page = await desk.browserAs('review-sources@e2e.local', 'e2e-password')
  await openArticle(page, id)
  await page.locator('.status__value').first().waitFor()
  expect(await page.locator('#action-revert-to-published').count()).toBe(0)
})

test('the gate list follows an autosave: filling in the summary clears its failure without a reload', async () => {
  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  const editor = await desk.createStaff('gate-editor@e2e.local', ['editor'])
  const created = await api('POST', '/api/articles?draft=true', editor.token, {
    title: '网络安全审查办法解读',
    kind: 'explainer',
    ...(await gateReadyLinks(adminToken)),
  })
  expect(created.status).toBe(201)
  const page = await desk.browserAs('gate-editor@e2e.local', 'e2e-password')
  await openArticle(page, created.body.doc.id)
  const failures = page.locator('[data-testid="workflow-gate-failures"] li')
  await failures.first().waitFor()
  expect(
    await failures.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-check') + ':' + item.textContent),
    ),
  ).toEqual(['required:A summary is required.'])

  await page.locator('#field-summary').fill('网络安全审查办法的要点。')
  // No reload: the panel reads the gate again once the autosave has saved the summary.
  await page.waitForSelector('[data-testid="workflow-gate-ok"]', { timeout: 60_000 })
  const saved = await api(
    'GET',
    `/api/articles/${created.body.doc.id}?draft=true&depth=0`,
    editor.token,
  )
  expect(saved.body.summary).toBe('网络安全审查办法的要点。')
})

test('a reviewer compares the submitted version with the published one: the changed title and paragraph', async () => {
  const { id, editor, reviewer, reviewerEmail } = await publishedArticle({
    title: '反恐怖主义法要点',
    summary: '摘要。',
    body: plainDocument('第一段：旧的表述。'),
  })
  const edited = await api('PATCH', `/api/articles/${id}?draft=true`, editor.token, {
    title: '反恐怖主义法要点（修订）',
    body: plainDocument('第一段：新的表述。'),
  })
  expect(edited.status).toBe(200)
  expect((await api('POST', `/api/articles/${id}/workflow/submit`, editor.token, {})).status).toBe(
    200,
  )
  const versions = await api(
    'GET',
    `/api/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&depth=0`,
    reviewer.token,
  )
  const publishedVersion = versions.body.docs[0].id

  const page = await desk.browserAs(reviewerEmail, 'e2e-password')
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await openArticle(page, id)
  const link = page.locator('[data-testid="workflow-compare-published"]')
  expect(await link.textContent()).toBe('Compare with published')
  await Promise.all([page.waitForURL(/\/versions\//), link.click()])
  expect(new URL(page.url()).searchParams.get('versionFrom')).toBe(String(publishedVersion))

  const title = page.locator('.text-diff').filter({ hasText: '反恐怖主义法要点（修订）' })
  await title.first().waitFor()
  expect(await title.locator('.html-diff__diff-old').first().textContent()).toBe('反恐怖主义法要点')
  expect(await title.locator('.html-diff__diff-new').first().textContent()).toBe(
    '反恐怖主义法要点（修订）',
  )
  const body = page.locator('.lexical-diff')
  await body.first().waitFor()
  expect(await body.locator('.html-diff__diff-old').first().textContent()).toContain('旧的表述')
  expect(await body.locator('.html-diff__diff-new').first().textContent()).toContain('新的表述')
  expect(await body.locator('[data-match-type="create"]').count()).toBeGreaterThan(0)
  expect(await body.locator('[data-match-type="delete"]').count()).toBeGreaterThan(0)
  expect(errors).toEqual([])
})

test('an editor previews a draft: a signed link that opens it without a login, for that document only', async () => {
  const editor = await desk.createStaff('preview-editor@e2e.local', ['editor'])
  const make = (title: string, text: string) =>
    api('POST', '/api/articles?draft=true', editor.token, {
      title,
      summary: '草稿摘要。',
      kind: 'explainer',
      body: plainDocument(text),
    })
  const draft = await make('尚未发布的预览稿', 'PREVIEW-BODY 预览正文。')
  const other = await make('另一篇草稿', 'OTHER-BODY 另一篇正文。')
  expect([draft.status, other.status]).toEqual([201, 201])
  const id = String(draft.body.doc.id)

  const page = await desk.browserAs('preview-editor@e2e.local', 'e2e-password')
  await openArticle(page, id)
  const [preview] = await Promise.all([
    page.context().waitForEvent('page'),
    page.click('#preview-button'),
  ])
  await preview.waitForLoadState()
  const url = new URL(preview.url())
  expect(url.pathname).toBe(`/v1/preview/articles/${id}`)
  const token = url.searchParams.get('token')
  expect(token).toMatch(/^[\w-]+\.[\w-]+$/)
  const shown = (await preview.textContent('body')) ?? ''
  expect(shown).toContain('尚未发布的预览稿')
  expect(shown).toContain('PREVIEW-BODY')

  // Whoever holds the link reads the draft without a login; the public route knows nothing of it.
  const anonymous = await fetch(url)
  expect(anonymous.status).toBe(200)
  expect((await anonymous.json()).title).toBe('尚未发布的预览稿')
  expect((await fetch(`${desk.base}/api/articles/${id}`)).status).not.toBe(200)
  // The same token does not open another document.
  const elsewhere = await fetch(
    `${desk.base}/v1/preview/articles/${other.body.doc.id}?token=${encodeURIComponent(token ?? '')}`,
  )
  expect(elsewhere.status).toBe(403)
  expect(await elsewhere.text()).not.toContain('OTHER-BODY')
})
