// The ceiling for bench/delivery.ts, in a process of its own so that its CPU counters hold nothing
// but answering: a plain node:http server sending, from memory, the bytes and headers that our
// server sent for each path (fetched once at start, identity encoding; Date, Connection and
// Keep-Alive are node's own, as on ours).
//   node bench/delivery-bare.mjs <base URL of our server> <path>…
// Prints `{"port":…}` once listening. Over IPC (when forked) or on SIGUSR2 it reports
// `{"cpu":{user,system}}` (process.cpuUsage, µs).
import http from 'node:http'

const [base, ...paths] = process.argv.slice(2)
const NODE_OWN = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])
const answers = new Map()
for (const path of paths) {
  const res = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity' } })
  const headers = {}
  for (const [name, value] of res.headers) if (!NODE_OWN.has(name)) headers[name] = value
  answers.set(path, { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) })
}
const server = http.createServer((req, res) => {
  const found = answers.get(req.url ?? '')
  if (!found) return res.writeHead(404).end()
  res.writeHead(found.status, found.headers)
  res.end(found.body)
})
server.listen(0, '127.0.0.1', () => {
  const report = { port: server.address().port }
  if (process.send) process.send(report)
  else console.log(JSON.stringify(report))
})
const cpu = () => ({ cpu: process.cpuUsage() })
process.on('message', (message) => {
  if (message === 'cpu') process.send(cpu())
  if (message === 'exit') process.exit(0)
})
process.on('SIGUSR2', () => console.log(JSON.stringify(cpu())))
process.on('disconnect', () => process.exit(0))
