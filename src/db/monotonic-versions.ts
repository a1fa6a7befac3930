/**
 * Keeps each document's version timestamps increasing, whatever the writer's clock says.
 *
 * Both adapters' `createVersion` mark the older versions as no longer latest with
 * `updatedAt < the new version's updatedAt` (@payloadcms/drizzle and @payloadcms/db-mongodb
 * createVersion), and Payload reads "the latest version" as `latest = true` sorted by
 * `-updatedAt` (payload getLatestCollectionVersion). A version written by an instance whose clock
 * is behind therefore stayed behind: the previous version kept `latest` and won the sort, so an
 * edit saved through the lagging instance was invisible and the next submit/approve/publish wrote
 * the old content again (tests/cluster/skewed-clock.test.ts: every edit lost with a clock 90 s
 * behind). Here a new version is stamped at least 1 ms after the newest version of its document.
 * Costs one indexed read (parent, newest updatedAt) per version written.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, CreateVersionArgs, DatabaseAdapterObj } from 'payload'
import { isSqliteDb, sqliteSession } from './sqlite.js'

async function newestVersionTime(
  db: BaseDatabaseAdapter,
  args: CreateVersionArgs,
): Promise<string | undefined> {
  const table = isSqliteDb(db)
    ? db.tableNameMap.get(`_${args.collectionSlug.replace(/-/g, '_')}${db.versionsSuffix ?? '_v'}`)
    : undefined
  if (isSqliteDb(db) && table) {
    // One indexed max() instead of the adapter's findVersions, which builds a relational query
    // with a subquery per array field whatever `select` says: bench:import writes ~15 versions per
    // document, and that query was 1,570 of its 28,756 statements and their drizzle query building.
    const target = await sqliteSession(db, args.req)
    const row = await target.get<{ newest: string | null } | undefined>(
      sql`SELECT max(updated_at) AS newest FROM ${sql.identifier(table)} WHERE parent_id = ${args.parent}`,
    )
    return row?.newest ?? undefined
  }
  const { docs } = await db.findVersions({
    collection: args.collectionSlug,
    where: { parent: { equals: args.parent } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    select: { updatedAt: true },
    req: args.req,
  })
  return docs[0]?.updatedAt
}

export function withMonotonicVersions(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (initArgs) => {
      const db = adapter.init(initArgs)
      const createVersion = db.createVersion.bind(db)
      db.createVersion = async (args) => {
        const newest = await newestVersionTime(db, args)
        if (!newest || args.updatedAt > newest) return createVersion(args)
        const after = new Date(Date.parse(newest) + 1).toISOString()
        return createVersion({
          ...args,
          // createdAt is the version's own time unless Payload restores an old one (then kept).
          createdAt: args.createdAt === args.updatedAt ? after : args.createdAt,
          updatedAt: after,
          versionData:
            args.versionData.updatedAt === args.updatedAt
              ? { ...args.versionData, updatedAt: after }
              : args.versionData,
        })
      }
      return db
    },
  }
}
