/**
 * Makes a job runner's pickup of queued jobs exclusive across server instances.
 *
 * Payload's runner picks jobs up with `updateJobs({ where: { processing: false, … }, data:
 * { processing: true } })`, and both adapters carry that out as a find followed by updates by id
 * (@payloadcms/drizzle and @payloadcms/db-mongodb `updateJobs`), without `processing = false`
 * in the update itself. Two instances whose crons fire at the same second therefore both pick up
 * the same job and both run it. On SQLite it is worse than a double run: the first runner deletes
 * the finished job, SQLite hands its id to the next job queued (a webhook delivery, say), and the
 * second runner's late "completed" write and delete land on that new job, which is then never run
 * (seen in tests/cluster/jobs-exactly-once.test.ts: a round's webhooks lost without an error).
 *
 * Here each candidate the runner found is taken with one conditional update (`processing` still
 * false), which the database applies atomically; only the jobs this instance took are returned.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, UpdateJobsArgs } from 'payload'

const JOBS = 'payload-jobs'

/** Whether this call is a runner's pickup (and not an update of one job, or a release). */
function isPickup(args: UpdateJobsArgs): boolean {
  return args.id === undefined && args.where !== undefined && args.data.processing === true
}

// The adapter as `init` returns it, before Payload knows it as `payload.db` (src/db/sqlite.ts and
// src/db/mongo.ts narrow that one); both adapters name themselves in `name`.
const isSqlite = (db: BaseDatabaseAdapter): db is BaseDatabaseAdapter & SQLiteAdapter =>
  db.name === 'sqlite'
const isMongo = (db: BaseDatabaseAdapter): db is BaseDatabaseAdapter & MongooseAdapter =>
  db.name === 'mongoose'

/** Sets `processing` on job `id` only if it is still false; true when this call set it. */
async function take(db: BaseDatabaseAdapter, id: number | string): Promise<boolean> {
  if (isSqlite(db)) {
    const table = db.tableNameMap.get('payload_jobs') ?? 'payload_jobs'
    const result = await db.client.execute({
      sql: `UPDATE "${table}" SET processing = 1 WHERE id = ? AND coalesce(processing, 0) = 0`,
      args: [id],
    })
    return result.rowsAffected === 1
  }
  if (isMongo(db)) {
    const result = await db.collections[JOBS].updateOne(
      { _id: id, processing: { $ne: true } },
      { $set: { processing: true } },
    )
    return result.modifiedCount === 1
  }
  throw new Error(`exclusive job pickup is not implemented for the ${db.name} adapter`)
}

/** Wraps the adapter's `updateJobs` so that a job is picked up by one runner only. */
export function withExclusiveJobPickup(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const updateJobs = db.updateJobs.bind(db)
      db.updateJobs = async (jobArgs) => {
        if (!isPickup(jobArgs) || jobArgs.where === undefined) return updateJobs(jobArgs)
        const found = await db.find({
          collection: JOBS,
          where: jobArgs.where,
          limit: jobArgs.limit,
          sort: jobArgs.sort,
          pagination: false,
          req: jobArgs.req,
        })
        const taken: (number | string)[] = []
        for (const job of found.docs) {
          const id: unknown = job.id
          if ((typeof id === 'number' || typeof id === 'string') && (await take(db, id)))
            taken.push(id)
        }
        if (taken.length === 0) return jobArgs.returning === false ? null : []
        // The adapter's own update writes the rest of `data` (updatedAt) and reads the jobs back
        // in the shape the runner expects; `processing` is already true for these.
        return updateJobs({ ...jobArgs, where: { id: { in: taken } } })
      }
      return db
    },
  }
}
