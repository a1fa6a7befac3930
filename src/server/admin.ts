import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import next from 'next'
import type { Request, Response } from 'express'
import type { AdminHandler } from './app.js'
import { projectRoot } from '../paths.js'

const buildIdFile = path.join(projectRoot, '.next', 'BUILD_ID')

export function adminBuildExists(): boolean {
  return fs.existsSync(buildIdFile)
}

/** Builds the Payload admin (a Next.js app) once; about 30–40 s and ~2 GB on a 2-core machine. */
export async function buildAdmin(log: (line: string) => void): Promise<void> {
  log('Building the admin interface (first start only, about a minute)…')
  const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build exited with code ${code}`)),
    )
  })
}

type NextFactory = (options: { dev: boolean; dir: string; quiet?: boolean }) => {
  prepare: () => Promise<void>
  getRequestHandler: () => (req: Request, res: Response) => Promise<void>
  close?: () => Promise<void>
}

/** The Next.js request handler that renders the Payload admin inside our Express server. */
export async function createAdminHandler({ dev }: { dev: boolean }): Promise<AdminHandler> {
  const nextApp = (next as unknown as NextFactory)({ dev, dir: projectRoot, quiet: !dev })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  return (req, res) => handle(req, res)
}
