import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const mediaRoot = process.env.MEDIA_DIR ? path.resolve(process.env.MEDIA_DIR) : path.join(projectRoot, 'media')
export const dataRoot = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(projectRoot, 'data')
export const seedsDir = path.join(projectRoot, 'tests', 'fixtures', 'seeds')
