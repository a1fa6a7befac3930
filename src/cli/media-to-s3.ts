/**
 * `npm run media:to-s3 [-- --dry-run]`
 *
 * Puts the uploads kept on the local disk (MEDIA_DIR) into the S3 bucket named by S3_BUCKET and
 * the other S3_* variables (src/storage/local-to-s3.ts), for a CMS that turns shared media on
 * after it already has media. Run it once with the instances' environment, before or after they
 * restart with S3_BUCKET set; running it again only checks. Exit code 0 when every file is in the
 * bucket, 1 when some file is missing on disk or could not be put, 2 without S3 settings.
 */
import { scrubLogValue } from '../runtime/logging.js'
import { ensurePayloadSecret, loadEnvironment } from '../runtime/env.js'
import { moveLocalUploadsToS3, s3ClientFor } from '../storage/local-to-s3.js'
import { s3SettingsFrom } from '../storage/s3.js'

async function main(): Promise<number> {
  const dryRun = process.argv.includes('--dry-run')
  loadEnvironment()
  const settings = s3SettingsFrom()
  if (!settings) {
    console.error(
      'media:to-s3: S3_BUCKET is not set. Set S3_BUCKET (and S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY for MinIO or another S3-compatible server) as the instances have them.',
    )
    return 2
  }
  ensurePayloadSecret((line) => console.error(line))
  const { bootPayload } = await import('../runtime/boot.js')
  const { payload } = await bootPayload()
  const client = s3ClientFor(settings)
  try {
    const report = await moveLocalUploadsToS3(payload, client, settings.bucket, {
      dryRun,
      onFile: (file) => console.log(`${file.outcome.padEnd(22)} ${file.key}`),
    })
    const count = (outcome: string) =>
      report.files.filter((file) => file.outcome === outcome).length
    const missing = count('missing on disk')
    console.log(
      `\n${report.files.length} file(s) in bucket ${settings.bucket}: ${count('uploaded')} uploaded, ` +
        `${count('already in the bucket')} already there, ${missing} missing on disk` +
        (dryRun
          ? `, ${count('would upload')} to upload (dry run: nothing written).`
          : `; ${report.prefixed} document(s) now read from their bucket folder.`),
    )
    if (missing > 0)
      console.log(
        'A file missing on disk and in the bucket cannot be served by any instance: upload it again in the admin.',
      )
    return missing > 0 ? 1 : 0
  } finally {
    client.destroy()
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(scrubLogValue(error))
    process.exit(1)
  },
)
