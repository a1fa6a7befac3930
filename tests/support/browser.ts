/**
 * The browser for the admin tests. `CHROMIUM_PATH` names one explicitly (Debian's
 * `/usr/bin/chromium`, say); otherwise the Chromium shipped inside the `@sparticuz/chromium` npm
 * package is used, so that `npm install && npm test` needs nothing installed by hand. The system's
 * Chromium is deliberately not picked up on its own: every machine then runs the same browser,
 * and a CI machine with Debian's Chromium left over cannot hide a fresh machine's failure.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { projectRoot, tempDir } from './spawn.js'

/**
 * Without the background-networking flags Chromium keeps opening connections that this closed
 * network refuses, many at a time (measured on these machines; see shared/DESIGN.md).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let resolved: Promise<string> | undefined

/** The Chromium executable: `CHROMIUM_PATH`, or the npm package's, unpacked once per version. */
export function chromiumExecutable(): Promise<string> {
  resolved ??= resolveExecutable()
  return resolved
}

async function resolveExecutable(): Promise<string> {
  const explicit = process.env.CHROMIUM_PATH
  if (explicit) {
    if (!fs.existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist.`)
    return explicit
  }
  const version = packageVersion()
  const target = path.join(os.tmpdir(), `guoan-chromium-${version}`)
  const executable = path.join(target, 'chromium')
  if (fs.existsSync(executable)) return executable
  // @sparticuz/chromium unpacks into os.tmpdir() and takes any file already there as done, so two
  // processes unpacking at once (or an older version's leftovers) could hand out a half-written or
  // wrong binary. Unpack into a folder of our own, then move it into place in one rename.
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), `guoan-chromium-${version}-unpacking-`))
  // In a child process, because jest's sandboxed process.env does not reach os.tmpdir().
  const unpacked = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import c from '@sparticuz/chromium'; console.log(await c.executablePath())",
    ],
    { cwd: projectRoot, env: { ...process.env, TMPDIR: staging }, encoding: 'utf8' },
  ).trim()
  if (path.dirname(unpacked) !== staging)
    throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, not into ${staging}`)
  try {
    fs.renameSync(staging, target)
  } catch (error) {
    // Another process moved its copy into place first: use that one.
    fs.rmSync(staging, { recursive: true, force: true })
    if (!fs.existsSync(executable)) throw error
  }
  return executable
}

function packageVersion(): string {
  // The package's exports map hides package.json: find it above the resolved entry point.
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium')
  const manifest: unknown = JSON.parse(
    fs.readFileSync(path.join(path.dirname(entry), '..', '..', 'package.json'), 'utf8'),
  )
  if (
    typeof manifest === 'object' &&
    manifest !== null &&
    'version' in manifest &&
    typeof manifest.version === 'string'
  )
    return manifest.version
  throw new Error('@sparticuz/chromium/package.json has no version')
}

const cspViolations = new WeakMap<BrowserContext, string[]>()

/** What the Content-Security-Policy refused in this browser so far (Chromium logs each refusal). */
export function cspViolationsIn(context: BrowserContext): string[] {
  return cspViolations.get(context) ?? []
}

/**
 * Blocks every request this browser makes outside `base` (data: URLs aside), as an offline
 * newsroom would, and gives the list of the blocked addresses, which a test expects empty.
 */
export async function blockRequestsOutside(
  context: BrowserContext,
  base: string,
): Promise<string[]> {
  const outside: string[] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.origin === new URL(base).origin || url.protocol === 'data:') return route.continue()
    outside.push(url.href)
    return route.abort()
  })
  return outside
}

/** A headless Chromium with a new empty profile, as a first-time visitor's browser. */
export async function launchBrowser(locale = 'en-US'): Promise<BrowserContext> {
  const profile = tempDir('chromium-profile-')
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await chromiumExecutable(),
    headless: true,
    args: CHROMIUM_FLAGS,
    locale,
  })
  // Chromium may still be writing its cache as the context closes: removing the temporary
  // profile retries, and never fails a test (it failed one once with ENOTEMPTY under load).
  context.on('close', () => {
    void fs.promises
      .rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
      .catch(() => undefined)
  })
  const violations: string[] = []
  const watch = (page: Page) =>
    page.on('console', (entry) => {
      if (entry.type() === 'error' && /Content Security Policy/i.test(entry.text()))
        violations.push(`${page.url()}: ${entry.text()}`)
    })
  context.pages().forEach(watch)
  context.on('page', watch)
  cspViolations.set(context, violations)
  return context
}
