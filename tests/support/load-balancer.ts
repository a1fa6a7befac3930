/**
 * A real load balancer process in front of a cluster's instances: nginx when it is installed
 * (Debian's nginx, which .ci/run installs where apt can), running the location block of the
 * shipped deploy/nginx.conf, otherwise a Node reverse proxy (load-balancer-process.ts). Both
 * round-robin and report which upstream served each request.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { freePort, projectRoot, runProgram, runScript, type Running } from './spawn.js'

export interface Balancer {
  kind: 'nginx' | 'node'
  base: string
  /** The upstream (host:port) of every request so far, in order. */
  upstreams: () => string[]
  stop: () => Promise<void>
}

/** nginx unless CLUSTER_BALANCER=node asks for the Node proxy (to run the fallback where nginx is). */
function nginxBinary(): string | undefined {
  if (process.env.CLUSTER_BALANCER === 'node') return undefined
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'])
    if (candidate && fs.existsSync(candidate)) return candidate
  return undefined
}

/**
 * deploy/nginx.conf as the cluster runs it: its `server` block (every proxy setting unchanged)
 * with the upstream pointed at `targets` and listening on `port`; Docker's resolver left out.
 */
export function nginxConfig(dir: string, port: number, targets: string[]): string {
  const shipped = fs.readFileSync(path.join(projectRoot, 'deploy/nginx.conf'), 'utf8')
  const server = shipped.slice(shipped.indexOf('server {'))
  if (!server.startsWith('server {') || !/listen 80;/.test(server))
    throw new Error(
      'deploy/nginx.conf no longer has the `server { listen 80; …` block this test runs',
    )
  const upstreamServers = targets.map((target) => `    server ${new URL(target).host};`).join('\n')
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, `nginx-${name}`)};`
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'nginx-error.log')} warn;
events { worker_connections 512; }
http {
  log_format upstream 'upstream $upstream_addr';
  access_log ${path.join(dir, 'nginx-upstream.log')} upstream;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  upstream cms {
${upstreamServers}
    keepalive 32;
  }
${server.replace('listen 80;', `listen 127.0.0.1:${port};`)}
}
`
}

async function waitForPort(port: number, what: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/health`)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`the load balancer did not answer on ${port}: ${what()}`)
}

export async function startBalancer(dir: string, targets: string[]): Promise<Balancer> {
  const port = await freePort()
  const nginx = nginxBinary()
  if (nginx) {
    const conf = path.join(dir, 'nginx.conf')
    fs.writeFileSync(conf, nginxConfig(dir, port, targets))
    execFileSync(nginx, [
      '-t',
      '-q',
      '-p',
      dir,
      '-c',
      conf,
      '-e',
      path.join(dir, 'nginx-error.log'),
    ])
    const run = runProgram(nginx, ['-p', dir, '-c', conf, '-e', path.join(dir, 'nginx-error.log')])
    await waitForPort(port, run.output)
    const log = path.join(dir, 'nginx-upstream.log')
    return {
      kind: 'nginx',
      base: `http://127.0.0.1:${port}`,
      // nginx writes each line after the response has gone out: a caller may read it a moment early.
      upstreams: () =>
        fs.existsSync(log)
          ? fs
              .readFileSync(log, 'utf8')
              .split('\n')
              .filter((line) => line.startsWith('upstream '))
              .map((line) => line.slice('upstream '.length))
          : [],
      stop: () => stopRun(run),
    }
  }
  const run = runScript('tests/support/load-balancer-process.ts', {
    LB_PORT: String(port),
    LB_TARGETS: targets.join(','),
  })
  await run.waitFor(/load balancer ready/, 60_000)
  return {
    kind: 'node',
    base: `http://127.0.0.1:${port}`,
    upstreams: () => [...run.output().matchAll(/^upstream (\S+)$/gm)].map((match) => match[1]),
    stop: () => stopRun(run),
  }
}

async function stopRun(run: Running): Promise<void> {
  if (run.child.exitCode !== null) return
  run.child.kill('SIGTERM')
  await Promise.race([run.exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
  if (run.child.exitCode === null) run.child.kill('SIGKILL')
}
