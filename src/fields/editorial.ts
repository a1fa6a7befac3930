import type { CollectionConfig } from 'payload'
import { editorialAccess } from '../access/content.js'
import { guardPublishing } from '../workflow/publish-guard.js'
import { refuseStaleSaves } from '../versions/stale-saves.js'
import { contentVersions } from './versions.js'

/** What an editorial collection says itself: everything but its access and its versions. */
export type EditorialCollectionConfig = Omit<CollectionConfig, 'access' | 'versions'>

/**
 * The policy every editorial collection (articles, Q&A, glossary, topics, laws) shares: drafts with
 * a bounded version history, `editorialAccess`, no save over a newer version someone else saved
 * (409), and `_status: 'published'` only through the workflow. The collection's own beforeChange
 * hooks run after the stale-save check and before the publishing guard.
 */
export function editorialCollection({
  hooks,
  ...config
}: EditorialCollectionConfig): CollectionConfig {
  return {
    ...config,
    access: editorialAccess,
    versions: contentVersions,
    hooks: {
      ...hooks,
      beforeChange: [refuseStaleSaves, ...(hooks?.beforeChange ?? []), guardPublishing],
    },
  }
}
