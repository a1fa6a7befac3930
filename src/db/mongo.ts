import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

/** `payload.db` when it is the MongoDB adapter, with its mongoose connection. */
export type MongoDb = Payload['db'] & MongooseAdapter

/** The MongoDB adapter names itself 'mongoose' (@payloadcms/db-mongodb, `name: 'mongoose'`). */
export function isMongoDb(db: Payload['db']): db is MongoDb {
  return db.name === 'mongoose'
}
