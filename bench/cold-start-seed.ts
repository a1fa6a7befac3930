/** bench:cold-start's seeding step: fills the database of DATABASE_URI with N published articles. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedArticles } from './seed-articles.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const count = Number(process.argv[2] ?? 10_000)
const { bootPayload, optimizeSqlite } = await import('../src/runtime/boot.js')
const { payload } = await bootPayload()
payload.logger.level = 'warn'
const seconds = await seedArticles(payload, root, count)
await optimizeSqlite(payload)
console.log(`Seeded ${count} published articles in ${seconds.toFixed(1)} s; ANALYZE done.`)
await payload.destroy()
process.exit(0)
