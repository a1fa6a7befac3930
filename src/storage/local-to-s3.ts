/**
 * Moves the uploads an instance kept on its local disk (MEDIA_DIR) into the S3 bucket that
 * shared media use (src/storage/s3.ts), for an operator who turns S3_BUCKET on for a CMS that
 * already has media: every file of every upload document (the original and each generated size)
 * is put under the key the storage adapter reads it from, and each document's `prefix` is set to
 * its collection's folder (evidence files keep `evidence/`, so they can never collide with a
 * media file of the same name).
 *
 * Safe to run again and from two processes at once: a file already in the bucket with the same
 * size is left alone, putting the same bytes twice gives the same object, and setting the same
 * prefix twice changes nothing. Local files are never deleted: remove MEDIA_DIR yourself once the
 * instances serve from the bucket.
 */
import fs from 'node:fs'
import path from 'node:path'
import {
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import type { EvidenceFile, Media } from '../payload-types.js'
import type { S3Settings } from './s3.js'

/** The upload collections and the folder each keeps in the bucket (as in sharedMediaStorage). */
type UploadCollection = 'media' | 'evidence-files'
export const UPLOAD_FOLDERS: [UploadCollection, string][] = [
  ['media', ''],
  ['evidence-files', 'evidence'],
]

export interface FileOutcome {
  collection: UploadCollection
  id: number | string
  key: string
  outcome: 'uploaded' | 'already in the bucket' | 'missing on disk' | 'would upload'
}

export interface MoveReport {
  files: FileOutcome[]
  /** Documents whose `prefix` was set to their collection's folder. */
  prefixed: number
}

interface StoredFile {
  filename: string
  mimeType: string | null | undefined
}

function filesOf(doc: Media | EvidenceFile): StoredFile[] {
  const files: StoredFile[] = []
  if (doc.filename) files.push({ filename: doc.filename, mimeType: doc.mimeType })
  if ('sizes' in doc && doc.sizes)
    for (const size of Object.values(doc.sizes))
      if (size?.filename) files.push({ filename: size.filename, mimeType: size.mimeType })
  return files
}

const keyOf = (folder: string, filename: string) => (folder ? `${folder}/${filename}` : filename)

async function sizeInBucket(client: S3Client, bucket: string, key: string) {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    return head.ContentLength ?? 0
  } catch (error) {
    if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null
    throw error
  }
}

export function s3ClientFor(settings: S3Settings): S3Client {
  return new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    credentials: settings.credentials,
    forcePathStyle: settings.forcePathStyle,
  })
}

/** Puts every local upload into the bucket; `dryRun` only says what it would put. */
export async function moveLocalUploadsToS3(
  payload: Payload,
  client: S3Client,
  bucket: string,
  { dryRun = false, onFile }: { dryRun?: boolean; onFile?: (file: FileOutcome) => void } = {},
): Promise<MoveReport> {
  const report: MoveReport = { files: [], prefixed: 0 }
  for (const [collection, folder] of UPLOAD_FOLDERS) {
    const staticDir = payload.collections[collection].config.upload.staticDir
    if (!staticDir) throw new Error(`${collection} has no upload folder (staticDir)`)
    for (let page = 1; ; page++) {
      const found = await payload.find({
        collection,
        depth: 0,
        limit: 100,
        page,
        sort: 'id',
        overrideAccess: true,
      })
      for (const doc of found.docs) {
        let complete = true
        for (const file of filesOf(doc)) {
          const key = keyOf(folder, file.filename)
          const local = path.join(staticDir, file.filename)
          // The size alone decides; the bytes are read only for a file that is put.
          const localSize = fs.existsSync(local) ? fs.statSync(local).size : null
          const stored = await sizeInBucket(client, bucket, key)
          let outcome: FileOutcome['outcome']
          if (stored !== null && (localSize === null || stored === localSize))
            outcome = 'already in the bucket'
          else if (localSize === null) outcome = 'missing on disk'
          else if (dryRun) outcome = 'would upload'
          else {
            await client.send(
              new PutObjectCommand({
                Bucket: bucket,
                Key: key,
                Body: fs.readFileSync(local),
                ContentType: file.mimeType ?? undefined,
                ACL: 'private',
              }),
            )
            outcome = 'uploaded'
          }
          if (outcome !== 'uploaded' && outcome !== 'already in the bucket') complete = false
          const entry = { collection, id: doc.id, key, outcome }
          report.files.push(entry)
          onFile?.(entry)
        }
        // The adapter reads a document's files from its prefix: set it once its files are there.
        if (!dryRun && complete && (doc.prefix ?? '') !== folder) {
          await payload.db.updateOne({
            collection,
            id: doc.id,
            data: { prefix: folder },
            returning: false,
          })
          report.prefixed++
        }
      }
      if (!found.hasNextPage) break
    }
  }
  return report
}
