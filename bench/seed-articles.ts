/**
 * Published articles with realistic bodies (~3,000 characters of the seed documents' paragraphs,
 * five topics, tags) for the benchmarks: bench:delivery seeds its temp database with them,
 * bench:cold-start a database it then starts servers on.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

function paragraphsFromSeeds(root: string): string[] {
  const dir = path.join(root, 'tests', 'fixtures', 'seeds')
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => fs.readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length >= 30 && !line.includes('?'))
}

/** Seeds published articles until there are `count`; returns the seconds it took. */
export async function seedArticles(payload: Payload, root: string, count: number): Promise<number> {
  const { buildRichText } = await import('../src/richtext/build.js')
  const paragraphs = paragraphsFromSeeds(root)
  const topics: number[] = []
  for (const [i, name] of ['国家安全', '反间谍', '反恐怖', '保密', '网络安全'].entries()) {
    const existing = await payload.find({
      collection: 'topics',
      where: { slug: { equals: `topic-${i}` } },
      limit: 1,
      depth: 0,
    })
    const found = existing.docs[0]
    topics.push(
      found
        ? Number(found.id)
        : Number(
            (
              await payload.create({
                collection: 'topics',
                data: { name, slug: `topic-${i}`, _status: 'published' } as never,
              })
            ).id,
          ),
    )
  }
  const started = Date.now()
  let next = (await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs
  const createOne = async (i: number) => {
    // ~3,000 characters: a heading, then paragraphs of the seed documents.
    const blocks: Array<{ type: 'paragraph' | 'heading'; text: string }> = [
      { type: 'heading', text: `第${i}部分` },
    ]
    let length = 0
    for (let k = 0; length < 3000; k++) {
      const text = paragraphs[(i * 7 + k) % paragraphs.length]!
      blocks.push({ type: 'paragraph', text })
      length += text.length
    }
    await payload.create({
      collection: 'articles',
      data: {
        title: `国家安全教育第${i}篇`,
        slug: `article-${i}`,
        summary: paragraphs[i % paragraphs.length]!.slice(0, 100),
        body: buildRichText(blocks),
        topics: [topics[i % topics.length], topics[(i + 1) % topics.length]],
        tags: [`tag-${i % 10}`],
        byline: '国家安全部',
        publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
        _status: 'published',
      } as never,
    })
  }
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < count) await createOne(next++)
    }),
  )
  return (Date.now() - started) / 1000
}
