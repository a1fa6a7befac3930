/**
 * The cluster suite's load balancer where nginx is not installed: a round-robin reverse proxy
 * (http-proxy-3) in its own process, in front of LB_TARGETS (comma-separated base URLs), on
 * LB_PORT. It sets X-Forwarded-For/-Proto as nginx does and prints the upstream of every request
 * (`upstream 127.0.0.1:port`), as nginx's access log does in tests/support/load-balancer.ts.
 */
import http from 'node:http'
import { createProxyServer } from 'http-proxy-3'

const targets = (process.env.LB_TARGETS ?? '').split(',').filter(Boolean)
const port = Number(process.env.LB_PORT)
if (targets.length === 0 || !Number.isInteger(port))
  throw new Error('LB_TARGETS (base URLs) and LB_PORT are required')

const proxy = createProxyServer({ xfwd: true })
let next = 0
const server = http.createServer((req, res) => {
  const target = targets[next++ % targets.length]
  console.log(`upstream ${new URL(target).host}`)
  proxy.web(req, res, { target }, (error: Error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' })
    res.end(`bad gateway: ${error.message}`)
  })
})
server.listen(port, '127.0.0.1', () => console.log(`load balancer ready on ${port}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
