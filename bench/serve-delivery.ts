/**
 * The app on an existing database, for profiling one route under load from another process:
 *   DATABASE_URI=file:… PAYLOAD_SECRET=… node --cpu-prof --import tsx bench/serve-delivery.ts [--port 3999] [--uncached]
 * Prints `listening <port>` once the search index is built; exits (writing the profile) on SIGINT or SIGTERM.
 */
import { numericArgument, flagArgument } from './arguments.js'

Object.assign(process.env, {
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  NODE_ENV: process.env.NODE_ENV ?? 'test',
  SERVER_URL: process.env.SERVER_URL ?? 'http://127.0.0.1',
})

async function main(): Promise<void> {
  const { bootPayload } = await import('../src/runtime/boot.js')
  const { createApp, createServer } = await import('../src/server/app.js')
  const { NO_REQUEST_RATE_LIMITS } = await import('../src/server/rate-limit.js')
  const { deliveryCacheFor } = await import('../src/delivery/cache/delivery-cache.js')
  const { searchServiceOf } = await import('../src/search/registry.js')
  const { payload, config } = await bootPayload()
  payload.logger.level = 'warn'
  const server = createServer(
    createApp({ payload, config, rateLimits: NO_REQUEST_RATE_LIMITS }),
  ).listen(numericArgument('port', 3999), '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  await searchServiceOf(payload)?.ready
  deliveryCacheFor(payload).enabled = !flagArgument('uncached')
  console.log(`listening ${numericArgument('port', 3999)}`)
  const stop = () => {
    console.log(`cpu ${JSON.stringify(process.cpuUsage())}`)
    process.exit(0)
  }
  process.on('SIGUSR2', () => console.log(`cpu ${JSON.stringify(process.cpuUsage())}`))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
