/**
 * One import reviewed as one package in the real admin, in a real browser (tests/support/admin-e2e.ts):
 * an editor resolves the document-level flags once and submits the package, a reviewer approves and
 * publishes it, every item and the Q&A set go live. SCREENSHOT_DIR=docs/screenshots also saves the
 * package view as review-package.png (the README's picture).
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import { useAdminServer } from '../support/admin-e2e.js'

const desk = useAdminServer()
const { api, browserAs } = desk

/** Mixed script (a flag on every draft), no source line (on the article), two Q&A, one term. */
const DOCUMENT = [
  '整包审核浏览器测试',
  '本文介绍整包审核的基本要求，说明审核的流程。',
  '國家安全機關依法履行職責，維護國家安全，這段文字使用繁體字書寫。',
  '一、常见问题',
  '问：什么是整包审核？',
  '答：整包审核是把一次导入的全部内容作为一个整体审核的过程。',
  '问：为什么要整体发布？',
  '答：为了让文章、问答和术语要么一起发布，要么都不发布。',
  '二、名词术语解释',
  '1.整包审核术语：是指仅用于整包审核测试的术语。',
].join('\n\n')

async function openImport(page: Page, id: number | string) {
  await page.goto(`${desk.base}/admin/collections/imports/${id}`)
  await page.waitForSelector('[data-testid="review-package"] [data-testid="package-items"]')
}

/** Waits until every item row of the package shows `state`. */
async function everyItemIs(page: Page, state: string, count: number) {
  await page.waitForFunction(
    ([wanted, total]) => {
      const rows = document.querySelectorAll('[data-testid="package-item"]')
      return (
        rows.length === total &&
        [...rows].every(
          (row) =>
            row.querySelector('[data-testid="workflow-state"]')?.getAttribute('data-state') ===
            wanted,
        )
      )
    },
    [state, count] as const,
  )
}

test('an editor resolves the document-level flags once and submits the package; a reviewer approves and publishes it', async () => {
  const editor = await desk.createStaff('package-editor@e2e.local', ['editor'])
  await desk.createStaff('package-reviewer@e2e.local', ['reviewer'], '审核人')
  const sourceAdmin = await desk.createStaff('package-sources@e2e.local', ['source-admin'])

  const imported = await api('POST', '/api/imports', editor.token, {
    text: DOCUMENT,
    fileName: 'package.txt',
  })
  expect(imported.status).toBe(201)
  const record = imported.body.doc
  const items: [string, number][] = [
    ['articles', record.article],
    ...record.qaEntries.map((id: number): [string, number] => ['qa-entries', id]),
    ...record.glossaryTerms.map((id: number): [string, number] => ['glossary-terms', id]),
  ]
  expect(items.map(([collection]) => collection)).toEqual([
    'articles',
    'qa-entries',
    'qa-entries',
    'glossary-terms',
  ])

  // What the gate needs besides the flags: a verified, cleared source and a topic on every item.
  const verified = await api('PATCH', `/api/sources/${record.source}`, sourceAdmin.token, {
    verification: { status: 'verified' },
    rights: { status: 'official-public' },
  })
  expect(verified.status).toBe(200)
  const topic = await api('POST', '/api/topics', editor.token, {
    name: '整包审核',
    slug: 'zheng-bao-shen-he-e2e',
  })
  expect(topic.status).toBe(201)
  for (const [collection, id] of items) {
    const patched = await api('PATCH', `/api/${collection}/${id}?draft=true`, editor.token, {
      topics: [topic.body.doc.id],
    })
    expect(patched.status).toBe(200)
  }

  // The editor sees the two document-level flags once each and resolves them for the package.
  const editorPage = await browserAs('package-editor@e2e.local', 'e2e-password')
  await openImport(editorPage, record.id)
  expect(
    await editorPage
      .locator('[data-testid="package-document-flags"] li')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-flag')).sort()),
  ).toEqual(['missing-source', 'mixed-script'])
  expect(await editorPage.isDisabled('[data-testid="package-action-submit"]')).toBe(false)
  for (const type of ['mixed-script', 'missing-source']) {
    await editorPage.click(`[data-testid="package-resolve-${type}"]`)
    await editorPage.waitForSelector(`[data-testid="package-resolve-${type}"]`, {
      state: 'detached',
    })
  }
  await editorPage.selectOption('[data-testid="package-assignee"]', { label: '审核人' })
  await editorPage.fill('[data-testid="package-comment"]', '已对照原文检查。')
  await editorPage.click('[data-testid="package-action-submit"]')
  await everyItemIs(editorPage, 'in_review', 4)
  expect(await editorPage.locator('[data-testid="package-action-approve"]').count()).toBe(0)

  // The reviewer sees every gate pass, approves the package, then publishes it.
  const reviewer = await browserAs('package-reviewer@e2e.local', 'e2e-password')
  await openImport(reviewer, record.id)
  expect(
    await reviewer
      .locator('[data-testid="package-item-gate"]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-ok'))),
  ).toEqual(['true', 'true', 'true', 'true'])
  if (process.env.SCREENSHOT_DIR)
    await reviewer
      .locator('[data-testid="review-package"]')
      .screenshot({ path: path.join(process.env.SCREENSHOT_DIR, 'review-package.png') })
  await reviewer.click('[data-testid="package-action-approve"]')
  await everyItemIs(reviewer, 'approved', 4)
  await reviewer.click('[data-testid="package-action-publish"]')
  await everyItemIs(reviewer, 'published', 4)
  await reviewer.waitForSelector('[data-testid="package-qa-set"]')
  expect(await reviewer.textContent('[data-testid="package-qa-set"]')).toContain('(live)')

  // Every item and the Q&A set are public now.
  for (const [collection, id] of items)
    expect((await api('GET', `/api/${collection}/${id}`)).status).toBe(200)
  expect((await api('GET', `/api/qa-sets/${record.qaSet}`)).status).toBe(200)
  // One audit row per item for each of the three actions.
  const events = await api(
    'GET',
    `/api/workflow-events?limit=100&where[itemId][in]=${items.map(([, id]) => id).join(',')}`,
    editor.token,
  )
  const rows: { itemCollection: string; itemId: string; event: string }[] = events.body.docs
  for (const [collection, id] of items)
    expect(
      rows
        .filter((row) => row.itemCollection === collection && row.itemId === String(id))
        .map((row) => row.event)
        .sort(),
    ).toEqual(['approved', 'published', 'submitted'])
})
