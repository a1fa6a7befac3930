import type { Payload } from 'payload'

export const CLAIMS = 'claims'

/**
 * Claims a side effect for this process, once across every server instance on the database.
 *
 * Why a claims row and not a conditional update at the adapter: Payload's Local API has no
 * compare-and-set (`update` by id writes whatever it was given), and the two adapters we run
 * differ — SQLite on this server runs without transactions, and MongoDB without a replica set has
 * none either. A unique index is enforced by both databases on their own, so inserting
 * `key` is an atomic test-and-set everywhere: exactly one `create` succeeds, every other one gets
 * a unique-constraint error. The key names what was checked (e.g. the item's `updatedAt`), so a
 * claim never needs expiring: once the item has moved on, nobody asks for that key again.
 *
 * Returns true for the winner, false when another process (or an earlier run) holds the key.
 */
export async function claim(payload: Payload, key: string): Promise<boolean> {
  try {
    await payload.create({
      collection: CLAIMS,
      data: { key, at: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
    })
    return true
  } catch (error) {
    // The adapters report a unique violation differently (a ValidationError from drizzle, an
    // E11000 from MongoDB): the row's existence is the answer both give alike.
    if (await claimed(payload, key)) return false
    throw error
  }
}

export async function claimed(payload: Payload, key: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: CLAIMS,
    where: { key: { equals: key } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** Gives a claim back after its side effect failed before it happened, so a retry can claim it. */
export async function releaseClaim(payload: Payload, key: string): Promise<void> {
  await payload.delete({
    collection: CLAIMS,
    where: { key: { equals: key } },
    overrideAccess: true,
  })
}

/**
 * Runs the side effect a claim was taken for. When it throws, nothing was written: the claim is
 * given back, so a retry may claim it again, and the error goes on to the caller.
 */
export async function releasingOnFailure<T>(
  payload: Payload,
  key: string,
  effect: () => Promise<T>,
): Promise<T> {
  try {
    return await effect()
  } catch (error) {
    await releaseClaim(payload, key)
    throw error
  }
}
