/** Regenerates the admin import map and src/payload-types.ts from the config. */
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { loadEnvironment } from '../runtime/env.js'

loadEnvironment()
// Code generation reads the config only; it never signs anything.
process.env.PAYLOAD_SECRET ||= 'codegen-only'
const { loadConfig } = await import('../runtime/boot.js')
const config = await loadConfig()
const what = process.argv[2] ?? 'all'
if (what === 'all' || what === 'importmap')
  await generateImportMap(config, { log: true, force: true })
if (what === 'all' || what === 'types') await generateTypes(config)
