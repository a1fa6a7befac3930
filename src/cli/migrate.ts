/**
 * `npm run migrate` applies pending migrations; `npm run migrate:create [name]` writes a new
 * migration for the current schema into src/migrations (SQLite). Production starts apply them.
 */
import { migrateCLI } from 'payload'
import { loadEnvironment } from '../runtime/env.js'

loadEnvironment()
process.env.PAYLOAD_SECRET ||= 'migration-only'
const [command = 'migrate', name] = process.argv.slice(2)
const { loadConfig } = await import('../runtime/boot.js')
const config = await loadConfig()
await migrateCLI({
  config,
  parsedArgs: {
    _: [
      command === 'create'
        ? 'migrate:create'
        : `migrate${command === 'migrate' ? '' : `:${command}`}`,
      ...(name ? [name] : []),
    ],
    forceAcceptWarning: true,
  },
})
process.exit(0)
