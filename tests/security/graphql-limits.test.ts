/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * One GraphQL request must not be able to ask for the whole database: cost, documents, aliases and
 * depth are bounded by validation rules, which answer 400 naming the limit before any resolver runs.
 */
import { cms } from '../support/cms.js'
import { createSource } from '../integration/delivery-fixtures.js'

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

describe('the time budget (GRAPHQL_TIME_BUDGET_MS)', () => {
  let token: string
  // Undone last first, so the server's own value comes back after each test.
  const restores: (() => void)[] = []
  const setBudget = async (value: string) => {
    const { setServerEnv } = await cms().load('tests/support/server-env.ts')
    restores.push(setServerEnv('GRAPHQL_TIME_BUDGET_MS', value))
  }

  beforeAll(async () => {
    token = (await cms().createUser(['admin'])).token
    for (let i = 0; i < 40; i++) await createSource(`预算测试来源 ${i}`, false)
  })
  afterEach(async () => {
    while (restores.length > 0) restores.pop()?.()
    // The next query reads the restored value (a bad or leftover budget would refuse other files' queries).
    expect((await asAdmin('{ Sources(limit: 1) { docs { title } } }')).status).toBe(200)
  })

  const sources = aliased(15, 'Sources(limit: 40) { docs { title outlet } }')
  const asAdmin = (query: string) =>
    cms().http<{ data?: Record<string, unknown>; errors?: { message: string; path?: string[] }[] }>(
      'POST',
      '/api/graphql',
      { json: { query }, token, headers: { 'accept-language': 'en' } },
    )

  test('within the budget the whole query is answered', async () => {
    const res = await asAdmin(sources)
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(Object.keys(res.body.data ?? {})).toHaveLength(15)
  })

  test('past it, what had not started is refused with 400 naming the setting', async () => {
    // 15 lists of 40 sources cannot be read in 1 ms: some of them start (or read) after it.
    await setBudget('1')
    const res = await asAdmin(sources)
    expect(res.status).toBe(400)
    const refused = (res.body.errors ?? []).filter((error) =>
      error.message.includes('GRAPHQL_TIME_BUDGET_MS'),
    )
    expect(refused.length).toBeGreaterThan(0)
    expect(refused[0].message).toBe(
      'Query exceeded its time budget of 1 ms (GRAPHQL_TIME_BUDGET_MS): the rest of it was not run.',
    )
    // Each refused alias has no data.
    for (const error of refused) expect(res.body.data?.[error.path?.[0] ?? '']).toBeNull()
  })

  test('a bad setting stops the start with its message; set later, the last good budget holds', async () => {
    const { graphqlTimeBudgetMs } = await cms().load('src/graphql/time-budget.ts')
    expect(() => graphqlTimeBudgetMs({ GRAPHQL_TIME_BUDGET_MS: 'soon' })).toThrow(
      'GRAPHQL_TIME_BUDGET_MS must be a whole number of at least 1, got "soon"',
    )
    await setBudget('1')
    expect((await asAdmin(sources)).status).toBe(400)
    await setBudget('soon')
    // Still the budget of 1 ms: a typo does not lift it.
    expect((await asAdmin(sources)).status).toBe(400)
  })
})
