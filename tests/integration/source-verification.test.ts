/**
 * @jest-environment ./tests/support/payload-environment.mjs
 *
 * Verifying a source records who decided and when, whatever the client sends for those fields.
 */
import { cms } from '../support/cms.js'

test('verified or rejected stamps the deciding source administrator and the time; unverified clears them', async () => {
  const sourceAdmin = await cms().createUser(['source-admin'])
  const other = await cms().createUser(['source-admin'])
  const editor = await cms().createUser(['editor'])
  const created = await cms().http('POST', '/api/sources', {
    token: editor.token,
    json: { title: '核实记录测试', outlet: '新华社', outletType: 'news-agency' },
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  expect(created.body.doc.verification).toMatchObject({ status: 'unverified' })
  expect(created.body.doc.verification.verifiedBy ?? null).toBeNull()

  const verified = await cms().http('PATCH', `/api/sources/${id}?depth=0`, {
    token: sourceAdmin.token,
    // A client-sent verifier and time are not taken: the server records the decision.
    json: { verification: { status: 'verified', verifiedBy: other.id, verifiedAt: '2000-01-01' } },
  })
  expect(verified.status).toBe(200)
  expect(verified.body.doc.verification.verifiedBy).toBe(sourceAdmin.id)
  // The server's time of the decision, not the client's 2000-01-01: after the source was created.
  expect(Date.parse(verified.body.doc.verification.verifiedAt)).toBeGreaterThanOrEqual(
    Date.parse(created.body.doc.createdAt),
  )

  const rejected = await cms().http('PATCH', `/api/sources/${id}?depth=0`, {
    token: other.token,
    json: { verification: { status: 'rejected' } },
  })
  expect(rejected.body.doc.verification).toMatchObject({ status: 'rejected', verifiedBy: other.id })

  const reset = await cms().http('PATCH', `/api/sources/${id}?depth=0`, {
    token: sourceAdmin.token,
    json: { verification: { status: 'unverified' } },
  })
  expect(reset.body.doc.verification).toMatchObject({
    status: 'unverified',
    verifiedBy: null,
    verifiedAt: null,
  })

  // An editor cannot verify, so nothing is stamped either.
  const byEditor = await cms().http('PATCH', `/api/sources/${id}?depth=0`, {
    token: editor.token,
    json: { verification: { status: 'verified' } },
  })
  expect(byEditor.body.doc?.verification ?? { status: 'unverified' }).toMatchObject({
    status: 'unverified',
  })
  const stored = await cms().payload.findByID({ collection: 'sources', id, depth: 0 })
  expect(stored.verification).toMatchObject({ status: 'unverified', verifiedBy: null })
})
