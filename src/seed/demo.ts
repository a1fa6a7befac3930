import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { relationId, type DocId } from '../db/ids.js'
import { paragraphsToRichText } from '../richtext/build.js'
import { toSimplified } from '../text/normalize.js'
import { DEFAULT_TOPICS } from './topics.js'

export interface DemoSummary {
  topics: number
  sources: number
  articles: number
  published: number
  skipped: boolean
}

/** Only Simplified-or-Traditional lines that look like a title: the importer (issue 4) replaces this heuristic. */
function firstTitleLine(lines: string[]): string {
  const candidate = lines.find((line) => /\p{Script=Han}{4,}/u.test(line) && !line.includes('>') && line.length <= 60)
  return (candidate ?? lines[0] ?? 'Untitled').replace(/_第\d+[頁页]$/, '').replace(/\(\p{Script=Latin}+\)/gu, '')
}

export async function ensureDefaultTopics(payload: Payload): Promise<Map<string, DocId>> {
  const ids = new Map<string, DocId>()
  for (const topic of DEFAULT_TOPICS) {
    const existing = await payload.find({ collection: 'topics', where: { slug: { equals: topic.slug } }, limit: 1, draft: true, overrideAccess: true })
    if (existing.docs[0]) {
      ids.set(topic.slug, existing.docs[0].id)
      continue
    }
    const parentId = 'parent' in topic ? ids.get(topic.parent) : undefined
    const parent = parentId === undefined ? undefined : relationId(parentId)
    const created = await payload.create({
      collection: 'topics',
      data: { name: topic.name, slug: topic.slug, description: topic.description, parent, _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({ collection: 'topics', id: created.id, locale: 'zh-Hant', data: { name: topic.nameHant }, overrideAccess: true })
    ids.set(topic.slug, created.id)
  }
  return ids
}

/**
 * Demo content from the five reference documents: a Source holding each raw text and an
 * Article draft per document; the two official releases are cleared and published.
 */
export async function seedDemoContent(payload: Payload, seedsDir: string): Promise<DemoSummary> {
  const topics = await ensureDefaultTopics(payload)
  const { totalDocs } = await payload.count({ collection: 'sources', overrideAccess: true })
  if (totalDocs > 0) return { topics: topics.size, sources: 0, articles: 0, published: 0, skipped: true }

  const files = (await fs.readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort()
  const officialReleases = new Set([files[0], files[1]])
  let published = 0
  for (const file of files) {
    const raw = await fs.readFile(path.join(seedsDir, file), 'utf8')
    const lines = raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)
    const title = firstTitleLine(lines)
    const isTraditional = toSimplified(title) !== title
    const cleared = officialReleases.has(file)
    const source = await payload.create({
      collection: 'sources',
      data: {
        title,
        rawSnapshot: raw,
        retrievedAt: new Date().toISOString(),
        rights: { status: cleared ? 'official-public' : 'unknown' },
        verification: { status: cleared ? 'verified' : 'unverified', verifiedAt: cleared ? new Date().toISOString() : undefined },
      },
      overrideAccess: true,
    })
    const body = lines.filter((line) => line !== title).slice(0, 40)
    const article = await payload.create({
      collection: 'articles',
      data: {
        title,
        summary: body.find((line) => line.length > 20)?.slice(0, 120) ?? title,
        body: paragraphsToRichText(body),
        kind: 'explainer',
        originalScript: isTraditional ? 'zh-Hant' : 'zh-Hans',
        topics: [topics.get('guo-jia-an-quan')].filter((id) => id !== undefined).map(relationId),
        sources: [{ source: source.id, role: 'original' }],
      },
      draft: true,
      overrideAccess: true,
    })
    if (cleared) {
      await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published', publishedAt: new Date().toISOString() }, overrideAccess: true })
      published++
    }
  }
  return { topics: topics.size, sources: files.length, articles: files.length, published, skipped: false }
}
