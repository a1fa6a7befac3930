import type { CollectionAfterChangeHook, Config } from 'payload'
import { contentVersions, MAX_VERSIONS_PER_DOC } from '../fields/versions.js'

/**
 * Keeps the newest `max` versions of a document. A new document has one version, so only updates
 * check, and they only count until there are more than `max`.
 */
export function pruneOldVersions(max: number): CollectionAfterChangeHook {
  return async ({ doc, operation, collection, req }) => {
    if (operation !== 'update') return doc
    const parent = { parent: { equals: doc.id } }
    const { totalDocs } = await req.payload.countVersions({
      collection: collection.slug,
      where: parent,
      req,
    })
    if (totalDocs <= max) return doc
    const { docs } = await req.payload.findVersions({
      collection: collection.slug,
      where: parent,
      sort: '-updatedAt',
      limit: 1,
      page: max + 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const oldestKept = docs[0]
    if (oldestKept?.updatedAt) {
      await req.payload.db.deleteVersions({
        collection: collection.slug,
        where: { and: [parent, { updatedAt: { less_than_equal: oldestKept.updatedAt } }] },
        req,
      })
    }
    return doc
  }
}

/** Adds the pruning to every collection that uses the shared content versioning. */
export function versionPruningPlugin(max = MAX_VERSIONS_PER_DOC) {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.versions === contentVersions
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), pruneOldVersions(max)],
            },
          }
        : collection,
    ),
  })
}
