/**
 * The password check Payload would have made, for a sign-in at an account that does not exist.
 *
 * Payload answers an unknown address at once (7–11 ms measured) and a wrong password after
 * hashing it (420–550 ms): the difference told anyone which addresses have accounts. Hashing the
 * submitted password the same way first makes both take the time of one hash. The parameters are
 * Payload's current ones (payload/dist/auth/strategies/local/generatePasswordSaltHash.js:
 * PBKDF2-SHA256, 600,000 iterations, 32 bytes); tests/security/login-throttle.test.ts checks that
 * payloadHashOf reproduces a hash Payload stored, so a change there shows, and `npm run bench:login`
 * compares the two timings.
 */
import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import type { PayloadRequest } from 'payload'

const PAYLOAD_HASH_ITERATIONS = 600_000
const PAYLOAD_HASH_BYTES = 32
const hash = promisify(pbkdf2)

/** PBKDF2 as Payload's current hashes are made, as hex (the stored hash without its prefix). */
export async function payloadHashOf(password: string, salt: string): Promise<string> {
  const bytes = await hash(password, salt, PAYLOAD_HASH_ITERATIONS, PAYLOAD_HASH_BYTES, 'sha256')
  return bytes.toString('hex')
}

/** Whether a sign-in by this (already normalised) address would find an account. */
async function accountExists(req: PayloadRequest, account: string): Promise<boolean> {
  if (account === '') return false
  const found = await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { email: { equals: account } },
  })
  return found !== null
}

/**
 * For a sign-in at an account that does not exist, the hashing Payload does for one that does
 * (which Payload then skips); returns whether it hashed. A known account is left to Payload.
 */
export async function equalizeSignInWork(
  req: PayloadRequest,
  account: string,
  password: string,
): Promise<boolean> {
  if (await accountExists(req, account)) return false
  await payloadHashOf(password, randomBytes(32).toString('hex'))
  return true
}
