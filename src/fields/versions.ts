import type { CollectionConfig } from 'payload'

/** How many versions a content document keeps (src/versions/plugin.ts prunes the older ones). */
export const MAX_VERSIONS_PER_DOC = 50

/**
 * Drafts with autosave and a bounded version history, the same for every content collection.
 * Payload's own `maxPerDoc` is off: after every save, the first included, it reads the 51st newest
 * version with all its fields (15% of the importer's time); the pruning plugin counts first.
 */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 } },
  maxPerDoc: 0,
}
