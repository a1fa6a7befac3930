import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Plugin,
} from 'payload'
import { countChange } from '../db/change-counters.js'
import { isSearchCollection } from './documents.js'
import { searchServiceOf } from './registry.js'

/** Indexes the saved version (draft save, publish, unpublish) before the response goes out. */
const indexAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const counted = await countChange(req, collection.slug, 'all')
  const service = searchServiceOf(req.payload)
  if (counted) service?.noteOwnChange(collection.slug)
  await service?.onChange(collection.slug, doc.id, req)
  return doc
}

const dropAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  const counted = await countChange(req, collection.slug, 'all')
  const service = searchServiceOf(req.payload)
  if (counted) service?.noteOwnChange(collection.slug)
  service?.onDelete(collection.slug, doc?.id ?? id)
}

function withSearchHooks(collection: CollectionConfig): CollectionConfig {
  if (!isSearchCollection(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), indexAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), dropAfterDelete],
    },
  }
}

/**
 * Keeps the in-process search index fresh on this instance: articles, Q&A entries and glossary
 * terms report every change. Every change is also counted in the database (CLI scripts too), which
 * is how the other instances' catch-up learns of it; the indexing itself does nothing where no
 * search service runs (CLI scripts).
 */
export function searchPlugin(): Plugin {
  return (config) => ({ ...config, collections: (config.collections ?? []).map(withSearchHooks) })
}
