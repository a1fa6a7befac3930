import type { Payload } from 'payload'
import type { DocId } from '../db/ids.js'
import { latestVersionId } from './audit.js'
import type { WorkflowCollection } from './states.js'

/**
 * The id of the version that is live: the newest one saved as published. Publishing writes the
 * main document and a version with `_status: 'published'` together (the workflow's publish, a
 * scheduled run, a revert), so while the item is live that version is what readers see.
 */
export async function publishedVersionId(
  payload: Payload,
  collection: WorkflowCollection,
  id: DocId,
): Promise<string | undefined> {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? String(docs[0].id) : undefined
}

/**
 * The two versions a reviewer compares: the latest (what is submitted) and the live one, for
 * Payload's version view (`/admin/collections/{collection}/{id}/versions/{latest}?versionFrom={published}`).
 * `published` is absent when nothing is live.
 */
export async function comparableVersions(
  payload: Payload,
  collection: WorkflowCollection,
  id: DocId,
  live: boolean,
): Promise<{ latest?: string; published?: string }> {
  const [latest, published] = await Promise.all([
    latestVersionId(payload, collection, id),
    live ? publishedVersionId(payload, collection, id) : undefined,
  ])
  return { latest, published }
}
