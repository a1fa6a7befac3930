import type { CollectionConfig } from 'payload'

/** Drafts with autosave and a bounded version history, the same for every content collection. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 } },
  maxPerDoc: 50,
}
