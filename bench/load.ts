/** autocannon in a process of its own (bench/delivery-load.mjs), so it does not share the server's CPU. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface Load {
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
  timeouts: number
}

export function runLoad(url: string, connections: number, seconds: number): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'bench', 'delivery-load.mjs'), url, String(connections), String(seconds)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Load)
        : reject(new Error(`load generator exited with ${code}`)),
    )
  })
}
