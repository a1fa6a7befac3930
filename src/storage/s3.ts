/**
 * Shared media on S3-compatible storage (AWS S3, MinIO, …) through Payload's own adapter,
 * `@payloadcms/storage-s3`, when S3_BUCKET is set; otherwise uploads stay on the local disk
 * (MEDIA_DIR). With several instances the bucket is what they share: an upload through one is
 * served by every other without a shared volume.
 */
import type { Plugin } from 'payload'
import { s3Storage } from '@payloadcms/storage-s3'
import { ConfigurationError } from '../runtime/env.js'

/** S3 settings from S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE. */
export interface S3Settings {
  bucket: string
  endpoint?: string
  region: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
  forcePathStyle: boolean
}

export function s3SettingsFrom(
  env: Readonly<Record<string, string | undefined>> = process.env,
): S3Settings | undefined {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  if (endpoint && !/^https?:\/\//.test(endpoint))
    throw new ConfigurationError(`S3_ENDPOINT must be an http(s) URL, not "${endpoint}".`)
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new ConfigurationError('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.')
  return {
    bucket,
    endpoint,
    region: env.S3_REGION?.trim() || 'us-east-1',
    // Without keys the AWS SDK's own chain applies (AWS_* variables, instance or task roles).
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    // MinIO and most S3-compatible servers address buckets by path, not by host name.
    forcePathStyle: env.S3_FORCE_PATH_STYLE
      ? env.S3_FORCE_PATH_STYLE === 'true'
      : Boolean(endpoint),
  }
}

/**
 * The storage plugin for the upload collections. Always installed, enabled only with S3 settings:
 * `alwaysInsertFields` and a prefix for every collection keep the schema (the adapter's `prefix`
 * column) the same on disk and on S3, so one set of migrations serves both, and a CMS that kept
 * its uploads on disk can turn S3 on (`npm run media:to-s3` moves the files).
 *
 * Files are still served through Payload (`/api/<collection>/file/<name>`, the default
 * `disablePayloadAccessControl: false`): evidence files are never public, and the bucket needs no
 * public access. Evidence files keep their `evidence/` folder, as on disk.
 */
export function sharedMediaStorage(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Plugin {
  const settings = s3SettingsFrom(env)
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    // Media get an explicit empty prefix: with `true` the enabled plugin adds no `prefix` field to
    // them while `alwaysInsertFields` (disabled) does, so turning S3 on for a database made on disk
    // asked to drop the column (found by tests/cluster/media-to-s3.test.ts).
    collections: { media: { prefix: '' }, 'evidence-files': { prefix: 'evidence' } },
    acl: 'private',
    config: {
      endpoint: settings?.endpoint,
      region: settings?.region,
      credentials: settings?.credentials,
      forcePathStyle: settings?.forcePathStyle,
    },
  })
}
