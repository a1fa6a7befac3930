/**
 * @jest-environment ./tests/support/payload-environment.mjs
 */
import { cms } from '../support/cms.js'

test('content keeps its newest 50 versions: older ones are pruned on save', async () => {
  const payload = cms().payload
  const topic = await payload.create({
    collection: 'topics',
    data: { name: `版本上限测试${Date.now()}` },
    draft: true,
    overrideAccess: true,
  })
  const versionsOf = () =>
    payload.countVersions({
      collection: 'topics',
      where: { parent: { equals: topic.id } },
      overrideAccess: true,
    })
  expect((await versionsOf()).totalDocs).toBe(1)
  for (let i = 1; i <= 54; i++) {
    await payload.update({
      collection: 'topics',
      id: topic.id,
      data: { description: `第${i}次修改` },
      draft: true,
      overrideAccess: true,
    })
  }
  expect((await versionsOf()).totalDocs).toBe(50)
  const newest = await payload.findVersions({
    collection: 'topics',
    where: { parent: { equals: topic.id } },
    sort: '-updatedAt',
    limit: 50,
    overrideAccess: true,
  })
  expect(newest.docs[0]?.version.description).toBe('第54次修改')
  expect(newest.docs[49]?.version.description).toBe('第5次修改')
})
