/**
 * Stores a DraftPlan as reviewable drafts: a Source with the raw text, the Article, a Q&A set with
 * its entries in order, glossary terms (an existing term in either script is reused), and the laws
 * cited (linked, or created as drafts under their short name). Writes run as the importing user,
 * so access rules apply: an editor cannot set rights or verification, which stay `unknown` and
 * `unverified`. Each write names its collection in a WriteStageError.
 */
import { FINGERPRINT_CONTEXT } from '../similarity/article-fingerprint.js'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { createWithLocales } from '../db/extra-locales.js'
import { relationId, type DocId } from '../db/ids.js'
import { foldKey } from '../text/normalize.js'
import type { CreatedDocs } from './atomic.js'
import type { DraftPlan, Locale, Localized } from './drafts.js'

export interface WrittenDocs {
  source: DocId
  article: DocId
  qaSet: DocId | null
  qaEntries: DocId[]
  glossaryTerms: DocId[]
  reusedTerms: DocId[]
  laws: DocId[]
  createdLaws: DocId[]
  topics: DocId[]
}

/** A write failed: says which collection, and keeps Payload's field errors. */
export class WriteStageError extends Error {
  readonly stage: string
  constructor(collection: CollectionSlug, cause: unknown) {
    super(`${collection}: ${describe(cause)}`, { cause })
    this.name = 'WriteStageError'
    this.stage = `write:${collection}`
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const fieldErrors = fieldErrorsOf(error)
  if (fieldErrors.length > 0) {
    return `${error.message} (${fieldErrors.map((e) => `${e.path ?? '?'}: ${e.message ?? ''}`).join('; ')})`
  }
  return error.message
}

/** The field errors Payload's ValidationError (or an APIError from a hook) carries in `data.errors`. */
function fieldErrorsOf(error: Error): { path?: unknown; message?: unknown }[] {
  const data = 'data' in error ? error.data : undefined
  if (!data || typeof data !== 'object' || !('errors' in data) || !Array.isArray(data.errors))
    return []
  const errors: unknown[] = data.errors
  return errors.map((entry) => ({
    path: entry && typeof entry === 'object' && 'path' in entry ? entry.path : undefined,
    message: entry && typeof entry === 'object' && 'message' in entry ? entry.message : undefined,
  }))
}

interface Writer {
  payload: Payload
  req: PayloadRequest
  created: CreatedDocs
}

async function step<T>(collection: CollectionSlug, run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof WriteStageError) throw error
    throw new WriteStageError(collection, error)
  }
}

/** Creates a draft in zh-Hans and, in the same write, the Traditional original when there is one. */
async function createLocalized(
  writer: Writer,
  collection: CollectionSlug,
  data: Record<string, unknown>,
  traditional: Record<string, unknown> | null,
  context?: Record<string, unknown>,
): Promise<DocId> {
  const { payload, req, created } = writer
  return step(collection, async () => {
    const doc = await createWithLocales(
      payload,
      {
        collection,
        data: { ...data, _status: 'draft' },
        draft: true,
        locale: 'zh-Hans',
        depth: 0,
        // Only the id is needed back: skips reading the whole document (rich text included) again.
        select: { id: true },
        overrideAccess: false,
        req,
        context,
      } as Parameters<typeof createWithLocales>[1],
      traditional ? { 'zh-Hant': traditional } : null,
    )
    created.add(collection, doc.id)
    return doc.id
  })
}

function pick<T>(value: Localized<T> | null, locale: Locale): T | undefined {
  return value?.[locale] ?? undefined
}

/** Splits localized values into the zh-Hans create data and the zh-Hant update (null when the original is Simplified). */
function split(
  plan: DraftPlan,
  fields: Record<string, Localized<unknown> | null>,
  shared: Record<string, unknown>,
) {
  const hans: Record<string, unknown> = { ...shared }
  const hant: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(fields)) {
    if (value === null) continue
    hans[name] = pick(value, 'zh-Hans')
    if (plan.locales.includes('zh-Hant')) hant[name] = pick(value, 'zh-Hant')
  }
  return { hans, hant: plan.locales.includes('zh-Hant') ? hant : null }
}

async function findTopics({ payload, req }: Writer, slugs: string[]): Promise<DocId[]> {
  if (slugs.length === 0) return []
  const found = await payload.find({
    collection: 'topics',
    where: { slug: { in: slugs } },
    depth: 0,
    pagination: false,
    select: { slug: true },
    overrideAccess: true,
    req,
  })
  const bySlug = new Map(found.docs.map((topic) => [topic.slug, topic.id]))
  return slugs.map((slug) => bySlug.get(slug)).filter((id): id is number => id !== undefined)
}

/** The names a cited law may be stored under: its short name, or the full name of a national law. */
function namesOf(law: DraftPlan['laws'][number]): string[] {
  return [law.shortName, `中华人民共和国${law.shortName}`]
}

async function linkLaws(
  writer: Writer,
  plan: DraftPlan,
): Promise<{ all: DocId[]; created: DocId[] }> {
  const { payload, req } = writer
  const all: DocId[] = []
  const created: DocId[] = []
  if (plan.laws.length === 0) return { all, created }
  // One lookup for every law the document cites, under its short or its full name. The
  // documents themselves, drafts included (with overrideAccess nothing filters them): reading
  // the latest versions instead costs twice as much.
  const names = plan.laws.flatMap(namesOf)
  const existing = await payload.find({
    collection: 'laws',
    where: { or: [{ shortName: { in: names } }, { name: { in: names } }] },
    locale: 'zh-Hans',
    depth: 0,
    pagination: false,
    select: { name: true, shortName: true },
    overrideAccess: true,
    req,
  })
  for (const law of plan.laws) {
    const found = existing.docs.find((doc) =>
      namesOf(law).some((name) => name === doc.shortName || name === doc.name),
    )
    if (found) {
      if (!all.includes(found.id)) all.push(found.id)
      continue
    }
    // Only the short name is known from a citation: the full name is left for an editor, never guessed.
    const id = await createLocalized(
      writer,
      'laws',
      { name: law.shortName, shortName: law.shortName },
      null,
    )
    all.push(id)
    created.push(id)
  }
  return { all, created }
}

/** The existing glossary terms among `terms`, by their script-insensitive key. */
async function findTerms({ payload, req }: Writer, terms: string[]): Promise<Map<string, DocId>> {
  if (terms.length === 0) return new Map()
  const keys = terms.map(foldKey)
  const found = await payload.find({
    collection: 'glossary-terms',
    where: { termKey: { in: keys } },
    depth: 0,
    pagination: false,
    select: { termKey: true },
    overrideAccess: true,
    req,
  })
  return new Map(found.docs.flatMap((doc) => (doc.termKey ? [[doc.termKey, doc.id] as const] : [])))
}

/** Writes every draft of one document. Order matters only for links: laws, source, terms, Q&A, article. */
export async function writeDrafts(
  payload: Payload,
  req: PayloadRequest,
  created: CreatedDocs,
  plan: DraftPlan,
): Promise<WrittenDocs> {
  const writer: Writer = { payload, req, created }
  const topics = (await findTopics(writer, plan.topics)).map(relationId)
  const laws = await linkLaws(writer, plan)

  const { source: s } = plan
  const source = await step('sources', async () => {
    const doc = await payload.create({
      collection: 'sources',
      data: {
        title: s.title,
        outlet: s.outlet,
        outletType: s.outletType,
        author: s.author,
        interviewee: s.interviewee,
        editor: s.editor,
        publishedDate: s.publishedDate,
        retrievedAt: new Date().toISOString(),
        rawSnapshot: s.rawSnapshot,
        // rights and verification are left to their defaults (unknown, unverified): only a source admin sets them.
      } as Parameters<Payload['create']>[0]['data'],
      depth: 0,
      overrideAccess: false,
      req,
    } as Parameters<Payload['create']>[0])
    created.add('sources', doc.id)
    return doc.id
  })
  const sources = [{ source: relationId(source), role: s.role }]

  const glossaryTerms: DocId[] = []
  const reusedTerms: DocId[] = []
  const existingTerms = await step('glossary-terms', () =>
    findTerms(
      writer,
      plan.terms.map((term) => term.term),
    ),
  )
  for (const term of plan.terms) {
    const key = foldKey(term.term)
    const existing = existingTerms.get(key)
    if (existing !== undefined) {
      if (!glossaryTerms.includes(existing) && !reusedTerms.includes(existing))
        reusedTerms.push(existing)
      continue
    }
    const { hans, hant } = split(
      plan,
      { definition: term.definition },
      { term: term.term, aliases: term.aliases, topics, sources, qualityFlags: term.flags },
    )
    const id = await createLocalized(writer, 'glossary-terms', hans, hant)
    glossaryTerms.push(id)
    // A document may define the same term twice (once per script): the second one reuses the first.
    existingTerms.set(key, id)
  }

  let qaSet: DocId | null = null
  const qaEntries: DocId[] = []
  if (plan.qaSet) {
    const set = split(
      plan,
      { title: plan.qaSet.title, summary: plan.qaSet.summary },
      { topics, sources },
    )
    qaSet = await createLocalized(writer, 'qa-sets', set.hans, set.hant)
    for (const [position, entry] of plan.entries.entries()) {
      const { hans, hant } = split(
        plan,
        { question: entry.question, answer: entry.answer, summary: entry.summary },
        { set: relationId(qaSet), position, topics, sources, qualityFlags: entry.flags },
      )
      qaEntries.push(await createLocalized(writer, 'qa-entries', hans, hant))
    }
  }

  const { article: a } = plan
  const article = split(
    plan,
    { title: a.title, summary: a.summary, body: a.body, byline: a.byline },
    {
      kind: a.kind,
      originalScript: plan.originalScript,
      topics,
      sources,
      laws: laws.all.map(relationId),
      relatedTerms: [...glossaryTerms, ...reusedTerms].map(relationId),
      qualityFlags: a.flags,
    },
  )
  const articleId = await createLocalized(writer, 'articles', article.hans, article.hant, {
    [FINGERPRINT_CONTEXT]: a.fingerprint,
  })

  return {
    source,
    article: articleId,
    qaSet,
    qaEntries,
    glossaryTerms,
    reusedTerms,
    laws: laws.all,
    createdLaws: laws.created,
    topics,
  }
}
