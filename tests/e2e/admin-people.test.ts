/**
 * People in the real admin (issue: non-admins saw `无标题 - ID: 5` or `#6` for the importer,
 * creator, assignee and comment author): another editor sees the creator's display name.
 */
import { useAdminServer } from '../support/admin-e2e.js'

const desk = useAdminServer()

test("an editor opening a colleague's article sees the creator's name, not Untitled or an id", async () => {
  // createStaff fails the test unless the user is created (201) and can log in.
  const author = await desk.createStaff('wang.author@e2e.local', ['editor'], '王小明')
  const authorId = author.id
  const created = await desk.api('POST', '/api/articles?draft=true', author.token, {
    title: '别人写的文章',
    summary: '摘要。',
    kind: 'explainer',
  })
  expect(created.status).toBe(201)
  expect(created.body.doc.createdBy).toBeTruthy()

  await desk.createStaff('reader.editor@e2e.local', ['editor'])
  const page = await desk.browserAs('reader.editor@e2e.local', 'e2e-password')
  await page.goto(`${desk.base}/admin/collections/articles/${created.body.doc.id}`)
  await page.getByText('别人写的文章').first().waitFor()
  const createdBy = page.locator('.field-type.relationship', { hasText: 'Created by' }).first()
  await createdBy.waitFor()
  // The label is fetched after the form renders: wait for the name, then check what is shown.
  await createdBy
    .getByText('王小明')
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined)
  const shown = await createdBy.innerText()
  expect(shown).toContain('王小明')
  expect(shown).not.toMatch(/Untitled|无标题|#\d+|ID: \d+/)
  expect(shown).not.toContain('wang.author@e2e.local')
  expect(await page.content()).not.toContain(`ID: ${authorId}`)
})
