import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { relationId, type DocId } from '../db/ids.js'
import { importDocument } from '../ingest/run.js'
import { ensureDemoDesk } from './demo-users.js'
import { playDesk, type DeskDocument, type DeskPlan, type DeskResult } from './desk.js'
import { DEFAULT_TOPICS } from './topics.js'

export interface DemoSummary {
  topics: number
  sources: number
  articles: number
  /** Articles published by the demo desk. */
  published: number
  skipped: boolean
  qaEntries: number
  glossaryTerms: number
  /** Milliseconds for importing all sample documents (analysis and database writes). */
  importMs: number
  desk: DeskResult | null
}

export async function ensureDefaultTopics(payload: Payload): Promise<Map<string, DocId>> {
  const ids = new Map<string, DocId>()
  for (const topic of DEFAULT_TOPICS) {
    const existing = await payload.find({
      collection: 'topics',
      where: { slug: { equals: topic.slug } },
      limit: 1,
      draft: true,
      overrideAccess: true,
    })
    if (existing.docs[0]) {
      ids.set(topic.slug, existing.docs[0].id)
      continue
    }
    const parentId = 'parent' in topic ? ids.get(topic.parent) : undefined
    const parent = parentId === undefined ? undefined : relationId(parentId)
    const created = await payload.create({
      collection: 'topics',
      data: {
        name: topic.name,
        slug: topic.slug,
        description: topic.description,
        parent,
        _status: 'published',
      },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'topics',
      id: created.id,
      locale: 'zh-Hant',
      data: { name: topic.nameHant },
      overrideAccess: true,
    })
    ids.set(topic.slug, created.id)
  }
  return ids
}

/** What the demo desk does with each sample document (by its number), as issue 4 describes. */
const DESK_PLAN: Record<string, DeskPlan> = {
  '000': 'publish', // national-security explainer: official education material
  '001': 'publish', // 新华社 release of the Ministry of State Security's press Q&A
  '002': 'leave', // sharing-site upload: truncated, garbled runs, rights unknown → stays a blocked draft
  '003': 'review', // interview reprint: waits in review
  '004': 'publish', // 国家安全部 WeChat account commentary
}

/**
 * Demo content on an empty database: the five sample documents go through the importer (as the
 * demo editor), then the demo desk verifies, reviews and publishes the official releases.
 */
export async function seedDemoContent(payload: Payload, seedsDir: string): Promise<DemoSummary> {
  const topics = await ensureDefaultTopics(payload)
  const { totalDocs } = await payload.count({ collection: 'sources', overrideAccess: true })
  const empty = { qaEntries: 0, glossaryTerms: 0, importMs: 0, desk: null }
  if (totalDocs > 0)
    return { topics: topics.size, sources: 0, articles: 0, published: 0, skipped: true, ...empty }

  const desk = await ensureDemoDesk(payload)
  const files = (await fs.readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort()
  const documents: DeskDocument[] = []
  const started = performance.now()
  for (const file of files) {
    const bytes = await fs.readFile(path.join(seedsDir, file))
    const result = await importDocument(payload, bytes, {
      user: desk.editor,
      origin: 'seed',
      fileName: file,
    })
    if (result.outcome === 'failed' || !result.written) {
      throw new Error(
        `The demo import of ${file} failed at ${result.failure?.stage}: ${result.failure?.message}`,
      )
    }
    documents.push({ file, written: result.written, plan: DESK_PLAN[file.slice(0, 3)] ?? 'leave' })
  }
  const importMs = Math.round(performance.now() - started)
  const deskResult = await playDesk(payload, desk, documents)
  return {
    topics: topics.size,
    sources: documents.length,
    articles: documents.length,
    published: deskResult.published.length,
    skipped: false,
    qaEntries: documents.reduce((sum, doc) => sum + doc.written.qaEntries.length, 0),
    glossaryTerms: documents.reduce((sum, doc) => sum + doc.written.glossaryTerms.length, 0),
    importMs,
    desk: deskResult,
  }
}
