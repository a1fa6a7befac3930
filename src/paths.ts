import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The folder holding package.json — the same whether this runs from src/ or compiled from dist/src/. */
function findProjectRoot(start: string): string {
  let dir = start
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No package.json above ${start}`)
    dir = parent
  }
  return dir
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)))
export const mediaRoot = process.env.MEDIA_DIR
  ? path.resolve(process.env.MEDIA_DIR)
  : path.join(projectRoot, 'media')
export const dataRoot = process.env.DATA_DIR
  ? path.resolve(process.env.DATA_DIR)
  : path.join(projectRoot, 'data')
export const seedsDir = path.join(projectRoot, 'tests', 'fixtures', 'seeds')
