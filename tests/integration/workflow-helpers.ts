import { cms } from '../support/cms.js'
import { plainDocument } from '../support/lexical.js'
import type { TestUser } from '../support/test-server.js'
import type { WorkflowCollection } from '../../src/workflow/states.js'

/** A collection under the editorial workflow; the tests take the list from the server (WORKFLOW_COLLECTIONS). */
export type Collection = WorkflowCollection

let counter = 0
const unique = () => `${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 7)}`

export interface SourceOptions {
  verified?: boolean
  rights?: string
  expiresAt?: string
}

/** A Source as a source administrator would leave it (written through the Local API). */
export async function makeSource(options: SourceOptions = {}): Promise<number | string> {
  const source = await cms().payload.create({
    collection: 'sources',
    data: {
      title: `来源 ${unique()}`,
      outlet: '国家安全部',
      outletType: 'official-agency',
      rights: {
        status: (options.rights ?? 'official-public') as 'official-public',
        expiresAt: options.expiresAt,
      },
      verification: { status: options.verified === false ? 'unverified' : 'verified' },
    },
    overrideAccess: true,
  })
  return source.id
}

let topicId: number | string | undefined
export async function aTopic(): Promise<number | string> {
  if (topicId !== undefined) return topicId
  const topic = await cms().payload.create({
    collection: 'topics',
    data: { name: `专题 ${unique()}`, slug: `topic-${unique()}`, _status: 'published' } as never,
    overrideAccess: true,
  })
  topicId = topic.id
  return topicId
}

/** Fields that pass the publish gate, per collection. */
export async function readyFields(
  collection: Collection,
  sourceId?: number | string,
): Promise<Record<string, unknown>> {
  const source = sourceId ?? (await makeSource())
  const common = { topics: [await aTopic()], sources: [{ source, role: 'original' }] }
  switch (collection) {
    case 'articles':
      return {
        ...common,
        title: `国家安全知识 ${unique()}`,
        summary: '一篇关于国家安全的解读。',
        kind: 'explainer',
        body: plainDocument('正文内容。'),
      }
    case 'qa-entries':
      return {
        ...common,
        question: `什么是间谍行为？${unique()}`,
        answer: plainDocument('根据反间谍法的规定……'),
      }
    case 'glossary-terms':
      return { ...common, term: `术语${unique()}`, definition: '术语的释义。' }
  }
}

/** An item created over REST by `author` as a draft (so createdBy is the author). */
export async function makeItem(
  collection: Collection,
  author: TestUser,
  overrides: Record<string, unknown> = {},
  options: { ready?: boolean } = {},
) {
  const fields =
    options.ready === false
      ? { ...(await readyFields(collection)), sources: [], topics: [] }
      : await readyFields(collection)
  const res = await cms().http('POST', `/api/${collection}?draft=true&depth=0`, {
    token: author.token,
    json: { ...fields, ...overrides },
  })
  if (res.status !== 201) throw new Error(`create ${collection} failed: ${res.status} ${res.text}`)
  return res.body.doc as Record<string, any> & { id: number | string }
}

export async function act(
  collection: Collection,
  id: number | string,
  action: string,
  user?: TestUser,
  body: Record<string, unknown> = {},
  language = 'en',
) {
  return cms().http('POST', `/api/${collection}/${id}/workflow/${action}`, {
    token: user?.token,
    json: body,
    headers: { 'accept-language': language },
  })
}

const ENUM: Record<string, string> = {
  'qa-entries': 'qa_entries',
  'glossary-terms': 'glossary_terms',
  'request-changes': 'request_changes',
}

export async function actGraphQL(
  collection: Collection,
  id: number | string,
  action: string,
  user?: TestUser,
  args: Record<string, unknown> = {},
) {
  const extra = Object.entries(args)
    .map(([key, value]) => `, ${key}: ${JSON.stringify(value)}`)
    .join('')
  const query = `mutation { workflowTransition(collection: ${ENUM[collection] ?? collection}, id: ${JSON.stringify(String(id))}, action: ${ENUM[action] ?? action}${extra}) { state status event { id type from to } } }`
  return cms().graphql(query, {}, user?.token)
}

/** The latest version as staff see it. */
export async function latest(collection: Collection, id: number | string) {
  return (await cms().payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Record<string, any>
}

export async function expectOk(res: { status: number; text: string }, status = 200) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${res.text}`)
}

export interface Crew {
  editor: TestUser
  otherEditor: TestUser
  reviewer: TestUser
  otherReviewer: TestUser
  sourceAdmin: TestUser
  admin: TestUser
}

export async function crew(): Promise<Crew> {
  const c = cms()
  return {
    editor: await c.createUser(['editor'], '编辑甲'),
    otherEditor: await c.createUser(['editor'], '编辑乙'),
    reviewer: await c.createUser(['reviewer'], '审核甲'),
    otherReviewer: await c.createUser(['reviewer'], '审核乙'),
    sourceAdmin: await c.createUser(['source-admin'], '来源管理员'),
    admin: await c.createUser(['admin'], '管理员'),
  }
}

/** Drives an item (created by crew.editor) to a state through the REST workflow. */
export async function driveTo(
  collection: Collection,
  id: number | string,
  state: string,
  people: Crew,
): Promise<void> {
  const path: Record<string, [string, TestUser, Record<string, unknown>?][]> = {
    draft: [],
    in_review: [['submit', people.editor]],
    changes_requested: [
      ['submit', people.editor],
      ['request-changes', people.reviewer, { comment: '请补充出处' }],
    ],
    approved: [
      ['submit', people.editor],
      ['approve', people.reviewer],
    ],
    scheduled: [
      ['submit', people.editor],
      ['approve', people.reviewer],
      ['schedule', people.reviewer, { publishAt: new Date(Date.now() + 3600_000).toISOString() }],
    ],
    published: [
      ['submit', people.editor],
      ['approve', people.reviewer],
      ['publish', people.reviewer],
    ],
    unpublished: [
      ['submit', people.editor],
      ['approve', people.reviewer],
      ['publish', people.reviewer],
      ['unpublish', people.reviewer, { reason: '内容过时' }],
    ],
    archived: [['archive', people.admin]],
  }
  for (const [action, user, body] of path[state]) {
    const res = await act(collection, id, action, user, body ?? {})
    if (res.status !== 200)
      throw new Error(
        `${action} on ${collection} ${id} (towards ${state}) failed: ${res.status} ${res.text}`,
      )
  }
}
