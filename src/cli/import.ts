/**
 * `npm run import -- <file|dir>… [--dry-run] [--json] [--as <email>]`
 *
 * Imports raw documents through the same pipeline as POST /api/imports and the admin. A directory
 * is read recursively for .txt/.text/.html/.htm files. `--dry-run` only analyses (no database is
 * opened, nothing is written). `--json` prints only the JSON array of the public contract on
 * stdout. Exit code 0 when every file imported (or already had), 1 when any failed, 2 on usage errors.
 */
import fs from 'node:fs'
import path from 'node:path'
import cliProgress from 'cli-progress'
import type { Payload } from 'payload'
import { closeDedicatedConnection } from '../db/sqlite-transaction.js'
import { toContract, type ImportContract } from '../ingest/contract.js'
import { AnalysisAhead } from '../ingest/analysis-pool.js'
import { importMaxBytes } from '../ingest/decode.js'
import { ImportInputError, ImportStageError } from '../ingest/errors.js'
import type { ImportResult } from '../ingest/run.js'
import type { User } from '../payload-types.js'
import { ensurePayloadSecret, loadEnvironment } from '../runtime/env.js'
import { scrubLogValue, sendLogsTo } from '../runtime/logging.js'

const USAGE = 'Usage: npm run import -- <file|dir>… [--dry-run] [--json] [--as <email>]'
const TEXT_FILES = /\.(txt|text|html?)$/i

interface Options {
  paths: string[]
  dryRun: boolean
  json: boolean
  as: string | null
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const options: Options = { paths: [], dryRun: false, json: false, as: null }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--dry-run') options.dryRun = true
    else if (arg === '--json') options.json = true
    else if (arg === '--as') {
      const email = argv[++i]
      if (!email || email.startsWith('--'))
        throw new UsageError('--as needs the email of an editor, reviewer or admin account.')
      options.as = email
    } else if (arg === '--help' || arg === '-h') throw new UsageError('')
    else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}.`)
    else options.paths.push(arg)
  }
  if (options.paths.length === 0)
    throw new UsageError('Give at least one file or directory to import.')
  return options
}

function listFiles(paths: string[]): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && TEXT_FILES.test(entry.name)) files.push(full)
    }
  }
  for (const given of paths) {
    if (!fs.existsSync(given)) throw new UsageError(`No such file or directory: ${given}`)
    if (fs.statSync(given).isDirectory()) walk(given)
    else files.push(given)
  }
  if (files.length === 0) throw new UsageError(`No .txt or .html files in ${paths.join(', ')}.`)
  return files
}

interface Row {
  file: string
  title: string
  kind: string
  qa: string
  terms: string
  flags: string
  ms: number
  status: string
  contract: ImportContract | null
  error: { code: string; message: string } | null
  importId: number | string | null
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text)
    width += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2e80-\u2fff]/u.test(char) ? 2 : 1
  return width
}

function fit(text: string, width: number): string {
  let out = ''
  for (const char of text) {
    if (displayWidth(out + char) > width - (displayWidth(text) > width ? 1 : 0)) break
    out += char
  }
  if (out !== text) out += '…'
  return out + ' '.repeat(Math.max(0, width - displayWidth(out)))
}

function table(rows: Row[]): string {
  const columns: [string, (row: Row) => string, number][] = [
    ['file', (r) => path.basename(r.file), 26],
    ['title', (r) => r.title, 36],
    ['kind', (r) => r.kind, 11],
    ['Q&A', (r) => r.qa, 4],
    ['terms', (r) => r.terms, 5],
    ['flags', (r) => r.flags, 5],
    ['time', (r) => `${r.ms} ms`, 8],
    ['result', (r) => r.status, 22],
  ]
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => fit(cell, columns[i]?.[2] ?? 10))
      .join('  ')
      .trimEnd()
  return [
    line(columns.map(([name]) => name)),
    ...rows.map((row) => line(columns.map(([, get]) => get(row)))),
  ].join('\n')
}

function rowFrom(file: string, contract: ImportContract | null, ms: number, status: string): Row {
  return {
    file,
    title: contract?.title ?? '—',
    kind: contract?.kind ?? '—',
    qa: contract ? String(contract.qa.length) : '—',
    terms: contract ? String(contract.terms.length) : '—',
    flags: contract ? String(contract.flags.length) : '—',
    ms,
    status,
    contract,
    error: null,
    importId: null,
  }
}

const OUTCOME_LABEL: Record<ImportResult['outcome'], string> = {
  created: 'imported',
  existing: 'already imported',
  failed: 'FAILED',
  'dry-run': 'dry run',
}

async function main(): Promise<number> {
  let options: Options
  let files: string[]
  try {
    options = parseArgs(process.argv.slice(2))
    files = listFiles(options.paths)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    if (error.message) console.error(`import: ${error.message}`)
    console.error(USAGE)
    return 2
  }

  // With --json, stdout carries the JSON array only: everything else (Payload's logs too) goes to stderr.
  const writeStdout = process.stdout.write.bind(process.stdout)
  if (options.json) process.stdout.write = process.stderr.write.bind(process.stderr)

  // Every document is analysed on a worker thread (the next ones while this one is written), within
  // IMPORT_ANALYSIS_TIMEOUT_MS. It starts now, so that it has loaded its dictionaries by the time
  // Payload is up. (The size limit is read when a file is, after .env.)
  const ahead = new AnalysisAhead(files.length, (index) => ({
    bytes: fs.readFileSync(files[index]),
    options: { fileName: files[index], maxBytes: importMaxBytes() },
  }))

  let payload: Payload | null = null
  let user: User | null = null
  let importDocument: typeof import('../ingest/run.js').importDocument | null = null
  if (!options.dryRun) {
    loadEnvironment()
    ensurePayloadSecret((line) => console.error(line))
    const { bootPayload } = await import('../runtime/boot.js')
    // Payload logs through pino straight to fd 1: send them to stderr so stdout stays clean.
    sendLogsTo(process.stderr)
    process.env.LOG_LEVEL ||= 'warn'
    const { ensureAdminAccount } = await import('../seed/admin-account.js')
    const { ensureImporterUser, findImportUser, UnknownImportUserError } =
      await import('../ingest/importer-user.js')
    ;({ importDocument } = await import('../ingest/run.js'))
    ;({ payload } = await bootPayload())
    payload.logger.level = process.env.LOG_LEVEL || 'warn'
    // The first account of an empty database becomes admin: make sure that is the administrator, not the importer.
    const account = await ensureAdminAccount(payload)
    if (account.created) {
      console.error(
        `Created the administrator ${account.email}${account.generatedPassword ? ` with password ${account.generatedPassword} (generated; shown only once)` : ''}.`,
      )
    }
    try {
      user = options.as
        ? await findImportUser(payload, options.as)
        : await ensureImporterUser(payload)
    } catch (error) {
      if (!(error instanceof UnknownImportUserError)) throw error
      console.error(`import: ${error.message}`)
      await payload.destroy()
      await ahead.close()
      return 2
    }
  }

  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'importing [{bar}] {value}/{total} {file}',
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null
  bar?.start(files.length, 0, { file: '' })
  const rows: Row[] = []
  for (const [index, file] of files.entries()) {
    bar?.update(rows.length, { file: path.basename(file) })
    const started = performance.now()
    const { bytes, analysis, plan } = ahead.get(index)
    const elapsed = () => Math.round(performance.now() - started)
    try {
      if (options.dryRun || !payload || !user || !importDocument) {
        const contract = toContract(await analysis)
        rows.push(rowFrom(file, contract, elapsed(), OUTCOME_LABEL['dry-run']))
        continue
      }
      // The CLI process writes nothing else, so on SQLite each import gets a real transaction.
      const result = await importDocument(payload, bytes, {
        user,
        origin: 'cli',
        fileName: file,
        soleWriter: true,
        analysis,
        plan,
      })
      const row = rowFrom(
        file,
        result.contract,
        result.ms,
        `${OUTCOME_LABEL[result.outcome]}${result.record ? ` #${result.record.id}` : ''}`,
      )
      row.importId = result.record?.id ?? null
      if (result.failure)
        row.error = {
          code: 'failed',
          message: `${result.failure.stage}: ${result.failure.message}`,
        }
      rows.push(row)
    } catch (error) {
      if (error instanceof ImportStageError) {
        // A dry run whose analysis failed or ran out of time.
        const row = rowFrom(file, null, elapsed(), `FAILED: analyze:${error.stage}`)
        row.error = { code: 'failed', message: error.message }
        rows.push(row)
        continue
      }
      if (!(error instanceof ImportInputError)) throw error
      const row = rowFrom(file, null, elapsed(), `rejected: ${error.code}`)
      row.error = { code: error.code, message: error.message }
      rows.push(row)
    }
  }
  await ahead.close()
  bar?.update(files.length, { file: '' })
  bar?.stop()

  for (const row of rows) if (row.error) console.error(`✗ ${row.file}: ${row.error.message}`)
  if (options.json) {
    const output = rows.map((row) =>
      row.contract
        ? {
            ...row.contract,
            file: row.file,
            ...(options.dryRun
              ? {}
              : { import: { id: row.importId, result: row.status.replace(/ #.*$/, '') } }),
            ...(row.error ? { error: row.error } : {}),
          }
        : { file: row.file, error: row.error },
    )
    writeStdout(`${JSON.stringify(output, null, 2)}\n`)
  } else {
    console.log(table(rows))
    const failed = rows.filter((row) => row.error).length
    console.log(
      `\n${rows.length} file(s): ${rows.length - failed} ok, ${failed} failed${options.dryRun ? ' (dry run: nothing written)' : ''}.`,
    )
  }
  if (payload) {
    closeDedicatedConnection(payload)
    // A bulk write: the server's planner statistics would otherwise wait for its next refresh.
    if (rows.some((row) => row.importId !== null))
      await (await import('../runtime/boot.js')).optimizeSqlite(payload)
  }
  await payload?.destroy()
  return rows.some((row) => row.error) ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(scrubLogValue(error))
    process.exit(1)
  },
)
