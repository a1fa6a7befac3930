import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Plugin,
} from 'payload'
import { isSearchCollection } from './documents.js'
import { searchServiceOf } from './registry.js'

/** Indexes the saved version (draft save, publish, unpublish) before the response goes out. */
const indexAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await searchServiceOf(req.payload)?.onChange(collection.slug, doc.id, req)
  return doc
}

const dropAfterDelete: CollectionAfterDeleteHook = ({ collection, doc, id, req }) => {
  searchServiceOf(req.payload)?.onDelete(collection.slug, doc?.id ?? id)
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
 * terms report every change. The hooks do nothing where no search service runs (CLI scripts);
 * other instances converge through the service's catch-up.
 */
export function searchPlugin(): Plugin {
  return (config) => ({ ...config, collections: (config.collections ?? []).map(withSearchHooks) })
}
