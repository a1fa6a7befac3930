/**
 * Payload's own dependency check is off (src/storage/payload-versions.ts): this is the check in
 * its place. Every installed Payload package has payload's version, except the storage adapter
 * packages published one patch behind, which must be at exactly the version allowed for them.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LAGGING_PAYLOAD_PACKAGES } from '../../src/storage/payload-versions.js'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')
const versionOf = (name: string): string =>
  JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version

const payloadVersion = versionOf('payload')
const installed = fs
  .readdirSync(path.join(root, 'node_modules', '@payloadcms'))
  .map((name) => `@payloadcms/${name}`)

test('the Payload packages installed are the ones this checks, storage adapter included', () => {
  expect(installed).toEqual(
    expect.arrayContaining(['@payloadcms/ui', ...Object.keys(LAGGING_PAYLOAD_PACKAGES)]),
  )
})

test('every Payload package has payload’s version, the lagging ones exactly theirs', () => {
  const versions = Object.fromEntries(installed.map((name) => [name, versionOf(name)]))
  const expected = Object.fromEntries(
    installed.map((name) => [name, LAGGING_PAYLOAD_PACKAGES[name] ?? payloadVersion]),
  )
  expect(versions).toEqual(expected)
})

test('no second copy of a Payload package is nested under the storage plugin', () => {
  const nested = path.join(
    root,
    'node_modules',
    '@payloadcms',
    'plugin-cloud-storage',
    'node_modules',
  )
  expect(fs.existsSync(nested) ? fs.readdirSync(nested) : []).toEqual([])
})
