// Client for bench/render-profile.ts, in a process of its own so that its CPU is not counted as
// the server's: on each IPC message { url, count } it fetches `url` `count` times, one request at
// a time over one keep-alive connection, and answers { done, status, bytes } (or { error }).
import http from 'node:http'

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

function get(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { 'accept-encoding': 'identity' } }, (res) => {
        let bytes = 0
        res.on('data', (chunk) => (bytes += chunk.length))
        res.on('end', () => resolve({ status: res.statusCode, bytes }))
      })
      .on('error', reject)
  })
}

process.on('message', async ({ url, count }) => {
  try {
    let last = { status: 0, bytes: 0 }
    for (let i = 0; i < count; i++) last = await get(url)
    process.send({ done: true, ...last })
  } catch (error) {
    process.send({ error: String(error) })
  }
})
process.send({ ready: true })
