/**
 * Freshness through the real service path: Payload on a temporary SQLite file, the search
 * service started as the server starts it, a second service standing for another instance.
 */
import type { Payload } from 'payload'
import type { SearchDocument } from '../src/search/index.js'
import { useTemporaryEnvironment } from '../tests/support/temporary-environment.js'

const ms = (value: number): string => `${value.toFixed(1)} ms`

async function until(check: () => boolean, timeoutMs = 15_000): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    if (check()) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return NaN
}

export async function measureServicePath(sample: SearchDocument[]): Promise<Payload> {
  useTemporaryEnvironment('bench-search')
  const { bootPayload } = await import('../src/runtime/boot.js')
  const { buildRichText } = await import('../src/richtext/build.js')
  const { startSearchService } = await import('../src/search/registry.js')
  const { SearchService } = await import('../src/search/service.js')
  const { payload } = await bootPayload()
  payload.logger.level = 'warn'
  const createArticle = (title: string, body: string) =>
    payload.create({
      collection: 'articles',
      data: {
        title,
        kind: 'explainer',
        body: buildRichText(body.split('\n').map((text) => ({ type: 'paragraph' as const, text }))),
        _status: 'published',
      } as never,
      overrideAccess: true,
    })

  let started = performance.now()
  for (const doc of sample) await createArticle(doc.title, doc.body)
  console.log(
    `\nservice path (Payload + SQLite): stored ${sample.length} articles in ${ms(performance.now() - started)}`,
  )

  started = performance.now()
  const primary = startSearchService(payload)
  await primary.ready
  const stats = primary.getStats()
  console.log(
    `  start-up build: ${stats.documents} documents, ${stats.units} units in ${stats.buildMs} ms (ready after ${ms(performance.now() - started)})`,
  )
  const other = new SearchService({ payload }).start() // another instance: default 2 s catch-up, no hooks
  await other.ready

  const query = '新发布条目 保密义务'
  const has = (service: { search: typeof primary.search }, id: unknown) =>
    service.search(query, { limit: 50 }).results.some((result) => result.id === id)
  const hookTimes: number[] = []
  const catchUpTimes: number[] = []
  const created: (string | number)[] = []
  // Nothing is deleted between rounds: SQLite would hand the next item the deleted one's id.
  for (let round = 0; round < 5; round++) {
    started = performance.now()
    const doc = await createArticle(
      `新发布条目第${round}号`,
      `本条目说明保密义务。\n${sample[round]?.body ?? ''}`,
    )
    hookTimes.push(has(primary, doc.id) ? performance.now() - started : NaN)
    const waited = await until(() => has(other, doc.id))
    catchUpTimes.push(Number.isNaN(waited) ? NaN : performance.now() - started)
    created.push(doc.id)
  }
  console.log(
    `  publish → searchable on this instance (create call incl. hook): ${hookTimes.map(ms).join(', ')}`,
  )
  console.log(
    `  publish → searchable on another instance (catch-up every 2 s): ${catchUpTimes.map(ms).join(', ')}`,
  )
  const deleteTimes: number[] = []
  for (const id of created) {
    started = performance.now()
    await payload.delete({ collection: 'articles', id, overrideAccess: true })
    const waited = await until(() => !other.index.has('article', id))
    deleteTimes.push(Number.isNaN(waited) ? NaN : performance.now() - started)
  }
  console.log(`  delete → gone on another instance: ${deleteTimes.map(ms).join(', ')}`)
  other.stop()
  primary.stop()
  return payload
}
