/**
 * Indexes Payload's SQLite schema lacks for the lookups it makes itself. SQLite plans without
 * statistics here (nothing runs ANALYZE), so a lookup that no index serves well becomes a scan
 * that grows with the table. Measured on the importer's benchmark (15,000 Q&A entries):
 * - reading one document back filters its `*_locales` rows by `_parent_id` alone, which the only
 *   index there, unique (_locale, _parent_id), cannot serve: every read scanned the whole table
 *   (0.8 ms per read at 3,000 entries, 3.3 ms at 15,000);
 * - a draft slug lookup (`latest = ? and version_slug between …`) used the two-valued `latest`
 *   index and sorted half the versions table (0.2 ms → 0.8 ms).
 */
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite/types'

export const addLookupIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (name.endsWith('_locales') && '_parentID' in table) {
      extendTable({
        table,
        extraConfig: (columns) => ({
          _parentIdx: index(`${name}_parent_idx`).on(columns._parentID),
        }),
      })
    }
    if ('latest' in table && 'version_slug' in table) {
      extendTable({
        table,
        extraConfig: (columns) => ({
          _latestSlugIdx: index(`${name}_latest_slug_idx`).on(columns.latest, columns.version_slug),
        }),
      })
    }
  }
  const bands = schema.tables.content_fingerprints_bands
  if (bands && 'key' in bands && '_parentID' in bands)
    extendTable({
      table: bands,
      extraConfig: (columns) => ({
        _keyParentIdx: index('content_fingerprints_bands_key_parent_idx').on(
          columns.key,
          columns._parentID,
        ),
      }),
    })
  return schema
}
