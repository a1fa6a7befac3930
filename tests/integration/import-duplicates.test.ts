/**
 * Duplicate detection on import (src/similarity): a re-scrape or another outlet's copy of an
 * article already in the CMS is named on the Import record as similar content, and the editor can
 * attach its Source to the existing article as "reprinted by" instead of keeping a second article.
 *
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { jest } from '@jest/globals'
import type { CollectionBeforeDeleteHook } from 'payload'
import { cms } from '../support/cms.js'
import { readSeed, SEED_FILES } from '../support/seeds.js'
import type { TestUser } from '../support/test-server.js'

jest.setTimeout(120_000)

let editor: TestUser
let sourceAdmin: TestUser
let noRole: TestUser
let toSimplified: (text: string) => string
let toTraditional: (text: string) => string

beforeAll(async () => {
  editor = await cms().createUser(['editor'])
  sourceAdmin = await cms().createUser(['source-admin'])
  noRole = await cms().createUser([])
  ;({ toSimplified, toTraditional } = (await cms().load(
    'src/text/normalize.ts',
  )) as typeof import('../../src/text/normalize.js'))
})

let distinct = 0
/**
 * The same text in bytes of its own: another test file of this jest worker may import the seed as
 * it is, and the importer returns an earlier import of the same bytes. Trailing blank lines are
 * not text: the article is the same.
 */
const asNewFile = (text: string) => `${text}\n${'\n'.repeat(++distinct)}`

interface ImportResponse {
  outcome: string
  message: string
  doc: {
    id: number | string
    status: string
    article: number | string | null
    source: number | string | null
    qaSet: number | string | null
    qaEntries: (number | string)[]
    similar: { article: number | string; title: string; similarity: number }[]
    reprint?: { attachedTo?: number | string | null; attachedBy?: number | string | null }
  }
}

async function importText(text: string, language = 'en'): Promise<ImportResponse['doc']> {
  const res = await cms().http<ImportResponse>('POST', '/api/imports', {
    token: editor.token,
    json: { text },
    headers: { 'accept-language': language },
  })
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${res.text}`)
  return res.body.doc
}

const similarIds = (doc: ImportResponse['doc']) => doc.similar.map((row) => String(row.article))
const attach = (importId: number | string, article: unknown, user?: TestUser, language = 'en') =>
  cms().http('POST', `/api/imports/${importId}/attach-as-reprint`, {
    token: user?.token,
    json: { article },
    headers: { 'accept-language': language },
  })
const latestArticle = (id: number | string) =>
  cms().payload.findByID({
    collection: 'articles',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })

/** Seed 004 as another site would serve it: Simplified, other punctuation, its own chrome. */
function rescrapeOf004(): string {
  const body = readSeed(SEED_FILES.commentary)
  const [article] = body.split('- 責任編輯')
  return [
    '首页 > 国际 > 正文',
    toSimplified(article ?? '')
      .replace(/,/g, '，')
      .replace(/(\D):/g, '$1：')
      .replace(/\n/g, '\n\n'),
    '责任编辑：李明',
    '分享到：微信 微博 QQ空间',
  ].join('\n')
}

/** Seed 001 reprinted by a Traditional-script site: converted, without the ideographic indents, with that site's chrome. */
function traditionalCopyOf001(): string {
  const press = readSeed(SEED_FILES.press)
  return [
    '首頁 > 要聞 > 正文',
    toTraditional(press)
      .replace(/\u3000/g, '')
      .replace(/，/g, ','),
    '【打印】【關閉窗口】',
  ].join('\n')
}

describe('an import that repeats an article already in the CMS', () => {
  let commentary: ImportResponse['doc']
  let press: ImportResponse['doc']

  beforeAll(async () => {
    commentary = await importText(asNewFile(readSeed(SEED_FILES.commentary)))
    press = await importText(asNewFile(readSeed(SEED_FILES.press)))
  })

  test('a re-scrape with other chrome, punctuation, line breaks and script is named as similar, its drafts still made', async () => {
    const res = await cms().http<ImportResponse>('POST', '/api/imports', {
      token: editor.token,
      json: { text: rescrapeOf004() },
      headers: { 'accept-language': 'zh' },
    })
    expect(res.status).toBe(201)
    expect(res.body.message).toContain('已存在相似内容')
    const doc = res.body.doc
    expect(doc.article).not.toBeNull()
    const row = doc.similar.find((entry) => String(entry.article) === String(commentary.article))
    expect(row).toMatchObject({ title: '国安部:打击恐怖主义是国际社会的共同责任和当务之急' })
    expect(row?.similarity).toBeGreaterThanOrEqual(80)
    expect(similarIds(doc)).not.toContain(String(doc.article))
  })

  test('a Traditional-script reprint of a Simplified release is named as similar', async () => {
    const doc = await importText(traditionalCopyOf001())
    const row = doc.similar.find((entry) => String(entry.article) === String(press.article))
    expect(row?.similarity).toBeGreaterThanOrEqual(80)
  })

  test('a different article on the same topic (anti-terrorism) is not', async () => {
    const interview = await importText(asNewFile(readSeed(SEED_FILES.interview)))
    expect(interview.status).toBe('done')
    expect(similarIds(interview)).not.toContain(String(commentary.article))
    expect(similarIds(interview)).not.toContain(String(press.article))
    // And the commentary was not named similar to the press release, imported right after it.
    expect(similarIds(press)).not.toContain(String(commentary.article))
  })

  test('the English message says so too', async () => {
    const res = await cms().http<ImportResponse>('POST', '/api/imports', {
      token: editor.token,
      json: { text: asNewFile(rescrapeOf004()) },
      headers: { 'accept-language': 'en' },
    })
    expect(res.status).toBe(201)
    expect(res.body.message).toContain('Similar content already exists')
  })
})

describe('attaching the new source to the existing article as "reprinted by"', () => {
  let original: ImportResponse['doc']
  let copy: ImportResponse['doc']
  let slug: string

  beforeAll(async () => {
    original = await importText(asNewFile(readSeed(SEED_FILES.commentary)))
    copy = await importText(asNewFile(rescrapeOf004()))
    expect(similarIds(copy)).toContain(String(original.article))
    // The existing article is live, with a verified source: what readers see must not change.
    const payload = cms().payload
    await payload.update({
      collection: 'sources',
      id: original.source ?? 0,
      data: { verification: { status: 'verified' } },
      overrideAccess: true,
    })
    const live = await payload.update({
      collection: 'articles',
      id: original.article ?? 0,
      data: { _status: 'published' },
      overrideAccess: true,
    })
    slug = String(live.slug)
  })

  test('nobody without the editor or reviewer role can use it', async () => {
    expect((await attach(copy.id, original.article)).status).toBe(401)
    const refused = await attach(copy.id, original.article, sourceAdmin, 'zh')
    expect(refused.status).toBe(403)
    expect(refused.body.message).toContain('编辑或审核')
    expect((await attach(copy.id, original.article, noRole)).status).toBe(403)
    expect((await latestArticle(copy.article ?? 0))?.id).toBe(copy.article)
  })

  test('only an article the import lists can be chosen', async () => {
    const other = await importText(asNewFile(readSeed(SEED_FILES.interview)))
    const res = await attach(copy.id, other.article, editor)
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('not-similar')
  })

  test('a failing step leaves everything as it was', async () => {
    const hooks = cms().payload.collections.articles.config.hooks
      .beforeDelete as CollectionBeforeDeleteHook[]
    const refuse: CollectionBeforeDeleteHook = ({ id }) => {
      if (String(id) === String(copy.article)) throw new Error('injected failure: delete refused')
    }
    hooks.push(refuse)
    try {
      const res = await attach(copy.id, original.article, editor)
      expect(res.status).toBe(500)
    } finally {
      hooks.splice(hooks.indexOf(refuse), 1)
    }
    const existing = await latestArticle(original.article ?? 0)
    expect(existing?.sources?.map((row) => String(row.source))).toEqual([String(original.source)])
    expect((await latestArticle(copy.article ?? 0))?.id).toBe(copy.article)
    const record = await cms().payload.findByID({
      collection: 'imports',
      id: copy.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(record.article).toBe(copy.article)
    expect(record.reprint?.attachedTo ?? null).toBeNull()
  })

  test('the existing article gains the source as "reprinted by"; no second article is kept', async () => {
    const payload = cms().payload
    const before = await cms().http(`GET`, `/v1/articles/${slug}`)
    expect(before.status).toBe(200)
    const articlesBefore = (await payload.count({ collection: 'articles', overrideAccess: true }))
      .totalDocs
    // Seed 004 is itself a reprint of a WeChat account's commentary.
    const rowsBefore = (await latestArticle(original.article ?? 0))?.sources?.map((row) => [
      String(row.source),
      row.role,
    ])
    expect(rowsBefore).toEqual([[String(original.source), 'reprinted-from']])

    const res = await attach(copy.id, original.article, editor, 'zh')
    expect(res.status).toBe(200)
    expect(res.body.message).toContain('被转载于')

    const existing = await latestArticle(original.article ?? 0)
    expect(existing?.sources?.map((row) => [String(row.source), row.role])).toEqual([
      ...(rowsBefore ?? []),
      [String(copy.source), 'reprinted-by'],
    ])
    expect(await latestArticle(copy.article ?? 0)).toBeNull()
    for (const entry of copy.qaEntries)
      expect(
        await payload.findByID({
          collection: 'qa-entries',
          id: entry,
          overrideAccess: true,
          disableErrors: true,
        }),
      ).toBeNull()
    expect((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs).toBe(
      articlesBefore - 1,
    )
    const record = await payload.findByID({
      collection: 'imports',
      id: copy.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(record).toMatchObject({
      article: null,
      source: copy.source,
      reprint: { attachedTo: original.article, attachedBy: editor.id },
    })
    // The edit of live content starts a review round and is in the audit trail.
    const audit = await payload.find({
      collection: 'workflow-events',
      where: {
        and: [
          { itemCollection: { equals: 'articles' } },
          { itemId: { equals: String(original.article) } },
          { action: { equals: 'edit' } },
        ],
      },
      overrideAccess: true,
    })
    expect(audit.docs.map((event) => event.comment)).toContainEqual(
      expect.stringContaining('sources'),
    )

    // Asked again: nothing changes.
    const again = await attach(copy.id, original.article, editor)
    expect(again.status).toBe(200)
    expect(again.body.already).toBe(true)
    expect((await latestArticle(original.article ?? 0))?.sources).toHaveLength(2)
  })

  test('public delivery shows nothing new: the live version, no fingerprints, no imports', async () => {
    // Even once a source administrator verifies the reprint's source, it is only in the draft.
    await cms().payload.update({
      collection: 'sources',
      id: copy.source ?? 0,
      data: { verification: { status: 'verified' } },
      overrideAccess: true,
    })
    const copySource = await cms().payload.findByID({
      collection: 'sources',
      id: copy.source ?? 0,
      depth: 0,
      overrideAccess: true,
    })
    const live = await cms().http(`GET`, `/v1/articles/${slug}`)
    expect(live.status).toBe(200)
    expect(live.text).toContain('国安部')
    expect(live.text).not.toContain(copySource.title)
    const published = await cms().payload.findByID({
      collection: 'articles',
      id: original.article ?? 0,
      depth: 0,
      overrideAccess: false,
    })
    expect(published.sources?.map((row) => String(row.source))).toEqual([String(original.source)])
    for (const path of ['/api/content-fingerprints', '/api/imports', `/api/imports/${copy.id}`]) {
      const res = await cms().http('GET', path)
      expect([401, 403, 404]).toContain(res.status)
      expect(res.text).not.toContain('signature')
    }
    const graphql = await cms().graphql('{ __type(name: "ContentFingerprint") { name } }')
    expect(graphql.body.data?.__type ?? null).toBeNull()
  })
})

describe('fingerprints', () => {
  test('are rebuilt from the database for articles that have none, by two instances at once', async () => {
    const payload = cms().payload
    const doc = await importText(asNewFile(readSeed(SEED_FILES.press)))
    const stored = () =>
      payload.find({
        collection: 'content-fingerprints',
        where: { article: { equals: doc.article } },
        overrideAccess: true,
      })
    const before = (await stored()).docs
    expect(before).toHaveLength(1)
    await payload.delete({
      collection: 'content-fingerprints',
      where: { article: { equals: doc.article } },
      overrideAccess: true,
    })
    expect((await stored()).docs).toHaveLength(0)
    const { backfillFingerprints } = (await cms().load(
      'src/similarity/backfill.ts',
    )) as typeof import('../../src/similarity/backfill.js')
    const [first, second] = await Promise.all([
      backfillFingerprints(payload),
      backfillFingerprints(payload),
    ])
    expect((first?.written ?? 0) + (second?.written ?? 0)).toBeGreaterThanOrEqual(1)
    const after = (await stored()).docs
    expect(after).toHaveLength(1)
    expect(after[0]?.signature).toBe(before[0]?.signature)
    // And detection finds it again.
    const copy = await importText(asNewFile(traditionalCopyOf001()))
    expect(similarIds(copy)).toContain(String(doc.article))
  })

  test('when more than 200 share a band key, the ones sharing the most keys are compared, not the newest', async () => {
    const payload = cms().payload
    const doc = await importText(asNewFile(readSeed(SEED_FILES.interview)))
    const { findSimilarArticles } = (await cms().load(
      'src/similarity/fingerprints.ts',
    )) as typeof import('../../src/similarity/fingerprints.js')
    const { fingerprintOf } = (await cms().load(
      'src/text/minhash.ts',
    )) as typeof import('../../src/text/minhash.js')
    const stored = await payload.find({
      collection: 'content-fingerprints',
      where: { article: { equals: doc.article } },
      overrideAccess: true,
    })
    const own = stored.docs[0]
    if (!own?.bands?.[0]) throw new Error('the import has no fingerprint')
    // 201 newer texts that share one band key with it (boilerplate, say), each of its own.
    const decoy = fingerprintOf('另一篇文章的正文，与上文无关，只是碰巧共用一个分段键。'.repeat(5))
    if (!decoy) throw new Error('no decoy fingerprint')
    const decoys: (number | string)[] = []
    for (let i = 0; i < 201; i++) {
      const created = await payload.create({
        collection: 'content-fingerprints',
        data: {
          algorithm: own.algorithm,
          signature: decoy.signature,
          bands: [{ key: own.bands[0].key }],
        },
        overrideAccess: true,
      })
      decoys.push(created.id)
    }
    try {
      const copy = fingerprintOf(`首页 > 正文\n${readSeed(SEED_FILES.interview)}`)
      if (!copy) throw new Error('no fingerprint')
      const similar = await findSimilarArticles(payload, copy)
      expect(similar.map((entry) => String(entry.article))).toContain(String(doc.article))
    } finally {
      await payload.delete({
        collection: 'content-fingerprints',
        where: { id: { in: decoys } },
        overrideAccess: true,
      })
    }
  })

  test('follow an article: an edit of its body changes it, deleting the article removes it', async () => {
    const payload = cms().payload
    const doc = await importText(asNewFile(readSeed(SEED_FILES.commentary)))
    const stored = async () =>
      (
        await payload.find({
          collection: 'content-fingerprints',
          where: { article: { equals: doc.article } },
          overrideAccess: true,
        })
      ).docs
    const first = (await stored())[0]?.signature
    expect(first).toBeTruthy()
    const { plainDocument } = await import('../support/lexical.js')
    const body = plainDocument(
      '完全不同的一段正文，讲的是保守国家秘密的基本要求和每个公民应尽的义务。'.repeat(3),
    )
    const saved = await cms().http('PATCH', `/api/articles/${doc.article}?draft=true`, {
      token: editor.token,
      json: { body },
    })
    expect(saved.status).toBe(200)
    const edited = (await stored())[0]?.signature
    expect(edited).toBeTruthy()
    expect(edited).not.toBe(first)
    await payload.delete({ collection: 'articles', id: doc.article ?? 0, overrideAccess: true })
    expect(await stored()).toHaveLength(0)
  })
})
