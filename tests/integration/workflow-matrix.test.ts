/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import type { TestUser } from '../support/test-server.js'
import { WORKFLOW_COLLECTIONS } from '../../src/workflow/states.js'
import { act, actGraphQL, crew, driveTo, latest, makeItem } from './workflow-helpers.js'
import type { Collection, Crew } from './workflow-helpers.js'

type Role = 'author' | 'otherEditor' | 'reviewer' | 'sourceAdmin' | 'admin' | 'anonymous'
const ROLES: Role[] = ['author', 'otherEditor', 'reviewer', 'sourceAdmin', 'admin', 'anonymous']

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString()

/** The whole matrix: from which state each action starts, what it needs, who may take it and where it leads. */
const MATRIX: {
  action: string
  from: string
  /** The request body, when the action needs one. */
  body?: () => Record<string, unknown>
  allowed: Role[]
  to: string
}[] = [
  { action: 'submit', from: 'draft', allowed: ['author', 'otherEditor', 'admin'], to: 'in_review' },
  { action: 'withdraw', from: 'in_review', allowed: ['author', 'admin'], to: 'draft' },
  {
    action: 'request-changes',
    from: 'in_review',
    body: () => ({ comment: '请核对第二段的出处' }),
    allowed: ['reviewer', 'admin'],
    to: 'changes_requested',
  },
  { action: 'approve', from: 'in_review', allowed: ['reviewer', 'admin'], to: 'approved' },
  { action: 'publish', from: 'approved', allowed: ['reviewer', 'admin'], to: 'published' },
  {
    action: 'schedule',
    from: 'approved',
    body: () => ({ publishAt: inAnHour() }),
    allowed: ['reviewer', 'admin'],
    to: 'scheduled',
  },
  {
    action: 'unpublish',
    from: 'published',
    body: () => ({ reason: '内容需要更新' }),
    allowed: ['reviewer', 'admin'],
    to: 'unpublished',
  },
  { action: 'archive', from: 'draft', allowed: ['admin'], to: 'archived' },
]

let people: Crew
beforeAll(async () => {
  people = await crew()
})

const userFor = (role: Role): TestUser | undefined =>
  ({
    author: people.editor,
    otherEditor: people.otherEditor,
    reviewer: people.otherReviewer,
    sourceAdmin: people.sourceAdmin,
    admin: people.admin,
    anonymous: undefined,
  })[role]

async function itemIn(collection: Collection, state: string) {
  const doc = await makeItem(collection, people.editor)
  await driveTo(collection, doc.id, state, people)
  return doc.id
}

type Api = 'REST' | 'GraphQL'

/** Runs one transition and answers { status, state } whatever the API. */
async function attempt(
  api: Api,
  collection: Collection,
  id: number | string,
  action: string,
  user: TestUser | undefined,
  body: Record<string, unknown>,
) {
  if (api === 'REST') {
    const res = await act(collection, id, action, user, body)
    return { status: res.status, state: res.body?.state as string | undefined, text: res.text }
  }
  const res = await actGraphQL(collection, id, action, user, body)
  const error = res.body.errors?.[0]
  return {
    status: error ? Number(error.extensions?.statusCode) : 200,
    state: res.body.data?.workflowTransition?.state as string | undefined,
    text: res.text,
  }
}

describe.each<[Api, Collection]>(
  WORKFLOW_COLLECTIONS.flatMap(
    (collection) =>
      [
        ['REST', collection],
        ['GraphQL', collection],
      ] as [Api, Collection][],
  ),
)('%s on %s', (api, collection) => {
  describe.each(MATRIX)(
    '$action (from $from)',
    ({ action, from, body = () => ({}), allowed, to }) => {
      let shared: number | string
      beforeAll(async () => {
        shared = await itemIn(collection, from)
      })

      test.each(ROLES)('by %s', async (role) => {
        const user = userFor(role)
        const permitted = allowed.includes(role)
        const id = permitted ? await itemIn(collection, from) : shared
        const result = await attempt(api, collection, id, action, user, body())
        if (permitted) {
          expect({ status: result.status, state: result.state }).toEqual({ status: 200, state: to })
          expect((await latest(collection, id)).workflowState).toBe(to)
        } else {
          expect(result.status).toBe(role === 'anonymous' ? 401 : 403)
          expect((await latest(collection, id)).workflowState).toBe(from)
        }
      })
    },
  )
})

describe.each(WORKFLOW_COLLECTIONS)(
  'actions from the wrong state answer 409 on %s',
  (collection) => {
    const WRONG: [string, string, Record<string, unknown>][] = [
      ['submit', 'approved', {}],
      ['withdraw', 'draft', {}],
      ['request-changes', 'approved', { comment: '意见' }],
      ['approve', 'draft', {}],
      ['approve', 'changes_requested', {}],
      ['publish', 'in_review', {}],
      ['schedule', 'draft', { publishAt: inAnHour() }],
      ['unpublish', 'approved', { reason: '理由' }],
      ['archive', 'archived', {}],
    ]
    test.each(WRONG)('%s from %s', async (action, state, body) => {
      const id = await itemIn(collection, state)
      const res = await act(collection, id, action, people.admin, body)
      expect(res.status).toBe(409)
      expect(res.body.code).toBe('wrong-state')
      expect((await latest(collection, id)).workflowState).toBe(state)
    })
  },
)

test('missing inputs answer 400 and name what is missing', async () => {
  const inReview = await itemIn('articles', 'in_review')
  const noComment = await act('articles', inReview, 'request-changes', people.reviewer, {})
  expect(noComment.status).toBe(400)
  expect(noComment.body.message).toContain('comment')

  const approved = await itemIn('articles', 'approved')
  const past = await act('articles', approved, 'schedule', people.reviewer, {
    publishAt: new Date(Date.now() - 1000).toISOString(),
  })
  expect(past.status).toBe(400)
  expect(past.body.failures[0].field).toBe('publishAt')
  const garbage = await act('articles', approved, 'schedule', people.reviewer, {
    publishAt: '明天',
  })
  expect(garbage.status).toBe(400)

  const live = await itemIn('articles', 'published')
  const noReason = await act('articles', live, 'unpublish', people.reviewer, {})
  expect(noReason.status).toBe(400)
  expect(noReason.body.message).toContain('reason')

  const unknown = await act('articles', live, 'teleport', people.admin, {})
  expect(unknown.status).toBe(404)
  const missing = await act('articles', 987654321, 'submit', people.admin, {})
  expect(missing.status).toBe(404)
})
