/**
 * The editorial desk in the real admin (issue 15): saved versions open, the paste-import box is
 * writable, the admin works with every request outside this server blocked, and verifying a
 * source records who did it and when.
 */
import { ADMIN, useAdminServer } from '../support/admin-e2e.js'
import { blockRequestsOutside } from '../support/browser.js'
import { readSeed } from '../support/seeds.js'

const desk = useAdminServer()

test('a saved version of an article opens (the version view used to crash on locale labels)', async () => {
  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  const created = await desk.api('POST', '/api/articles?draft=true', adminToken, {
    title: '版本一的标题',
    summary: '第一版摘要。',
    kind: 'explainer',
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  const edited = await desk.api('PATCH', `/api/articles/${id}?draft=true`, adminToken, {
    title: '版本二的标题',
  })
  expect(edited.status).toBe(200)
  const versions = await desk.api(
    'GET',
    `/api/articles/versions?where[parent][equals]=${id}&sort=createdAt`,
    adminToken,
  )
  expect(versions.body.docs.length).toBeGreaterThanOrEqual(2)
  const first = versions.body.docs[0]

  const page = await desk.browserAs(ADMIN.email, ADMIN.password)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${desk.base}/admin/collections/articles/${id}/versions/${first.id}`)
  await page.getByText('版本一的标题').first().waitFor()
  expect(await page.getByText('版本二的标题').count()).toBeGreaterThan(0)
  expect(await page.content()).not.toMatch(/couldn.t load|Application error/)
  expect(errors).toEqual([])
})

test('an editor restores an earlier version from the version view: it becomes the latest draft, nothing goes live', async () => {
  const editor = await desk.createStaff('restorer@e2e.local', ['editor'], '还原编辑')
  const created = await desk.api('POST', '/api/articles?draft=true', editor.token, {
    title: '还原测试：第一版',
    summary: '第一版摘要。',
    kind: 'explainer',
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  const edited = await desk.api('PATCH', `/api/articles/${id}?draft=true`, editor.token, {
    title: '还原测试：第二版',
  })
  expect(edited.status).toBe(200)
  const versions = await desk.api(
    'GET',
    `/api/articles/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`,
    editor.token,
  )
  const first = versions.body.docs.find(
    (doc: { version: { title: string } }) => doc.version.title === '还原测试：第一版',
  )
  expect(first).toBeDefined()

  const page = await desk.browserAs('restorer@e2e.local', 'e2e-password', 'zh-CN')
  await page.goto(`${desk.base}/admin/collections/articles/${id}/versions/${first.id}`)
  // Payload's own button and confirmation (labels in the admin language).
  await page
    .getByRole('button', { name: /恢复此版本|Restore this version/ })
    .first()
    .click()
  const restoring = page.waitForResponse(
    (res) => res.request().method() === 'POST' && res.url().includes(`/versions/${first.id}`),
  )
  await page.getByRole('button', { name: /^(确认|Confirm)$/ }).click()
  const answer = await restoring
  // Was a 403 with developer text ("Restore versions as a draft (draft=true)").
  expect(answer.status()).toBe(200)
  await page.waitForURL(new RegExp(`/admin/collections/articles/${id}$`))

  const latest = await desk.api('GET', `/api/articles/${id}?draft=true&depth=0`, editor.token)
  expect(latest.body.title).toBe('还原测试：第一版')
  expect(latest.body._status).toBe('draft')
  const live = await desk.api('GET', `/api/articles/${id}?depth=0`, undefined)
  expect(live.status).not.toBe(200)
})

test('an editor pastes a document into a new Import and gets the drafts', async () => {
  await desk.createStaff('paster@e2e.local', ['editor'])
  const page = await desk.browserAs('paster@e2e.local', 'e2e-password')
  await page.goto(`${desk.base}/admin/collections/imports/create`)
  const box = page.locator('textarea#field-text')
  await box.waitFor()
  // Payload keeps fields read-only while the form initialises (seconds on a loaded machine), so
  // not a one-off isEditable(): fill() waits until the box is editable, and before the fix
  // (a virtual field is read-only) it never became so and this timed out.
  await box.fill(readSeed('001_3725888e3f78c79b.txt'))
  expect(await box.isEditable()).toBe(true)
  await Promise.all([
    page.waitForURL(/\/admin\/collections\/imports\/\d+/, { timeout: 120_000 }),
    page.click('#action-save'),
  ])
  const id = page.url().match(/imports\/(\d+)/)?.[1]
  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  const record = await desk.api('GET', `/api/imports/${id}?depth=0`, adminToken)
  expect(record.body).toMatchObject({
    status: 'done',
    title: '提升全社会特别是核心要害领域的安全防范工作能力和水平',
  })
  expect(record.body.article).toBeTruthy()
})

test('with every request outside this server blocked, an Import record shows its analysis as text', async () => {
  const adminToken = await desk.login(ADMIN.email, ADMIN.password)
  const imported = await desk.api('POST', '/api/imports', adminToken, {
    text: readSeed('004_56c83ed7d12524c2.txt'),
    fileName: 'offline.txt',
  })
  expect([200, 201]).toContain(imported.status)
  const id = imported.body.doc.id

  const page = await desk.browserAs(ADMIN.email, ADMIN.password)
  const outside = await blockRequestsOutside(page.context(), desk.base)
  await page.goto(`${desk.base}/admin/collections/imports/${id}`)
  const analysis = page.locator('[data-testid="json-view-analysis"] pre')
  await analysis.waitFor()
  expect(await analysis.textContent()).toContain('"title"')
  expect(await page.locator('[data-testid="json-view-timings"] pre').textContent()).toContain(
    '"structure"',
  )
  expect(outside).toEqual([])
})

test('a source administrator sets 已核实 in the admin: the verifier and the time are recorded', async () => {
  const sourceAdmin = await desk.createStaff('verifier@e2e.local', ['source-admin'])
  const editor = await desk.createStaff('source-editor@e2e.local', ['editor'])
  const source = await desk.api('POST', '/api/sources', editor.token, {
    title: '待核实的来源',
    outlet: '国家安全部',
    outletType: 'official-agency',
  })
  expect(source.status).toBe(201)
  const id = source.body.doc.id

  const page = await desk.browserAs('verifier@e2e.local', 'e2e-password', 'zh-CN')
  await page.goto(`${desk.base}/admin/collections/sources/${id}`)
  await page.locator('#field-verification__status .rs__control').click()
  await page.locator('.rs__option', { hasText: '已核实' }).click()
  await page.click('#action-save')
  await page
    .locator('.payload-toast-container')
    .getByText(/成功|success/i)
    .first()
    .waitFor()

  const saved = await desk.api('GET', `/api/sources/${id}?depth=0`, sourceAdmin.token)
  expect(saved.body.verification).toMatchObject({ status: 'verified', verifiedBy: sourceAdmin.id })
  expect(Date.parse(saved.body.verification.verifiedAt)).toBeGreaterThan(
    Date.parse(source.body.doc.createdAt),
  )
})
