/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Versions follow the same role rules as drafts: a logged-in user with no role reads none of them,
 * over REST or GraphQL, in any collection with versions; staff still do.
 */
import { cms } from '../support/cms.js'

const versioned = () =>
  Object.values(cms().payload.collections)
    .filter((collection) => Boolean(collection.config.versions))
    .map((collection) => collection.config)

let nobody: string
let reviewer: string

beforeAll(async () => {
  nobody = (await cms().createUser([])).token
  reviewer = (await cms().createUser(['reviewer'])).token
  await cms().payload.create({
    collection: 'topics',
    data: { name: `版本权限测试${Date.now()}` },
    draft: true,
    overrideAccess: true,
  })
})

test('there are collections with versions to check', () => {
  expect(versioned().map((config) => config.slug)).toEqual(
    expect.arrayContaining(['articles', 'topics']),
  )
})

test('a user with no role reads no version over REST, in every versioned collection', async () => {
  for (const { slug } of versioned()) {
    const res = await cms().http('GET', `/api/${slug}/versions`, { token: nobody })
    expect({ slug, status: res.status, docs: res.body?.docs?.length ?? 0 }).toEqual({
      slug,
      status: 403,
      docs: 0,
    })
  }
})

test('a user with no role reads no version over GraphQL, in every versioned collection', async () => {
  for (const config of versioned()) {
    const name = config.graphQL && config.graphQL.singularName
    const singular =
      name || config.slug.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())
    const res = await cms().graphql(`{ versions${singular} { docs { id } } }`, {}, nobody)
    expect({ slug: config.slug, docs: res.body.data?.[`versions${singular}`]?.docs ?? [] }).toEqual(
      { slug: config.slug, docs: [] },
    )
    expect(res.body.errors?.length ?? 0).toBeGreaterThan(0)
  }
})

test('staff still read versions', async () => {
  const res = await cms().http('GET', '/api/topics/versions', { token: reviewer })
  expect(res.status).toBe(200)
  expect(res.body.docs.length).toBeGreaterThan(0)
  const gql = await cms().graphql('{ versionsTopics { docs { id } } }', {}, reviewer)
  expect(gql.body.errors).toBeUndefined()
  expect(gql.body.data.versionsTopics.docs.length).toBeGreaterThan(0)
})
