/** `npm start`: boots the CMS on the configured database (embedded SQLite by default) and serves API and admin. */
import type { Server } from 'node:http'
import path from 'node:path'
import { ConfigurationError, ensurePayloadSecret, loadEnvironment } from './runtime/env.js'
import { DatabaseUnreachableError } from './db/preflight.js'
import { scrubLogValue } from './runtime/logging.js'

loadEnvironment()
process.env.NEXT_TELEMETRY_DISABLED = '1'
const say = (line: string) => console.log(line)

async function main(): Promise<void> {
  ensurePayloadSecret(say)
  const { bootPayload, optimizeSqlite } = await import('./runtime/boot.js')
  const { ensureAdminAccount } = await import('./seed/admin-account.js')
  const { seedDemoContent } = await import('./seed/demo.js')
  const { seedsDir } = await import('./paths.js')
  const { databaseKind, redactUri, defaultSqliteUri } = await import('./db/adapter.js')

  const adminEnabled = process.env.ADMIN !== 'off'
  if (adminEnabled) {
    const { ensureAdminBuild } = await import('./server/admin-build.js')
    await ensureAdminBuild(say)
  }

  const { analyzeIntervalMinutes, keepStatisticsCurrent } = await import('./db/statistics.js')
  const statisticsMinutes = analyzeIntervalMinutes()
  const { acquireStartupLock } = await import('./runtime/startup-lock.js')
  const { watchInterruptedImports } = await import('./ingest/recover.js')
  // Held until the schema, the first administrator and the demo content exist, so that instances
  // starting together on an empty database create each of them once.
  const release = await acquireStartupLock(process.env.DATABASE_URI ?? defaultSqliteUri(), say)
  const { payload, config } = await bootPayload({ cron: true }).catch(async (error: unknown) => {
    await release()
    throw error
  })
  keepStatisticsCurrent(payload, statisticsMinutes)
  let account: Awaited<ReturnType<typeof ensureAdminAccount>>
  try {
    account = await ensureAdminAccount(payload)
    await watchInterruptedImports(payload)
    if (process.env.SEED_DEMO !== 'off') {
      const demo = await seedDemoContent(payload, seedsDir)
      if (!demo.skipped) {
        say(
          `Imported demo content: ${demo.sources} sources, ${demo.articles} articles (${demo.published} published), ${demo.topics} topics.`,
        )
        if (databaseKind(process.env.DATABASE_URI) === 'sqlite') await optimizeSqlite(payload)
      }
    }
  } finally {
    await release()
  }
  const { createApp, createServer } = await import('./server/app.js')

  const admin = adminEnabled
    ? await (await import('./server/admin.js')).createAdminHandler({ dev: false })
    : undefined
  const app = createApp({ payload, config, admin })
  const port = Number(process.env.PORT || 3000)
  const server: Server = createServer(app).listen(port)
  await new Promise<void>((resolve, reject) =>
    server.once('listening', resolve).once('error', reject),
  )
  // Before "CMS ready": a SIGTERM right after it (an orchestrator, a test) found no handler while
  // the backfill below was still being loaded, and the process died without closing the database.
  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${signal} received: finishing in-flight requests and closing the database`)
    server.close(async () => {
      await payload
        .destroy()
        .catch((error: unknown) =>
          payload.logger.error({ err: error }, 'closing the database failed'),
        )
      process.exit(0)
    })
    server.closeIdleConnections()
    setTimeout(() => process.exit(1), 15000).unref()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))

  const base = process.env.SERVER_URL || `http://localhost:${port}`
  say('')
  say(`CMS ready on ${redactUri(process.env.DATABASE_URI ?? defaultSqliteUri())}`)
  if (adminEnabled) say(`  Admin:    ${base}/admin`)
  say(`  REST:     ${base}/api/articles`)
  say(`  GraphQL:  ${base}/api/graphql`)
  say(`  Health:   ${base}/health, ${base}/ready`)
  // Printed last, after everything else start-up prints, so the generated password is the last
  // thing on the screen; it is also kept in a git-ignored file in case it scrolls away.
  say('')
  if (account.created && account.generatedPassword) {
    const file = path.relative(process.cwd(), account.passwordFile ?? '') || account.passwordFile
    say('==================================================================')
    say(`  Log in as ${account.email} with password ${account.generatedPassword}`)
    say(`  (generated; shown only once, and saved to ${file}, readable by you only:`)
    say('   change the password after logging in, then delete that file)')
    say(`  首次登录：${account.email}，密码 ${account.generatedPassword}（已保存到 ${file}）`)
    say('==================================================================')
  } else if (account.created) {
    say(`  Log in as ${account.email} with ADMIN_PASSWORD`)
  } else {
    say(`  Log in as ${account.email} (existing account)`)
  }

  // Fingerprints of the articles that have none (saved before duplicate detection existed, or left
  // out by a failed write), in the background: the server answers meanwhile (src/similarity).
  const { backfillFingerprints } = await import('./similarity/backfill.js')
  void backfillFingerprints(payload).then(
    ({ written }) => {
      if (written) payload.logger.info(`similarity: ${written} article fingerprints written`)
    },
    (error: unknown) =>
      payload.logger.warn({ err: error }, 'similarity: the fingerprint backfill stopped'),
  )
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof DatabaseUnreachableError) {
    console.error(`\nCannot start: ${error.message}\n`)
  } else {
    // Errors from a failed database write carry the statement's values (hashes, tokens).
    console.error(scrubLogValue(error))
  }
  process.exit(1)
})
