/**
 * Reads a cluster's database directly, for what the REST API does not show (Payload's jobs
 * collection is not readable over REST): a SQLite file through libsql, MongoDB through its driver.
 */
import { createClient } from '@libsql/client'
import { MongoClient } from 'mongodb'
import type { Cluster } from './cluster.js'

/** Jobs of `queue` not finished yet: waiting, running, or to be retried. */
export async function unfinishedJobs(cluster: Cluster, queue: string): Promise<number> {
  if (cluster.databaseUri.startsWith('mongodb')) {
    const client = new MongoClient(cluster.databaseUri, { serverSelectionTimeoutMS: 5000 })
    try {
      await client.connect()
      return await client
        .db()
        .collection('payload-jobs')
        .countDocuments({ queue, completedAt: null, hasError: { $ne: true } })
    } finally {
      await client.close()
    }
  }
  const client = createClient({ url: cluster.databaseUri })
  try {
    const result = await client.execute({
      sql: 'SELECT count(*) AS n FROM payload_jobs WHERE queue = ? AND completed_at IS NULL AND coalesce(has_error, 0) = 0',
      args: [queue],
    })
    return Number(result.rows[0]?.n ?? 0)
  } finally {
    client.close()
  }
}
