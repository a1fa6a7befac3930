/**
 * The SQL statements Payload runs on SQLite while `work` runs, read where they are prepared (the
 * libsql driver's Database.prepare, which src/db/statement-cache.ts wraps too; this sees cache
 * hits as well), so a test can ask SQLite for the plan of the very statement a route ran.
 */
import { createRequire } from 'node:module'

interface NativeDatabase {
  prepare(sql: string): unknown
}

type DatabaseClass = { prototype: NativeDatabase }

function isDatabaseClass(value: unknown): value is DatabaseClass {
  return typeof value === 'function' && typeof value.prototype?.prepare === 'function'
}

let capturing: string[] | null = null

function install(): void {
  const fromAdapter = createRequire(createRequire(import.meta.url).resolve('@payloadcms/db-sqlite'))
  const libsql: unknown = createRequire(fromAdapter.resolve('@libsql/client'))('libsql')
  if (!isDatabaseClass(libsql)) throw new Error('libsql Database class not found')
  const prepare = libsql.prototype.prepare
  libsql.prototype.prepare = function capture(this: NativeDatabase, sql: string) {
    capturing?.push(sql)
    return prepare.call(this, sql)
  }
}

let installed = false

/** The SQL texts prepared while `work` ran, in order. One capture at a time. */
export async function preparedDuring(work: () => Promise<unknown>): Promise<string[]> {
  if (!installed) install()
  installed = true
  const statements: string[] = []
  capturing = statements
  try {
    await work()
  } finally {
    capturing = null
  }
  return statements
}
