/**
 * Sign-in timing: `npm run bench:login -- [--rounds 8]`
 *
 * Issue 17 item 8: a wrong password for an unknown account must take as long as one for a known
 * account, or the answer's time tells which addresses have accounts (before: 7–11 ms against
 * 420–550 ms). Interleaved sign-ins over HTTP, each from an address of its own (so the throttle
 * never refuses); prints both medians and their ratio (target ≥ 0.5, ideally about 1).
 */
import type { AddressInfo } from 'node:net'
import { useTemporaryEnvironment } from '../tests/support/temporary-environment.js'
import { numericArgument } from './arguments.js'

const ROUNDS = numericArgument('rounds', 8)
useTemporaryEnvironment('bench-login', { LOG_LEVEL: 'error' })

const { bootPayload } = await import('../src/runtime/boot.js')
const { createApp, createServer } = await import('../src/server/app.js')
const { payload, config } = await bootPayload()
payload.logger.level = 'error'
const email = 'known@bench.local'
await payload.create({
  collection: 'users',
  data: { email, password: 'bench-password-1234', roles: ['editor'], name: 'bench' },
  overrideAccess: true,
})
const server = createServer(createApp({ payload, config })).listen(0, '127.0.0.1')
await new Promise((resolve) => server.once('listening', resolve))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

let address = 0
async function timed(account: string): Promise<number> {
  address += 1
  const started = performance.now()
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `198.18.${Math.floor(address / 250)}.${address % 250}`,
    },
    body: JSON.stringify({ email: account, password: 'not-the-password' }),
  })
  await res.text()
  if (res.status !== 401) throw new Error(`expected 401, got ${res.status}`)
  return performance.now() - started
}

const unknown: number[] = []
const knownTimes: number[] = []
for (let i = 0; i < ROUNDS; i++) {
  unknown.push(await timed(`ghost-${i}@bench.local`))
  knownTimes.push(await timed(email))
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const ratio = median(unknown) / median(knownTimes)
console.log(
  `wrong password, ${ROUNDS} interleaved rounds: unknown account median ${median(unknown).toFixed(0)} ms, ` +
    `known account ${median(knownTimes).toFixed(0)} ms; ratio ${ratio.toFixed(2)} (target ≥ 0.5) ${ratio >= 0.5 ? '✓' : '✗'}`,
)
server.close()
await payload.destroy()
process.exit(0)
