/**
 * Payload packages that may lag one patch behind `payload`: `@payloadcms/storage-s3` and
 * `@payloadcms/plugin-cloud-storage` are published at 3.90.1 only, while we run payload 3.90.2
 * (our patches in patches/ are made for it). package.json's `overrides` meets their exact peer
 * `payload: 3.90.1` with ours; the code they import from payload (`payload/internal`,
 * `payload/shared`) is the same in 3.90.2.
 *
 * Payload's own start-up check (off in production) refuses any version difference by crashing the
 * process, so it is turned off here and `tests/unit/payload-versions.test.ts` checks every
 * installed Payload package instead, allowing exactly these versions.
 */
export const LAGGING_PAYLOAD_PACKAGES: Readonly<Record<string, string>> = {
  '@payloadcms/storage-s3': '3.90.1',
  '@payloadcms/plugin-cloud-storage': '3.90.1',
}

/** Set before Payload starts (src/payload.config.ts imports this module first). */
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
