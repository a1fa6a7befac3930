/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { hostname } from 'node:os'
import iconv from 'iconv-lite'
import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import { cms } from '../support/cms.js'
import { readSeed as seed } from '../support/seeds.js'
import type { TestUser } from '../support/test-server.js'

let editor: TestUser
let reviewer: TestUser

beforeAll(async () => {
  editor = await cms().createUser(['editor'])
  reviewer = await cms().createUser(['reviewer'])
})

/** A small document with Q&A, a glossary term and a law, all named after `tag` so tests do not collide. */
function sampleDocument(tag: string): string {
  return [
    `导入测试标题${tag}`,
    '来源：测试通讯社',
    `本文依据《导入测试${tag}法》编写，说明测试的基本要求。`,
    '一、常见问题',
    `问：什么是导入测试${tag}？`,
    '答：导入测试是检查导入结果是否完整、准确的过程。',
    '问：为什么要做导入测试？',
    '答：为了确认导入要么全部完成，要么什么都不留下。',
    '二、名词术语解释',
    `1.测试术语${tag}：是指仅用于导入测试的术语。`,
  ].join('\n\n')
}

/** A document as the importer left it: its latest (draft) version, unpopulated. */
const draftOf = <C extends CollectionSlug>(
  collection: C,
  id: number | string,
  locale?: 'zh-Hans' | 'zh-Hant',
) => cms().payload.findByID({ collection, id, draft: true, depth: 0, locale, overrideAccess: true })

const COUNTED: CollectionSlug[] = [
  'imports',
  'sources',
  'articles',
  'qa-sets',
  'qa-entries',
  'glossary-terms',
  'laws',
]

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const collection of COUNTED)
    result[collection] = (await cms().payload.count({ collection, overrideAccess: true })).totalDocs
  return result
}

/**
 * Runs `run` while the article whose title contains `marker` cannot be written. The article is
 * the last content write of an import, after the source, law, term, Q&A set and entries.
 */
async function whileArticleWritesFail<T>(marker: string, run: () => Promise<T>): Promise<T> {
  const hooks = cms().payload.collections.articles.config.hooks
    .beforeChange as CollectionBeforeChangeHook[]
  const refuse: CollectionBeforeChangeHook = ({ data }) => {
    if (typeof data.title === 'string' && data.title.includes(marker))
      throw new Error('injected failure: the article write was refused')
    return data
  }
  hooks.push(refuse)
  try {
    return await run()
  } finally {
    hooks.splice(hooks.indexOf(refuse), 1)
  }
}

/** Posts a raw body; messages come in English unless another language is asked for. */
function postText(text: string | Buffer, token?: string, query = '', language = 'en') {
  return cms().http('POST', `/api/imports${query}`, {
    token,
    body: text as BodyInit,
    headers: { 'content-type': 'text/plain', 'accept-language': language },
  })
}

test('an editor imports a raw text body and gets the Import record linking every draft', async () => {
  const res = await postText(sampleDocument('甲'), editor.token, '?fileName=sample-a.txt')
  expect(res.status).toBe(201)
  expect(res.body.outcome).toBe('created')
  const record = res.body.doc
  expect(record).toMatchObject({
    status: 'done',
    stage: 'done',
    fileName: 'sample-a.txt',
    origin: 'rest',
    title: '导入测试标题甲',
    importedBy: editor.id,
  })
  expect(record.counts).toMatchObject({ qa: 2, terms: 1, laws: 1 })
  expect(record.qaEntries).toHaveLength(2)
  expect(record.glossaryTerms).toHaveLength(1)

  const article = await draftOf('articles', record.article)
  expect(article).toMatchObject({
    _status: 'draft',
    title: '导入测试标题甲',
    createdBy: editor.id,
    originalScript: 'zh-Hans',
  })
  expect(article.sources).toEqual([
    expect.objectContaining({ source: record.source, role: 'original' }),
  ])
  expect(article.laws).toEqual(record.laws)
  const law = await draftOf('laws', record.laws[0])
  expect(law).toMatchObject({ name: '导入测试甲法', shortName: '导入测试甲法', _status: 'draft' })

  const entries = await cms().payload.find({
    collection: 'qa-entries',
    where: { set: { equals: record.qaSet } },
    sort: 'position',
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  expect(entries.docs.map((entry) => [entry.position, entry.question])).toEqual([
    [0, '什么是导入测试甲？'],
    [1, '为什么要做导入测试？'],
  ])
  const term = await draftOf('glossary-terms', record.glossaryTerms[0])
  expect(term).toMatchObject({
    term: '测试术语甲',
    definition: '是指仅用于导入测试的术语。',
    _status: 'draft',
  })
})

test('imported drafts carry source, rights, flags and the Traditional original, and anonymous readers see none of it', async () => {
  const raw = seed('002_06bc90e43e81a12a.txt')
  const res = await postText(raw, editor.token)
  expect(res.status).toBe(201)
  const record = res.body.doc
  expect(record).toMatchObject({ script: 'zh-Hant', kind: 'document', incomplete: true })

  const source = await cms().payload.findByID({
    collection: 'sources',
    id: record.source,
    depth: 0,
    overrideAccess: true,
  })
  expect(source.rawSnapshot).toBe(raw)
  expect(source.rawSha256).toBe(createHash('sha256').update(raw, 'utf8').digest('hex'))
  expect(source).toMatchObject({
    outlet: '人人文庫網',
    outletType: 'document-sharing-site',
    rights: { status: 'unknown' },
    verification: { status: 'unverified' },
  })

  const hant = await draftOf('articles', record.article, 'zh-Hant')
  const hans = await draftOf('articles', record.article, 'zh-Hans')
  expect(hant.title).toBe('反恐怖工作職責')
  expect(hans.title).toBe('反恐怖工作职责')
  expect(hans.originalScript).toBe('zh-Hant')
  expect(JSON.stringify(hant.body)).toContain('職責')
  expect(JSON.stringify(hans.body)).toContain('职责')
  // Both locales are written in one create: one version, holding both.
  const versions = await cms().payload.findVersions({
    collection: 'articles',
    where: { parent: { equals: record.article } },
    locale: 'all',
    depth: 0,
    overrideAccess: true,
  })
  expect(versions.totalDocs).toBe(1)
  expect(versions.docs[0]?.version.title).toEqual({
    'zh-Hans': '反恐怖工作职责',
    'zh-Hant': '反恐怖工作職責',
  })
  const flagTypes = (hans.qualityFlags ?? []).map((flag) => flag.type)
  expect(flagTypes).toEqual(
    expect.arrayContaining(['truncated-document', 'corrupted-text', 'repaired-text']),
  )
  expect((hans.qualityFlags ?? []).every((flag) => flag.resolved === false)).toBe(true)

  for (const [collection, id] of [
    ['articles', record.article],
    ['sources', record.source],
    ['imports', record.id],
  ] as const) {
    expect((await cms().http('GET', `/api/${collection}/${id}`)).status).toBeGreaterThanOrEqual(401)
  }
  const list = await cms().http(
    'GET',
    `/api/articles?where[id][equals]=${record.article}&draft=true`,
  )
  expect(list.body.docs ?? []).toHaveLength(0)
  // A reviewer cannot publish it either: the workflow is the only way, and its gate refuses.
  const publish = await cms().http('PATCH', `/api/articles/${record.article}`, {
    token: reviewer.token,
    json: { _status: 'published' },
  })
  expect(publish.status).toBe(403)
})

test('the same bytes twice create nothing new and report the existing Import', async () => {
  const text = sampleDocument('乙')
  const first = await postText(text, editor.token)
  expect(first.status).toBe(201)
  const before = await counts()
  const second = await postText(text, reviewer.token)
  expect(second.status).toBe(200)
  expect(second.body).toMatchObject({
    outcome: 'existing',
    doc: { id: first.body.doc.id, status: 'done' },
  })
  expect(second.body.message).toMatch(/imported before/)
  expect(await counts()).toEqual(before)
})

test('anonymous callers get 401, accounts without a role 403, and nothing is written', async () => {
  const before = await counts()
  const anonymous = await postText(sampleDocument('丙'))
  expect(anonymous.status).toBe(401)
  expect(anonymous.body.errors[0].message).toMatch(/Log in/)
  const nobody = await cms().createUser([])
  const roleless = await postText(sampleDocument('丙'), nobody.token)
  expect(roleless.status).toBe(403)
  expect(roleless.body.errors[0].message).toMatch(/editor, reviewer or admin/)
  expect((await cms().http('GET', '/api/imports')).status).toBe(403)
  expect(await counts()).toEqual(before)
})

test('bad input gets a 4xx that names the problem, and nothing is written', async () => {
  const before = await counts()
  const empty = await postText('  \n\n ', editor.token)
  expect(empty.status).toBe(400)
  expect(empty.body.errors[0]).toMatchObject({ code: 'empty', field: 'body' })
  expect(empty.body.errors[0].message).toMatch(/empty/)
  expect((await postText('', editor.token, '', 'zh')).body.errors[0].message).toMatch(/文件为空/)

  const binary = await postText(
    Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0x01, 0x02]),
    editor.token,
  )
  expect(binary.status).toBe(415)
  expect(binary.body.errors[0]).toMatchObject({ code: 'binary' })
  expect(binary.body.errors[0].message).toMatch(/binary/)

  const undecodable = await postText(
    Buffer.from([0xff, 0xfe, 0xff, 0xfe, 0xff, 0x80, 0xff, 0x81]),
    editor.token,
  )
  expect(undecodable.status).toBe(415)
  expect(undecodable.body.errors[0].code).toBe('undecodable')

  const large = await postText(Buffer.alloc(6 * 1024 * 1024, 'a'), editor.token)
  expect(large.status).toBe(413)
  expect(large.body.errors[0].code).toBe('too-large')
  expect(large.body.errors[0].message).toMatch(/over the .* import limit/)

  const emptyUpload = new FormData()
  emptyUpload.append('file', new Blob([new Uint8Array(0)], { type: 'text/plain' }), 'empty.txt')
  const upload = await cms().http('POST', '/api/imports', {
    token: editor.token,
    body: emptyUpload,
    headers: { 'accept-language': 'en' },
  })
  expect(upload.status).toBe(400)
  expect(upload.body.errors[0]).toMatchObject({ code: 'empty', field: 'file' })

  expect(await counts()).toEqual(before)
})

test('a multipart upload of GBK bytes is decoded, and a dry run writes nothing', async () => {
  const text = sampleDocument('丁')
  const before = await counts()
  const dry = await postText(iconv.encode(text, 'gbk'), editor.token, '?dryRun=true')
  expect(dry.status).toBe(200)
  expect(dry.body.outcome).toBe('dry-run')
  expect(dry.body.result.qa).toHaveLength(2)
  expect(await counts()).toEqual(before)

  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(iconv.encode(text, 'gbk'))], { type: 'text/plain' }),
    'gbk-sample.txt',
  )
  const res = await cms().http('POST', '/api/imports', { token: editor.token, body: form })
  expect(res.status).toBe(201)
  expect(res.body.doc).toMatchObject({
    encoding: 'gb18030',
    fileName: 'gbk-sample.txt',
    title: '导入测试标题丁',
    status: 'done',
  })
})

test('a write failing mid-way leaves no partial content, the Import says where it failed, and a retry succeeds', async () => {
  const text = sampleDocument('戊')
  const before = await counts()
  const failed = await whileArticleWritesFail('导入测试标题戊', () => postText(text, editor.token))
  expect(failed.status).toBe(422)
  expect(failed.body.outcome).toBe('failed')
  expect(failed.body.doc).toMatchObject({ status: 'failed', stage: 'write:articles' })
  expect(failed.body.doc.error).toMatch(/injected failure/)
  expect(failed.body.doc.source ?? null).toBeNull()

  const after = await counts()
  expect(after).toEqual({ ...before, imports: before.imports + 1 })
  for (const [collection, where] of [
    ['sources', { title: { equals: '导入测试标题戊' } }],
    ['laws', { shortName: { equals: '导入测试戊法' } }],
    ['glossary-terms', { term: { equals: '测试术语戊' } }],
    ['qa-entries', { question: { equals: '什么是导入测试戊？' } }],
  ] as const) {
    expect((await cms().payload.count({ collection, where, overrideAccess: true })).totalDocs).toBe(
      0,
    )
  }

  const retry = await postText(text, editor.token)
  expect(retry.status).toBe(201)
  expect(retry.body.doc).toMatchObject({ id: failed.body.doc.id, status: 'done', attempts: 2 })
})

test('as the only writer of its process (the CLI), an import runs in a SQLite transaction that a failing write rolls back', async () => {
  const { importDocument } = (await cms().load(
    'src/ingest/run.ts',
  )) as typeof import('../../src/ingest/run.js')
  const user = await cms().payload.findByID({
    collection: 'users',
    id: editor.id,
    overrideAccess: true,
  })
  const text = sampleDocument('辛')
  const before = await counts()
  const failed = await whileArticleWritesFail('导入测试标题辛', () =>
    importDocument(cms().payload, text, { user, origin: 'cli', soleWriter: true }),
  )
  expect(failed.outcome).toBe('failed')
  expect(failed.failure).toMatchObject({
    stage: 'write:articles',
    message: expect.stringMatching(/injected failure/),
  })
  expect(await counts()).toEqual({ ...before, imports: before.imports + 1 })

  const retry = await importDocument(cms().payload, text, { user, origin: 'cli', soleWriter: true })
  expect(retry).toMatchObject({ outcome: 'created', mode: 'transaction' })
  // Committed: the server's own connection sees every draft.
  const after = await counts()
  expect(after).toMatchObject({
    sources: before.sources + 1,
    articles: before.articles + 1,
    'qa-entries': before['qa-entries'] + 2,
    'glossary-terms': before['glossary-terms'] + 1,
  })
  const article = await draftOf('articles', retry.written!.article)
  expect(article.title).toBe('导入测试标题辛')
})

test('a Traditional original is stored beside its Simplified text in one write per draft: entries, terms, set and article', async () => {
  const tag = `繁${Date.now() % 100000}`
  const text = [
    `保密常識問答${tag}`,
    '來源：測試通訊社',
    `問：什麼是國家秘密${tag}？`,
    '答：國家秘密是關係國家安全和利益的事項。',
    '二、名詞術語解釋',
    `1.涉密載體${tag}：是指以文字、數據等方式記載國家秘密信息的介質。`,
  ].join('\n\n')
  const res = await postText(text, editor.token)
  expect(res.status).toBe(201)
  const record = res.body.doc
  expect(record).toMatchObject({ script: 'zh-Hant', counts: { qa: 1, terms: 1 } })
  const read = (collection: CollectionSlug, id: number, locale: 'zh-Hans' | 'zh-Hant') =>
    cms().payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      locale,
      fallbackLocale: false,
      overrideAccess: true,
    }) as unknown as Promise<Record<string, unknown>>

  const entry = record.qaEntries[0]
  expect((await read('qa-entries', entry, 'zh-Hant')).question).toBe(`什麼是國家秘密${tag}？`)
  expect((await read('qa-entries', entry, 'zh-Hans')).question).toBe(`什么是国家秘密${tag}？`)
  expect(JSON.stringify((await read('qa-entries', entry, 'zh-Hant')).answer)).toContain(
    '國家秘密是關係國家安全和利益的事項',
  )
  const term = record.glossaryTerms[0]
  expect((await read('glossary-terms', term, 'zh-Hant')).definition).toBe(
    '是指以文字、數據等方式記載國家秘密信息的介質。',
  )
  expect((await read('glossary-terms', term, 'zh-Hans')).definition).toBe(
    '是指以文字、数据等方式记载国家秘密信息的介质。',
  )
  expect((await read('qa-sets', record.qaSet, 'zh-Hant')).title).toBe(`保密常識問答${tag}`)
  expect((await read('articles', record.article, 'zh-Hant')).title).toBe(`保密常識問答${tag}`)
  expect((await read('articles', record.article, 'zh-Hans')).title).toBe(`保密常识问答${tag}`)
  for (const [collection, id] of [
    ['qa-entries', entry],
    ['glossary-terms', term],
    ['qa-sets', record.qaSet],
    ['articles', record.article],
  ] as const) {
    const versions = await cms().payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(versions.totalDocs).toBe(1)
  }
})

test('only top-level localized fields can be written in another locale at create', async () => {
  const { createWithLocales } =
    await cms().load<typeof import('../../src/db/extra-locales.js')>('src/db/extra-locales.ts')
  const payload = cms().payload
  const req = {} as PayloadRequest
  const before = await counts()
  await expect(
    createWithLocales(
      payload,
      {
        collection: 'laws',
        data: { name: '测试法甲', shortName: '测试法甲' },
        locale: 'zh-Hans',
        overrideAccess: true,
        req,
      },
      { 'zh-Hant': { shortName: '測試法甲', slug: 'x' } },
    ),
  ).rejects.toThrow(/laws: .*slug.* cannot be written in zh-Hant/)
  expect(await counts()).toEqual(before)
})

test('a law cited again is linked, not created twice: a draft made by an earlier import, or a law stored under its full name', async () => {
  const tag = `己${Date.now() % 100000}`
  const first = (
    await postText(
      sampleDocument(`${tag}甲`).replace(`《导入测试${tag}甲法》`, `《导入测试${tag}法》`),
      editor.token,
    )
  ).body.doc
  const second = (
    await postText(
      sampleDocument(`${tag}乙`).replace(`《导入测试${tag}乙法》`, `《导入测试${tag}法》`),
      editor.token,
    )
  ).body.doc
  expect(first.laws).toHaveLength(1)
  expect(second.laws).toEqual(first.laws)
  const law = await cms().payload.findByID({
    collection: 'laws',
    id: first.laws[0],
    depth: 0,
    overrideAccess: true,
  })
  expect(law).toMatchObject({ shortName: `导入测试${tag}法`, _status: 'draft' })

  const national = await cms().payload.create({
    collection: 'laws',
    data: { name: `中华人民共和国导入测试${tag}丙法` },
    draft: true,
    locale: 'zh-Hans',
    overrideAccess: true,
  })
  const third = (await postText(sampleDocument(`${tag}丙`), editor.token)).body.doc
  expect(third.laws).toEqual([national.id])
})

test('a glossary term that exists in the other script is reused, not duplicated', async () => {
  const existing = await cms().payload.create({
    collection: 'glossary-terms',
    data: { term: '測試術語己', definition: '已有的繁体术语。', _status: 'draft' },
    draft: true,
    overrideAccess: true,
  })
  const res = await postText(sampleDocument('己'), editor.token)
  expect(res.status).toBe(201)
  expect(res.body.doc.glossaryTerms).toEqual([existing.id])
  expect(res.body.doc.counts).toMatchObject({ terms: 0, termsReused: 1 })
  expect(
    (
      await cms().payload.count({
        collection: 'glossary-terms',
        where: { termKey: { equals: '测试术语己' } },
        overrideAccess: true,
      })
    ).totalDocs,
  ).toBe(1)
})

test('every written question, answer, term and definition comes from the cleaned text', async () => {
  const raw = seed('000_7ff0f28b814cf2d6.txt')
  const dry = await postText(raw, editor.token, '?dryRun=true')
  const cleaned: string = dry.body.result.text
  const res = await postText(raw, editor.token)
  expect([200, 201]).toContain(res.status)
  const record = res.body.doc
  expect(record.qaEntries.length).toBeGreaterThanOrEqual(27)
  const { richTextToPlain } = await cms().load('src/richtext/build.ts')
  const entries = await cms().payload.find({
    collection: 'qa-entries',
    where: { set: { equals: record.qaSet } },
    draft: true,
    depth: 0,
    limit: 100,
    overrideAccess: true,
  })
  expect(entries.docs).toHaveLength(record.qaEntries.length)
  // Split into non-empty lines, and require some: an empty answer or body must fail here, not
  // pass as `toContain('')`.
  const linesOf = (richText: unknown): string[] => {
    const lines = richTextToPlain(richText)
      .split('\n')
      .map((line: string) => line.trim())
      .filter((line: string) => line !== '')
    expect(lines.length).toBeGreaterThan(0)
    return lines
  }
  for (const entry of entries.docs) {
    expect(entry.question.trim()).not.toBe('')
    expect(cleaned).toContain(entry.question)
    for (const paragraph of linesOf(entry.answer)) expect(cleaned).toContain(paragraph)
  }
  const terms = await cms().payload.find({
    collection: 'glossary-terms',
    where: { id: { in: record.glossaryTerms } },
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  expect(terms.docs).toHaveLength(7)
  for (const term of terms.docs) {
    expect(term.term.trim()).not.toBe('')
    expect(term.definition.trim()).not.toBe('')
    expect(cleaned).toContain(term.term)
    expect(cleaned).toContain(term.definition)
  }
  const article = await draftOf('articles', record.article)
  for (const line of linesOf(article.body)) expect(cleaned).toContain(line)
})

test('the admin form (multipart with the pasted text in `_payload`) goes through the same importer', async () => {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ text: sampleDocument('庚') }))
  const res = await cms().http('POST', '/api/imports', {
    token: editor.token,
    body: form,
    headers: { referer: `${cms().baseUrl}/admin/collections/imports/create` },
  })
  expect(res.status).toBe(201)
  expect(res.body.doc).toMatchObject({ origin: 'admin', status: 'done', title: '导入测试标题庚' })
  expect(res.body.message).toBeTruthy()
  const listed = await cms().http('GET', `/api/imports/${res.body.doc.id}?depth=1`, {
    token: editor.token,
  })
  expect(listed.body.article).toMatchObject({ title: '导入测试标题庚', _status: 'draft' })
  expect(listed.body.source).toMatchObject({ title: '导入测试标题庚' })
})

test('an import cut short by a crash is cleaned up: its drafts and source go, the record says so, the bytes import again', async () => {
  const payload = cms().payload
  const { recoverInterruptedImports } = (await cms().load(
    'src/ingest/recover.ts',
  )) as typeof import('../../src/ingest/recover.js')
  const { importDocument, sha256 } = (await cms().load(
    'src/ingest/run.ts',
  )) as typeof import('../../src/ingest/run.js')
  const user = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
  const text = sampleDocument('壬')
  // What a process that died while writing leaves: the record still running, the source, the first drafts.
  const running = await payload.create({
    collection: 'imports',
    data: {
      sha256: sha256(Buffer.from(text)),
      status: 'running',
      stage: 'write',
      origin: 'rest',
      attempts: 1,
    } as never,
    overrideAccess: true,
  })
  /** A source and a draft Q&A entry that cites it. */
  const sourceWithEntry = async (source: Record<string, unknown>, question: string) => {
    const created = await payload.create({
      collection: 'sources',
      data: source as never,
      overrideAccess: true,
    })
    const entry = await payload.create({
      collection: 'qa-entries',
      data: { question, sources: [{ source: created.id, role: 'original' }] } as never,
      draft: true,
      overrideAccess: true,
    })
    return [created, entry] as const
  }
  const [source, entry] = await sourceWithEntry(
    { title: '导入测试标题壬', rawSnapshot: text },
    '什么是导入测试壬？',
  )
  const [otherSource, unrelated] = await sourceWithEntry({ title: '无关来源壬' }, '无关问题壬？')

  // While it is recent, another request may still be writing it: the same bytes are refused, nothing is written.
  const refused = await importDocument(payload, text, { user, origin: 'rest' })
  expect(refused).toMatchObject({
    outcome: 'failed',
    failure: { message: expect.stringMatching(/being imported right now/) },
  })
  expect(await recoverInterruptedImports(payload)).toBe(0)

  expect(await recoverInterruptedImports(payload, { olderThanMs: 0 })).toBe(1)
  const exists = async (collection: 'sources' | 'qa-entries', id: number | string) =>
    (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true }))
      .totalDocs
  expect(await exists('sources', source.id)).toBe(0)
  expect(await exists('qa-entries', entry.id)).toBe(0)
  expect(await exists('sources', otherSource.id)).toBe(1)
  expect(await exists('qa-entries', unrelated.id)).toBe(1)
  const record = await payload.findByID({
    collection: 'imports',
    id: running.id,
    overrideAccess: true,
  })
  expect(record).toMatchObject({
    status: 'failed',
    stage: 'interrupted',
    error: expect.stringMatching(/2 document\(s\)/),
  })

  const again = await importDocument(payload, text, { user, origin: 'rest' })
  expect(again.outcome).toBe('created')
  expect(again.record).toMatchObject({ id: running.id, status: 'done', attempts: 2 })
})

test('without a transaction the Import record says running while the drafts are written', async () => {
  const seen: string[] = []
  const hooks = cms().payload.collections['qa-entries'].config.hooks
    .beforeChange as CollectionBeforeChangeHook[]
  const watch: CollectionBeforeChangeHook = async ({ data, req }) => {
    if (typeof data.question === 'string' && data.question.includes('导入测试癸')) {
      const found = await req.payload.find({
        collection: 'imports',
        where: { title: { equals: '导入测试标题癸' } },
        depth: 0,
        overrideAccess: true,
        req,
      })
      seen.push(`${found.docs[0]?.status} in ${found.docs[0]?.runningIn}`)
    }
    return data
  }
  hooks.push(watch)
  const { currentProcess } = (await cms().load(
    'src/ingest/recover.ts',
  )) as typeof import('../../src/ingest/recover.js')
  try {
    const res = await postText(sampleDocument('癸'), editor.token)
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ status: 'done', runningIn: null })
  } finally {
    hooks.splice(hooks.indexOf(watch), 1)
  }
  // The record names the process writing it: this one (host, pid, start).
  expect(seen).toEqual([`running in ${currentProcess()}`])
  expect(currentProcess()).toBe(
    `${hostname()} ${process.pid} ${Math.round(performance.timeOrigin)}`,
  )
})

test('a running import whose process on this host is gone is recovered at once; one of a live process or another host waits', async () => {
  const payload = cms().payload
  const { recoverInterruptedImports, currentProcess } = (await cms().load(
    'src/ingest/recover.ts',
  )) as typeof import('../../src/ingest/recover.js')
  const exited = spawnSync(process.execPath, ['-e', '']).pid
  const journal = (runningIn: string) =>
    payload.create({
      collection: 'imports',
      data: {
        sha256: createHash('sha256').update(runningIn).digest('hex'),
        status: 'running',
        stage: 'write',
        origin: 'rest',
        attempts: 1,
        runningIn,
      } as never,
      overrideAccess: true,
    })
  const gone = await journal(`${hostname()} ${exited} ${Date.now() - 5000}`)
  const earlierSelf = await journal(
    `${hostname()} ${process.pid} ${Math.round(performance.timeOrigin) - 60_000}`,
  )
  const live = await journal(currentProcess())
  const elsewhere = await journal(`another-host-${Date.now()} ${exited} ${Date.now()}`)

  expect(await recoverInterruptedImports(payload)).toBe(2)
  const status = async (id: number) =>
    (await payload.findByID({ collection: 'imports', id, overrideAccess: true })).status
  expect(await status(gone.id)).toBe('failed')
  expect(await status(earlierSelf.id)).toBe('failed')
  expect(await status(live.id)).toBe('running')
  expect(await status(elsewhere.id)).toBe('running')
  // Ten minutes on, any process's is taken for dead.
  expect(await recoverInterruptedImports(payload, { olderThanMs: 0 })).toBe(2)
})
