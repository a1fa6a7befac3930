/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * One GraphQL request must not be able to ask for the whole database: cost, documents, aliases and
 * depth are bounded by validation rules, which answer 400 naming the limit before any resolver runs.
 */
import { cms } from '../support/cms.js'

const aliased = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join(' ')} }`

async function graphql(query: string, variables?: Record<string, unknown>, language = 'en') {
  return cms().http<{ data?: unknown; errors?: { message: string; extensions?: any }[] }>(
    'POST',
    '/api/graphql',
    { json: { query, variables }, headers: { 'accept-language': language } },
  )
}

const limitsNamed = (body: { errors?: { message: string }[] }) =>
  (body.errors ?? []).map((error) => error.message.match(/GRAPHQL_MAX_[A-Z]+/)?.[0]).sort()

test('the 10 KB query of 240 aliased 100-article lists is refused with 400 before any resolver runs', async () => {
  const query = aliased(240, 'Articles(limit: 100) { docs { title body } }')
  expect(query.length).toBeGreaterThan(10_000)
  const res = await graphql(query)
  expect(res.status).toBe(400)
  expect(res.body.data).toBeUndefined()
  expect(limitsNamed(res.body)).toEqual([
    'GRAPHQL_MAX_ALIASES',
    'GRAPHQL_MAX_COST',
    'GRAPHQL_MAX_DOCUMENTS',
  ])
  const cost = res.body.errors?.find((error) => error.extensions?.limit === 'GRAPHQL_MAX_COST')
  expect(cost?.extensions).toMatchObject({ max: 10_000, actual: 240 * 100 * (1 + 1 + 2) })
})

test('few aliases but too many documents in all: refused, naming GRAPHQL_MAX_DOCUMENTS', async () => {
  const res = await graphql(aliased(15, 'Articles(limit: 100) { docs { title } }'))
  expect(res.status).toBe(400)
  expect(limitsNamed(res.body)).toEqual(['GRAPHQL_MAX_DOCUMENTS'])
  expect(res.body.errors?.[0]?.message).toBe(
    'Query documents 1500 exceeds the limit of 1000 (GRAPHQL_MAX_DOCUMENTS).',
  )
  expect(res.headers.get('x-graphql-limit-exceeded')).toBe('GRAPHQL_MAX_DOCUMENTS')
})

test('a limit passed as a variable counts, and limit 0 or pagination: false count as everything', async () => {
  const byVariable = await graphql('query ($n: Int) { Articles(limit: $n) { docs { title } } }', {
    n: 5000,
  })
  expect(byVariable.status).toBe(400)
  expect(limitsNamed(byVariable.body)).toContain('GRAPHQL_MAX_DOCUMENTS')
  for (const query of [
    '{ Articles(limit: 0) { docs { title } } }',
    '{ Articles(pagination: false) { docs { title } } }',
  ]) {
    const res = await graphql(query)
    expect(res.status).toBe(400)
    expect(limitsNamed(res.body)).toContain('GRAPHQL_MAX_DOCUMENTS')
  }
})

test('a query nested deeper than GRAPHQL_MAX_DEPTH is refused', async () => {
  let selection = 'name'
  for (let level = 0; level < 12; level++) selection = `parent { ${selection} }`
  const res = await graphql(`{ Topics(limit: 1) { docs { ${selection} } } }`)
  expect(res.status).toBe(400)
  expect(limitsNamed(res.body)).toContain('GRAPHQL_MAX_DEPTH')
})

test('an ordinary query is answered, and the refusal follows the request language', async () => {
  const ordinary = await graphql('{ Articles(limit: 10) { docs { title } totalDocs } }')
  expect(ordinary.status).toBe(200)
  expect(ordinary.body.errors).toBeUndefined()
  expect(ordinary.body.data).toHaveProperty('Articles.docs')

  const chinese = await graphql(aliased(15, 'Articles(limit: 100) { docs { title } }'), {}, 'zh')
  expect(chinese.status).toBe(400)
  expect(chinese.body.errors?.[0]?.message).toBe(
    '查询请求的文档数 1500 超过上限 1000（GRAPHQL_MAX_DOCUMENTS）。',
  )
})
