/**
 * A locked SQLite file (another process holds the write lock: the import CLI's transaction, a
 * backup, a second instance). libsql waits for the lock in a busy handler that blocks the event
 * loop, so the wait is kept short (SQLITE_BUSY_TIMEOUT_MS, 100 ms by default): a write that cannot
 * get the lock in that time answers 503 with Retry-After, and every other request goes on being
 * served — reads do not need the lock (WAL).
 */
import type { Config } from 'payload'
import { messageIn } from '../i18n/message.js'

export const DEFAULT_BUSY_TIMEOUT_MS = 100
export const BUSY_RETRY_AFTER_SECONDS = 2

/** How long a write waits for the lock: SQLITE_BUSY_TIMEOUT_MS, or 100 ms. */
export function sqliteBusyTimeoutMs(): number {
  const configured = Number(process.env.SQLITE_BUSY_TIMEOUT_MS)
  return Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_BUSY_TIMEOUT_MS
}

const BUSY_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_LOCKED',
])
const BUSY_MESSAGE = /SQLITE_BUSY|database is locked|database table is locked/i

/** Whether the error (or one it was caused by, or a GraphQL error's original) is SQLite saying the database is locked. */
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current; depth++) {
    if (typeof current !== 'object') return false
    const { code, message, cause, originalError } = current as {
      code?: unknown
      message?: unknown
      cause?: unknown
      originalError?: unknown
    }
    if (typeof code === 'string' && BUSY_CODES.has(code)) return true
    if (typeof message === 'string' && BUSY_MESSAGE.test(message)) return true
    // A GraphQLError carries the resolver's error as originalError.
    current = originalError ?? cause
  }
  return false
}

/** The 503 body: English or Chinese. */
export function databaseBusyBody(language: string | undefined): {
  errors: { message: string; code: 'database-busy' }[]
} {
  return {
    errors: [
      {
        message: messageIn(
          language,
          `The database is busy with another write (it is locked). Nothing was saved: try again in ${BUSY_RETRY_AFTER_SECONDS} seconds.`,
          `数据库正被其他写入操作占用（已锁定），本次未保存任何内容，请 ${BUSY_RETRY_AFTER_SECONDS} 秒后重试。`,
        ),
        code: 'database-busy',
      },
    ],
  }
}

/** Payload's afterError hook: a locked database is a 503 with Retry-After, not "Something went wrong". */
type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

export const databaseBusyAfterError: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseBusy(error)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  // The API client's Accept-Language (Payload's i18n falls back to the admin's default language).
  const accepted = (req.headers.get('accept-language') ?? '').trim().toLowerCase()
  const language = accepted.startsWith('zh') ? 'zh' : 'en'
  const body = databaseBusyBody(language)
  // In GraphQL the error is one entry of `errors`; its statusCode makes the answer a 503
  // (src/graphql/status.ts).
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message: body.errors[0].message,
        extensions: { ...graphqlResult.extensions, statusCode: 503, code: body.errors[0].code },
      },
    }
  return { response: body, status: 503 }
}
