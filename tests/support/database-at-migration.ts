/**
 * Run as a script (`node --import tsx tests/support/database-at-migration.ts <migration>`, in the
 * environment of a production start): builds the SQLite database at DATABASE_URI as production had
 * it at `<migration>` — the committed migrations up to and including that one — and fills it the
 * way an editorial team would: the demo content (imports, sources, articles, Q&A, glossary terms,
 * their versions and locales, workflow history), a webhook and its queued deliveries, review
 * comments, a preference, and the article with the highest id deleted after it had a history.
 * Prints one JSON line `{"deleted": {...}}` naming that article, then exits.
 *
 * The content is written by today's code, which also stores the columns later migrations add.
 * Those columns are added for the writes and dropped again afterwards (the target migration must
 * be one whose schema lacks only columns, given in ADDED_LATER), so the file ends up exactly as
 * production had it, rows and all.
 */
import { getPayload } from 'payload'
import { sql } from '@payloadcms/db-sqlite'
import { isSqliteDb } from '../../src/db/sqlite.js'
import { loadEnvironment } from '../../src/runtime/env.js'

/** Columns today's schema has and the target migration's does not: table → column. */
const ADDED_LATER: [table: string, column: string][] = [
  ['workflow_events', 'item_created_at'],
  ['review_comments', 'item_created_at'],
]

loadEnvironment()
const target = process.argv[2]
const { loadConfig } = await import('../../src/runtime/boot.js')
const { migrations } = await import('../../src/migrations/index.js')
const upTo = migrations.findIndex((migration) => migration.name === target)
if (upTo < 0) throw new Error(`No committed migration named ${target}.`)
const config = await loadConfig()

// Production applies `prodMigrations` when it connects: here only those up to the target.
const adapter = config.db
config.db = {
  ...adapter,
  init: (args) => {
    // The SQLite adapter reads `prodMigrations` from itself when it connects.
    return Object.assign(adapter.init(args), { prodMigrations: migrations.slice(0, upTo + 1) })
  },
}
const payload = await getPayload({ config, cron: false })
const db = payload.db
if (!isSqliteDb(db)) throw new Error('This script builds SQLite databases only.')
for (const [table, column] of ADDED_LATER)
  await db.drizzle.run(sql.raw(`ALTER TABLE \`${table}\` ADD \`${column}\` text`))

const { ensureAdminAccount } = await import('../../src/seed/admin-account.js')
const { seedDemoContent } = await import('../../src/seed/demo.js')
const { seedsDir } = await import('../../src/paths.js')
await ensureAdminAccount(payload)
// Before the desk publishes, so that its publications queue webhook deliveries.
await payload.create({
  collection: 'webhooks',
  data: { name: 'migration test', url: 'http://127.0.0.1:9/hook', events: ['published'] },
  overrideAccess: true,
})
await seedDemoContent(payload, seedsDir)

const { docs: articles } = await payload.find({
  collection: 'articles',
  sort: '-id',
  limit: 2,
  depth: 0,
  draft: true,
  overrideAccess: true,
})
const [highest, other] = articles
if (!highest || !other) throw new Error('The demo content has fewer than two articles.')
const admin = (
  await payload.find({ collection: 'users', sort: 'id', limit: 1, overrideAccess: true })
).docs[0]
for (const article of [highest, other]) {
  await payload.create({
    collection: 'review-comments',
    data: {
      itemCollection: 'articles',
      itemId: String(article.id),
      body: `Check the sources of article ${article.id}.`,
      blocking: true,
    },
    user: admin,
    overrideAccess: true,
  })
}
// Through the adapter, as the admin's preferences endpoint stores them (the Local API's `user`
// field of payload-preferences is filled from the request only).
await db.create({
  collection: 'payload-preferences',
  data: {
    key: 'articles-list',
    value: { limit: 25 },
    user: { relationTo: 'users', value: admin.id },
  },
})
const events = await payload.count({
  collection: 'workflow-events',
  where: {
    and: [{ itemCollection: { equals: 'articles' } }, { itemId: { equals: String(highest.id) } }],
  },
  overrideAccess: true,
})
await payload.delete({ collection: 'articles', id: highest.id, overrideAccess: true })
for (const [table, column] of ADDED_LATER)
  await db.drizzle.run(sql.raw(`ALTER TABLE \`${table}\` DROP COLUMN \`${column}\``))
console.log(JSON.stringify({ deleted: { id: highest.id, events: events.totalDocs } }))
process.exit(0)
