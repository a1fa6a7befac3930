/**
 * A real S3-compatible server for tests: s3rver on a temporary folder and a free port, in this
 * process, with one bucket; `env` is what a CMS needs to store its uploads there
 * (src/storage/s3.ts), and `keys` / `object` read the bucket through the S3 API.
 */
import fs from 'node:fs'
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { freePort, tempDir } from './spawn.js'

// s3rver accepts any signature made with these (its built-in account).
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export interface S3TestServer {
  bucket: string
  env: Record<string, string>
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  object: (key: string) => Promise<Buffer>
  close: () => Promise<void>
}

export async function startS3Server(bucket = 'cms-media'): Promise<S3TestServer> {
  const dir = tempDir('cms-s3-')
  const port = await freePort()
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: bucket }],
  })
  await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
  })
  return {
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
    async keys() {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return (listed.Contents ?? []).map((object) => object.Key ?? '').sort()
    },
    async object(key) {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      if (!object.Body) throw new Error(`no body for ${key}`)
      return Buffer.from(await object.Body.transformToByteArray())
    },
    async close() {
      client.destroy()
      await server.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
