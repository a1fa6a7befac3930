import next from 'next'
import type { Request, Response } from 'express'
import type { AdminHandler } from './app.js'
import { projectRoot } from '../paths.js'

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
