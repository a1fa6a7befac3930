/**
 * Content the cluster scenarios work on, written over REST through the instances of a Cluster
 * (alternating, so both instances write): a verified source, a topic, approved articles.
 */
import type { Cluster } from './cluster.js'
import { plainDocument } from './lexical.js'

export type Id = number | string

export interface Basics {
  sourceId: Id
  topicId: Id
}

export async function createBasics(cluster: Cluster, tag: string): Promise<Basics> {
  const source = await cluster.ok(
    cluster.call(0, 'POST', '/api/sources', {
      title: `集群测试来源 ${tag}`,
      outlet: '国家安全部',
      outletType: 'official-agency',
      rights: { status: 'official-public' },
      verification: { status: 'verified' },
    }),
    201,
  )
  const topic = await cluster.ok(
    cluster.call(1, 'POST', '/api/topics', {
      name: `集群专题 ${tag}`,
      slug: `cluster-${tag}`,
      _status: 'published',
    }),
    201,
  )
  return { sourceId: source.doc.id, topicId: topic.doc.id }
}

let counter = 0

/** A draft article that passes the gate, submitted and approved (the admin overrides four-eyes). */
export async function approvedArticle(
  cluster: Cluster,
  basics: Basics,
  extra: Record<string, unknown> = {},
): Promise<Id> {
  counter += 1
  const created = await cluster.ok(
    cluster.call(counter, 'POST', '/api/articles?draft=true&depth=0', {
      title: `集群测试文章 ${counter} ${Math.random().toString(36).slice(2, 8)}`,
      summary: '一篇关于国家安全的解读。',
      kind: 'explainer',
      body: plainDocument('正文内容。'),
      topics: [basics.topicId],
      sources: [{ source: basics.sourceId, role: 'original' }],
      ...extra,
    }),
    201,
  )
  const id = created.doc.id
  await cluster.ok(cluster.call(counter, 'POST', `/api/articles/${id}/workflow/submit`, {}))
  await cluster.ok(
    cluster.call(counter + 1, 'POST', `/api/articles/${id}/workflow/approve`, {
      overrideFourEyes: true,
      reason: 'cluster test',
    }),
  )
  return id
}

export async function publishedVersions(cluster: Cluster, id: Id): Promise<number> {
  const body = await cluster.ok(
    cluster.call(
      0,
      'GET',
      `/api/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&limit=0&depth=0`,
    ),
  )
  return body.totalDocs
}

export async function auditEvents(cluster: Cluster, id: Id, event: string): Promise<unknown[]> {
  const body = await cluster.ok(
    cluster.call(
      1,
      'GET',
      `/api/workflow-events?where[itemCollection][equals]=articles&where[itemId][equals]=${id}&where[event][equals]=${event}&limit=0&depth=0`,
    ),
  )
  return body.docs
}

/** Asks every instance at once to run `queue` now, as their crons do at the same second. */
export async function runQueueEverywhere(cluster: Cluster, queue: string): Promise<void> {
  await Promise.all(
    cluster.bases.map((_, which) =>
      cluster.call(which, 'GET', `/api/payload-jobs/run?queue=${queue}&silent=true`),
    ),
  )
}
