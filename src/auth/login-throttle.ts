/**
 * Sign-in throttling shared by every instance on the database, instead of Payload's lockout.
 *
 * Payload's own protection (maxLoginAttempts, on by default: 5) locks the account itself for 10
 * minutes, so anybody who knows an address could lock its owner out (the admin's too), and its
 * "locked" message told which addresses exist. Here failures are counted with
 * rate-limiter-flexible in the database (RateLimiterDrizzle on SQLite, RateLimiterMongo on
 * MongoDB), by three keys:
 * - account and client address: the guesses one client makes at one account (default 5 per 15
 *   minutes, then 15 minutes refused) — blocks a guesser without locking the owner out elsewhere;
 * - client address: one client trying many accounts (30 failures per hour);
 * - account: many clients trying one account (100 failures per hour), the only key a distributed
 *   guesser can use to refuse the owner too — high enough that it takes a deliberate campaign.
 * An attempt is counted before the password is checked (so parallel guesses cannot slip past the
 * limit) and given back when it succeeds. Refusals answer 429 with Retry-After, the same for
 * accounts that exist and accounts that don't. Local API calls (server code) are not throttled.
 */
import type { Payload, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import {
  RateLimiterDrizzle,
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import { isMongoDb } from '../db/mongo.js'
import { isSqliteDb } from '../db/sqlite.js'
import { THROTTLE_TABLE, throttleTable } from '../db/throttle-table.js'
import { message } from '../i18n/message.js'
import { integerSetting } from '../runtime/env.js'

export interface LoginThrottleSettings {
  /** Failures of one client at one account per 15 minutes (LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS). */
  perAccountAndAddress: number
  /** Failures of one client at any account per hour (LOGIN_MAX_FAILURES_PER_ADDRESS). */
  perAddress: number
  /** Failures at one account from any client per hour (LOGIN_MAX_FAILURES_PER_ACCOUNT). */
  perAccount: number
  /** Password-reset requests of one client per hour (FORGOT_PASSWORD_MAX_PER_ADDRESS). */
  forgotPerAddress: number
}

export function loginThrottleSettings(env: NodeJS.ProcessEnv = process.env): LoginThrottleSettings {
  return {
    perAccountAndAddress: integerSetting(
      'LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS',
      env.LOGIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
      5,
    ),
    perAddress: integerSetting(
      'LOGIN_MAX_FAILURES_PER_ADDRESS',
      env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      30,
    ),
    perAccount: integerSetting(
      'LOGIN_MAX_FAILURES_PER_ACCOUNT',
      env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      100,
    ),
    forgotPerAddress: integerSetting(
      'FORGOT_PASSWORD_MAX_PER_ADDRESS',
      env.FORGOT_PASSWORD_MAX_PER_ADDRESS,
      5,
    ),
  }
}

const MINUTE = 60
const HOUR = 60 * MINUTE

interface Limiters {
  accountAndAddress: RateLimiterAbstract
  address: RateLimiterAbstract
  account: RateLimiterAbstract
  forgotByAddress: RateLimiterAbstract
}

interface Window {
  keyPrefix: string
  points: number
  duration: number
  blockDuration: number
}

/** A limiter counting in the database Payload uses, so that every instance sees the same counts. */
function storedLimiter(payload: Payload, window: Window, sweeps: boolean): RateLimiterAbstract {
  // While the database cannot answer (locked, failing over), count in this process rather than
  // refuse every sign-in or wave every guess through.
  const insuranceLimiter = new RateLimiterMemory(window)
  const db = payload.db
  if (isSqliteDb(db))
    return new RateLimiterDrizzle({
      ...window,
      storeClient: db.drizzle,
      schema: throttleTable,
      // One sweep of expired rows (every 5 minutes, unref'd timer) serves all keys of the table.
      clearExpiredByTimeout: sweeps,
      insuranceLimiter,
    })
  if (isMongoDb(db))
    return new RateLimiterMongo({
      ...window,
      storeClient: db.connection,
      tableName: THROTTLE_TABLE,
      insuranceLimiter,
    })
  throw new Error(`The login throttle has no store for the "${db.name}" database adapter.`)
}

const limitersByPayload = new WeakMap<Payload, Limiters>()

function limitersFor(payload: Payload, settings = loginThrottleSettings()): Limiters {
  const known = limitersByPayload.get(payload)
  if (known) return known
  const limiters: Limiters = {
    accountAndAddress: storedLimiter(
      payload,
      {
        keyPrefix: 'login:account+address',
        points: settings.perAccountAndAddress,
        duration: 15 * MINUTE,
        blockDuration: 15 * MINUTE,
      },
      true,
    ),
    address: storedLimiter(
      payload,
      {
        keyPrefix: 'login:address',
        points: settings.perAddress,
        duration: HOUR,
        blockDuration: HOUR,
      },
      false,
    ),
    account: storedLimiter(
      payload,
      {
        keyPrefix: 'login:account',
        points: settings.perAccount,
        duration: HOUR,
        blockDuration: HOUR,
      },
      false,
    ),
    forgotByAddress: storedLimiter(
      payload,
      {
        keyPrefix: 'forgot:address',
        points: settings.forgotPerAddress,
        duration: HOUR,
        blockDuration: HOUR,
      },
      false,
    ),
  }
  limitersByPayload.set(payload, limiters)
  return limiters
}

export class TooManyAttempts extends APIError<{ retryAfterSeconds: number }> {
  constructor(req: PayloadRequest, retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / MINUTE))
    super(
      message(
        req,
        `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        `尝试次数过多，请 ${minutes} 分钟后再试。`,
      ),
      429,
      { retryAfterSeconds },
      true,
    )
  }
}

/** Consumes one point of each limiter; a refusal becomes a 429 with Retry-After on the response. */
async function consumeAll(
  req: PayloadRequest,
  attempts: Array<[RateLimiterAbstract, string]>,
): Promise<void> {
  const refusals = await Promise.all(
    attempts.map(([limiter, key]) =>
      limiter.consume(key).then(
        () => 0,
        (reason: unknown) => {
          if (reason instanceof RateLimiterRes) return reason.msBeforeNext
          throw reason
        },
      ),
    ),
  )
  const waitMs = Math.max(...refusals)
  if (waitMs <= 0) return
  const retryAfterSeconds = Math.ceil(waitMs / 1000)
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  throw new TooManyAttempts(req, retryAfterSeconds)
}

/** Payload lower-cases and trims the address it looks up; the same key for every spelling. */
export function accountKey(email: unknown): string {
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

/** Counts a sign-in attempt; refuses it when any of its keys is over its limit. */
export async function countLoginAttempt(
  req: PayloadRequest,
  { account, address }: { account: string; address: string },
): Promise<void> {
  const limiters = limitersFor(req.payload)
  await consumeAll(req, [
    [limiters.accountAndAddress, `${account}|${address}`],
    [limiters.address, address],
    [limiters.account, account],
  ])
}

/** A sign-in succeeded: its client's guesses at the account are forgotten, the attempt given back. */
export async function forgiveLoginAttempt(
  payload: Payload,
  { account, address }: { account: string; address: string },
): Promise<void> {
  const limiters = limitersFor(payload)
  await Promise.all([
    limiters.accountAndAddress.delete(`${account}|${address}`),
    limiters.address.reward(address, 1),
    limiters.account.reward(account, 1),
  ])
}

/** Counts a password-reset request of a client (each sends an e-mail). */
export async function countForgotPassword(req: PayloadRequest, address: string): Promise<void> {
  await consumeAll(req, [[limitersFor(req.payload).forgotByAddress, address]])
}
