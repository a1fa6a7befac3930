// Load generator for bench/delivery.ts, run as a separate process so it does not share the server's CPU
// accounting. Prints one JSON line: requests, req/s, exact p50/p95/p99 latency (ms) and non-2xx count.
import autocannon from 'autocannon'

const [url, connections, seconds] = [
  process.argv[2],
  Number(process.argv[3] || 32),
  Number(process.argv[4] || 6),
]
const times = []
const instance = autocannon(
  { url, connections, duration: seconds, headers: { 'accept-encoding': 'identity' } },
  (error, result) => {
    if (error) throw error
    times.sort((a, b) => a - b)
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN
    process.stdout.write(
      `${JSON.stringify({ requests: result.requests.total, rps: result.requests.total / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts })}\n`,
    )
  },
)
instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
