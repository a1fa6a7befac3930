import { MongoClient } from 'mongodb'
import { MONGO_CONNECT_TIMEOUT_MS, mongoHost, redactUri } from './adapter.js'

export class DatabaseUnreachableError extends Error {}

/** Fails within seconds, naming the host, instead of Mongoose's 30 s wait and topology dump. */
export async function assertMongoReachable(
  uri: string,
  timeoutMs = MONGO_CONNECT_TIMEOUT_MS,
): Promise<void> {
  const client = new MongoClient(uri, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
  })
  try {
    await client.connect()
    await client.db().command({ ping: 1 })
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    throw new DatabaseUnreachableError(
      `Cannot reach MongoDB at ${mongoHost(uri)} (DATABASE_URI=${redactUri(uri)}) within ${timeoutMs / 1000} s: ${reason}. ` +
        'Check that the MongoDB server is running and reachable from this machine, that host, port and credentials in DATABASE_URI are right, ' +
        'and with docker compose that the mongo service is healthy (docker compose ps). To run without MongoDB, unset DATABASE_URI to use the embedded SQLite database.',
    )
  } finally {
    await client.close().catch(() => undefined)
  }
}
