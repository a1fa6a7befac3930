/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * One import is one review package: its article, Q&A entries and new glossary terms are submitted,
 * approved and published together, all or nothing, through the single-item workflow's rules; a
 * document-level flag is resolved once for the package. Over HTTP and the Local API.
 */
import type { CollectionBeforeChangeHook, Where } from 'payload'
import { cms } from '../support/cms.js'
import type { TestUser } from '../support/test-server.js'
import { aTopic, crew, latest, type Collection, type Crew } from './workflow-helpers.js'

let people: Crew
beforeAll(async () => {
  people = await crew()
})

type PackageModule = typeof import('../../src/workflow/package/transition.js')
const packageModule = () => cms().load<PackageModule>('src/workflow/package/transition.ts')

/**
 * A document with a mixed-script paragraph (a document-level flag on every draft), no source line
 * (missing-source, on the article only), two Q&A pairs and one glossary term named after `tag`.
 */
function document(tag: string, termTag = tag): string {
  return [
    `导入包测试${tag}`,
    `本文介绍导入包测试${tag}的基本要求，说明审核的流程。`,
    '國家安全機關依法履行職責，維護國家安全，這段文字使用繁體字書寫。',
    '一、常见问题',
    `问：什么是导入包测试${tag}？`,
    '答：导入包测试是把一次导入的全部内容作为一个整体审核的过程。',
    '问：为什么要整体审核？',
    '答：为了让文章、问答和术语要么一起发布，要么都不发布。',
    '二、名词术语解释',
    `1.导入包术语${termTag}：是指仅用于导入包测试的术语。`,
  ].join('\n\n')
}

interface Imported {
  id: number
  source: number
  article: number
  qaSet: number
  qaEntries: number[]
  glossaryTerms: number[]
}

async function importDocument(text: string): Promise<Imported> {
  const res = await cms().http('POST', '/api/imports', {
    token: people.editor.token,
    body: text,
    headers: { 'content-type': 'text/plain' },
  })
  if (res.status !== 201) throw new Error(`import: ${res.status} ${res.text}`)
  return res.body.doc
}

const membersOf = (record: Imported): [Collection, number][] => [
  ['articles', record.article],
  ...record.qaEntries.map((id): [Collection, number] => ['qa-entries', id]),
  ...record.glossaryTerms.map((id): [Collection, number] => ['glossary-terms', id]),
]

/** What the gate needs besides the flags: a verified, cleared source and a topic on every item. */
async function readyForGate(record: Imported, flagsToo = true): Promise<void> {
  await cms().payload.update({
    collection: 'sources',
    id: record.source,
    data: { verification: { status: 'verified' }, rights: { status: 'official-public' } },
    overrideAccess: true,
  })
  const topic = Number(await aTopic())
  for (const [collection, id] of membersOf(record)) {
    const doc = await latest(collection, id)
    await cms().payload.update({
      collection,
      id,
      data: {
        topics: [topic],
        ...(flagsToo
          ? {
              qualityFlags: (doc.qualityFlags ?? []).map((flag: object) => ({
                ...flag,
                resolved: true,
              })),
            }
          : {}),
      },
      draft: true,
      user: people.editor,
      overrideAccess: false,
    })
  }
}

/** Saves a draft edit as a user does in the admin: as that user, with access checked. */
const editDraft = (
  user: TestUser,
  collection: Collection,
  id: number,
  data: Record<string, unknown>,
  locale?: 'zh-Hant',
) =>
  cms().payload.update({
    collection,
    id,
    data,
    ...(locale ? { locale } : {}),
    draft: true,
    user,
    overrideAccess: false,
  })

const packageAct = (
  id: number,
  action: string,
  user: TestUser,
  json: Record<string, unknown> = {},
  language = 'en',
) =>
  cms().http('POST', `/api/workflow/packages/${id}/${action}`, {
    token: user.token,
    json,
    headers: { 'accept-language': language },
  })

/**
 * Publishes the package with one Q&A entry refusing to be written as published (a beforeChange
 * hook put on for this one call), so the package fails half-way.
 */
async function publishWithEntryFailing(record: Imported, failingEntry: number) {
  const hooks = cms().payload.collections['qa-entries'].config.hooks
    .beforeChange as CollectionBeforeChangeHook[]
  const refuse: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
    if (originalDoc?.id === failingEntry && data._status === 'published')
      throw new Error('injected failure: the entry could not be written')
    return data
  }
  hooks.push(refuse)
  try {
    return await packageAct(record.id, 'publish', people.reviewer)
  } finally {
    hooks.splice(hooks.indexOf(refuse), 1)
  }
}

async function statesOf(record: Imported) {
  const states: string[] = []
  for (const [collection, id] of membersOf(record))
    states.push(String((await latest(collection, id)).workflowState))
  return states
}

async function eventsOf(record: Imported, event: string) {
  const { docs } = await cms().payload.find({
    collection: 'workflow-events',
    where: {
      and: [
        { event: { equals: event } },
        {
          or: membersOf(record).map(([collection, id]): Where => ({
            and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }],
          })),
        },
      ],
    },
    limit: 100,
    overrideAccess: true,
  })
  return docs.map((row) => [row.itemCollection, Number(row.itemId), row.actorId]).sort()
}

const expectedEvents = (record: Imported, actor: TestUser) =>
  membersOf(record)
    .map(([collection, id]) => [collection, id, String(actor.id)])
    .sort()

test('the package view lists the article, every entry and only the terms this import created, with the document-level flags once', async () => {
  const first = await importDocument(document('甲'))
  // A second document defining the same term reuses it: that term is not part of its package.
  const second = await importDocument(document('乙', '甲'))
  expect(second.glossaryTerms).toEqual(first.glossaryTerms)

  const view = await cms().http('GET', `/api/workflow/packages/${first.id}`, {
    token: people.reviewer.token,
  })
  expect(view.status).toBe(200)
  expect(
    view.body.items.map((item: { collection: string; id: string }) => item.collection),
  ).toEqual(['articles', 'qa-entries', 'qa-entries', 'glossary-terms'])
  expect(view.body.qaSet).toMatchObject({ id: String(first.qaSet), live: false })
  expect(view.body.documentFlags).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ type: 'mixed-script', items: 4, unresolved: 4 }),
      expect.objectContaining({ type: 'missing-source', items: 1, unresolved: 1 }),
    ]),
  )
  // Every item is a draft: only submit is open, and to an editor only.
  const actions = Object.fromEntries(
    view.body.actions.map((entry: { action: string }) => [entry.action, entry]),
  )
  expect(actions.submit).toMatchObject({ ready: false, pending: 0 })
  expect(actions.submit.refusals.map((refusal: { code: string }) => refusal.code)).toEqual([
    'forbidden',
    'forbidden',
    'forbidden',
    'forbidden',
  ])

  const secondView = await cms().http('GET', `/api/workflow/packages/${second.id}`, {
    token: people.editor.token,
  })
  expect(secondView.body.items.map((item: { collection: string }) => item.collection)).toEqual([
    'articles',
    'qa-entries',
    'qa-entries',
  ])
  expect(
    secondView.body.actions.find((entry: { action: string }) => entry.action === 'submit'),
  ).toMatchObject({ ready: true, pending: 3, refusals: [] })

  expect((await cms().http('GET', `/api/workflow/packages/${first.id}`)).status).toBe(401)
})

test('a document-level flag is resolved once for the package; a flag about a run of text is not', async () => {
  const record = await importDocument(document('丙'))
  const resolve = (type: string, user: TestUser) =>
    cms().http('POST', `/api/workflow/packages/${record.id}/flags/${type}/resolve`, {
      token: user.token,
      json: {},
    })

  expect((await resolve('mixed-script', people.sourceAdmin)).status).toBe(403)
  const notDocumentLevel = await resolve('corrupted-text', people.editor)
  expect(notDocumentLevel.status).toBe(400)
  expect(notDocumentLevel.body.code).toBe('not-a-document-flag')

  const once = await resolve('mixed-script', people.editor)
  expect(once.status).toBe(200)
  expect(once.body.resolved).toHaveLength(4)
  for (const [collection, id] of membersOf(record)) {
    const flags = (await latest(collection, id)).qualityFlags
    expect(flags.find((flag: { type: string }) => flag.type === 'mixed-script').resolved).toBe(true)
  }
  // The article's missing-source flag is another flag: still open.
  const article = await latest('articles', record.article)
  expect(
    article.qualityFlags.find((flag: { type: string }) => flag.type === 'missing-source').resolved,
  ).toBe(false)

  const again = await resolve('mixed-script', people.editor)
  expect(again.status).toBe(409)
  const view = await cms().http('GET', `/api/workflow/packages/${record.id}`, {
    token: people.editor.token,
  })
  expect(view.body.documentFlags).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ type: 'mixed-script', items: 4, unresolved: 0 }),
      expect.objectContaining({ type: 'missing-source', items: 1, unresolved: 1 }),
    ]),
  )
})

test('submit: one item not ready refuses the package, naming it; nothing changes; then every item is submitted with its own audit row', async () => {
  const record = await importDocument(document('丁'))
  const [, entry] = membersOf(record)[1] ?? []
  await editDraft(people.editor, 'qa-entries', Number(entry), { question: '' })

  const refused = await packageAct(record.id, 'submit', people.editor, {}, 'zh')
  expect(refused.status).toBe(400)
  expect(refused.body.code).toBe('package-refused')
  expect(refused.body.message).toContain('未作任何更改')
  expect(refused.body.items).toHaveLength(1)
  expect(refused.body.items[0]).toMatchObject({
    collection: 'qa-entries',
    id: String(entry),
    code: 'invalid',
  })
  expect(refused.body.items[0].message).toMatch(/^问答“#\d+”：/)
  expect(refused.body.items[0].failures).toEqual([
    expect.objectContaining({ check: 'validation', field: 'question' }),
  ])
  expect(await statesOf(record)).toEqual(['draft', 'draft', 'draft', 'draft'])
  expect(await eventsOf(record, 'submitted')).toEqual([])

  await editDraft(people.editor, 'qa-entries', Number(entry), {
    question: '为什么要整体审核（修订）？',
  })
  const submitted = await packageAct(record.id, 'submit', people.editor, {
    assignee: people.reviewer.id,
    comment: '整包提交',
  })
  expect(submitted.status).toBe(200)
  expect(submitted.body.items).toHaveLength(4)
  expect(await statesOf(record)).toEqual(['in_review', 'in_review', 'in_review', 'in_review'])
  expect(await eventsOf(record, 'submitted')).toEqual(expectedEvents(record, people.editor))
  for (const [collection, id] of membersOf(record))
    expect((await latest(collection, id)).assignee).toBe(people.reviewer.id)

  // Nothing left to submit: a second submit says so.
  expect((await packageAct(record.id, 'submit', people.editor)).body.code).toBe('nothing-to-do')
})

test('approve: one item failing its gate or four-eyes refuses the package with each reason; nothing changes until every item passes', async () => {
  const record = await importDocument(document('戊'))
  await readyForGate(record)
  expect((await packageAct(record.id, 'submit', people.editor)).status).toBe(200)

  // The term loses its topic: its gate fails.
  const [[, termId]] = membersOf(record).filter(([collection]) => collection === 'glossary-terms')
  await editDraft(people.otherReviewer, 'glossary-terms', termId, { topics: [] })
  // That edit made otherReviewer an editor of the term: four-eyes stops them there.
  const byEditor = await packageAct(record.id, 'approve', people.otherReviewer)
  expect(byEditor.status).toBe(403)
  expect(byEditor.body.items.map((item: { code: string }) => item.code)).toEqual(['four-eyes'])

  const gateRefused = await packageAct(record.id, 'approve', people.reviewer)
  expect(gateRefused.status).toBe(400)
  expect(gateRefused.body.items).toEqual([
    expect.objectContaining({
      collection: 'glossary-terms',
      id: String(termId),
      code: 'gate-failed',
      failures: [expect.objectContaining({ check: 'required', field: 'topics' })],
    }),
  ])
  expect(gateRefused.body.items[0].message).toMatch(/^Glossary term “导入包术语戊”: /)
  expect(await statesOf(record)).toEqual(['in_review', 'in_review', 'in_review', 'in_review'])
  expect(await eventsOf(record, 'approved')).toEqual([])

  await editDraft(people.editor, 'glossary-terms', termId, { topics: [Number(await aTopic())] })
  const approved = await packageAct(record.id, 'approve', people.reviewer)
  expect(approved.status).toBe(200)
  expect(await statesOf(record)).toEqual(['approved', 'approved', 'approved', 'approved'])
  expect(await eventsOf(record, 'approved')).toEqual(expectedEvents(record, people.reviewer))
})

test('publish: a write failing half-way puts every item back; then the package and its Q&A set go live, one audit row per item', async () => {
  const record = await importDocument(document('己'))
  await readyForGate(record)
  expect((await packageAct(record.id, 'submit', people.editor)).status).toBe(200)
  expect((await packageAct(record.id, 'approve', people.reviewer)).status).toBe(200)

  // The second entry cannot be written when it is published: the article and the first entry were already.
  const failingEntry = record.qaEntries[1]
  const halfWay = await publishWithEntryFailing(record, failingEntry)
  expect(halfWay.status).toBe(500)
  expect(halfWay.body.code).toBe('package-refused')
  expect(halfWay.body.items).toEqual([
    expect.objectContaining({ collection: 'qa-entries', id: String(failingEntry) }),
  ])
  expect(halfWay.body.items[0].message).toContain('injected failure')
  expect(await statesOf(record)).toEqual(['approved', 'approved', 'approved', 'approved'])
  expect(await eventsOf(record, 'published')).toEqual([])
  expect(
    (await cms().http('GET', `/api/articles/${record.article}`)).status,
  ).toBeGreaterThanOrEqual(401)
  expect(
    (await cms().http('GET', `/api/qa-entries/${record.qaEntries[0]}`)).status,
  ).toBeGreaterThanOrEqual(401)

  const published = await packageAct(record.id, 'publish', people.reviewer)
  expect(published.status).toBe(200)
  expect(published.body.qaSetPublished).toBe(true)
  expect(await statesOf(record)).toEqual(['published', 'published', 'published', 'published'])
  expect(await eventsOf(record, 'published')).toEqual(expectedEvents(record, people.reviewer))
  for (const [collection, id] of membersOf(record))
    expect((await cms().http('GET', `/api/${collection}/${id}`)).status).toBe(200)
  expect((await cms().http('GET', `/api/qa-sets/${record.qaSet}`)).status).toBe(200)
})

test('Local API: two reviewers approving the same package at the same moment: one approves every item, the other is refused and writes nothing', async () => {
  const record = await importDocument(document('庚'))
  await readyForGate(record)
  expect((await packageAct(record.id, 'submit', people.editor)).status).toBe(200)
  const { runPackageTransition } = await packageModule()
  const asActor = (user: TestUser) => ({ id: user.id, roles: user.roles, collection: 'users' })

  const outcomes = await Promise.allSettled([
    runPackageTransition(cms().payload, {
      importId: record.id,
      action: 'approve',
      user: asActor(people.reviewer),
    }),
    runPackageTransition(cms().payload, {
      importId: record.id,
      action: 'approve',
      user: asActor(people.otherReviewer),
    }),
  ])
  const won = outcomes.filter((outcome) => outcome.status === 'fulfilled')
  const lost = outcomes.filter((outcome) => outcome.status === 'rejected')
  expect(won).toHaveLength(1)
  expect(lost).toHaveLength(1)
  const reason = lost[0]?.status === 'rejected' ? lost[0].reason : undefined
  // Refused at its claim (package-refused, a conflict) or, had the winner finished first, at its check.
  expect(reason).toMatchObject({ status: 409 })

  const winner = outcomes[0]?.status === 'fulfilled' ? people.reviewer : people.otherReviewer
  expect(await statesOf(record)).toEqual(['approved', 'approved', 'approved', 'approved'])
  expect(await eventsOf(record, 'approved')).toEqual(expectedEvents(record, winner))
})

test('publish over live content: a failure half-way brings the live version back and keeps the approved edit as the latest draft', async () => {
  const record = await importDocument(document('辛'))
  await readyForGate(record)
  for (const [action, user] of [
    ['submit', people.editor],
    ['approve', people.reviewer],
    ['publish', people.reviewer],
  ] as const)
    expect((await packageAct(record.id, action, user)).status).toBe(200)
  const liveTitle = (await latest('articles', record.article)).title
  const [firstEntry] = record.qaEntries

  // The editor revises the live article (both scripts) and one live entry: drafts again, still live.
  await editDraft(people.editor, 'articles', record.article, { title: '导入包测试辛（修订稿）' })
  await editDraft(
    people.editor,
    'articles',
    record.article,
    { title: '導入包測試辛（修訂稿）' },
    'zh-Hant',
  )
  await editDraft(people.editor, 'qa-entries', Number(firstEntry), {
    question: '什么是导入包测试辛（修订）？',
  })
  const resubmitted = await packageAct(record.id, 'submit', people.editor)
  expect(resubmitted.status).toBe(200)
  expect(resubmitted.body.items).toHaveLength(2)
  expect(resubmitted.body.skipped).toHaveLength(2)
  expect((await packageAct(record.id, 'approve', people.reviewer)).status).toBe(200)

  const halfWay = await publishWithEntryFailing(record, firstEntry)
  expect(halfWay.status).toBe(500)
  const publicArticle = await cms().http('GET', `/api/articles/${record.article}`)
  expect(publicArticle.body.title).toBe(liveTitle)
  const draft = await latest('articles', record.article)
  expect(draft).toMatchObject({ title: '导入包测试辛（修订稿）', workflowState: 'approved' })
  // The approved draft came back in every locale.
  const hant = await cms().payload.findByID({
    collection: 'articles',
    id: record.article,
    draft: true,
    locale: 'zh-Hant',
    fallbackLocale: false,
    depth: 0,
    overrideAccess: true,
  })
  expect(hant.title).toBe('導入包測試辛（修訂稿）')
  expect(await eventsOf(record, 'published')).toEqual(expectedEvents(record, people.reviewer))

  expect((await packageAct(record.id, 'publish', people.reviewer)).status).toBe(200)
  expect((await cms().http('GET', `/api/articles/${record.article}`)).body.title).toBe(
    '导入包测试辛（修订稿）',
  )
  expect((await cms().http('GET', `/api/qa-entries/${firstEntry}`)).body.question).toBe(
    '什么是导入包测试辛（修订）？',
  )
})

test('Local API: publishing a package with one item still in review is refused, naming that item; nothing goes live', async () => {
  const record = await importDocument(document('壬'))
  await readyForGate(record)
  expect((await packageAct(record.id, 'submit', people.editor)).status).toBe(200)
  // Everything but the term is approved on its own.
  for (const [collection, id] of membersOf(record).filter(([c]) => c !== 'glossary-terms'))
    expect(
      (
        await cms().http('POST', `/api/${collection}/${id}/workflow/approve`, {
          token: people.reviewer.token,
          json: {},
        })
      ).status,
    ).toBe(200)
  const { runPackageTransition } = await packageModule()
  const reviewer = { id: people.reviewer.id, roles: people.reviewer.roles, collection: 'users' }

  const refusal = await runPackageTransition(cms().payload, {
    importId: record.id,
    action: 'publish',
    user: reviewer,
  }).catch((error: unknown) => error)
  expect(refusal).toMatchObject({ status: 409, code: 'package-refused' })
  const [termId] = record.glossaryTerms
  expect(refusal).toHaveProperty('items', [
    expect.objectContaining({
      collection: 'glossary-terms',
      id: String(termId),
      code: 'wrong-state',
    }),
  ])
  expect(await statesOf(record)).toEqual(['approved', 'approved', 'approved', 'in_review'])
  expect(await eventsOf(record, 'published')).toEqual([])

  // The approve of the package skips the three approved items and approves the term alone.
  const approved = await runPackageTransition(cms().payload, {
    importId: record.id,
    action: 'approve',
    user: { id: people.otherReviewer.id, roles: people.otherReviewer.roles, collection: 'users' },
  })
  expect(approved.items.map((item) => item.collection)).toEqual(['glossary-terms'])
  expect(approved.skipped).toHaveLength(3)
  const published = await runPackageTransition(cms().payload, {
    importId: record.id,
    action: 'publish',
    user: reviewer,
  })
  expect(published.items).toHaveLength(4)
  expect(published.qaSetPublished).toBe(true)
  expect(await eventsOf(record, 'published')).toEqual(expectedEvents(record, people.reviewer))
})
