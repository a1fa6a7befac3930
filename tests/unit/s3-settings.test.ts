/** Which S3 settings the S3_* variables make (src/storage/s3.ts); none without S3_BUCKET. */
import { s3SettingsFrom } from '../../src/storage/s3.js'

test('without S3_BUCKET uploads stay on disk, whatever else is set', () => {
  expect(
    s3SettingsFrom({ S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'a' }),
  ).toBeUndefined()
  expect(s3SettingsFrom({ S3_BUCKET: '  ' })).toBeUndefined()
})

test('a MinIO endpoint with keys: path-style addressing unless told otherwise', () => {
  expect(
    s3SettingsFrom({
      S3_BUCKET: 'cms-media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'cms',
      S3_SECRET_ACCESS_KEY: 'secret',
    }),
  ).toEqual({
    bucket: 'cms-media',
    endpoint: 'http://minio:9000',
    region: 'us-east-1',
    credentials: { accessKeyId: 'cms', secretAccessKey: 'secret' },
    forcePathStyle: true,
  })
  expect(
    s3SettingsFrom({
      S3_BUCKET: 'b',
      S3_ENDPOINT: 'https://s3.example.org',
      S3_FORCE_PATH_STYLE: 'false',
    })?.forcePathStyle,
  ).toBe(false)
})

test('AWS itself: region given, no endpoint, keys from the SDK’s own chain', () => {
  expect(s3SettingsFrom({ S3_BUCKET: 'b', S3_REGION: 'ap-east-1' })).toEqual({
    bucket: 'b',
    endpoint: undefined,
    region: 'ap-east-1',
    credentials: undefined,
    forcePathStyle: false,
  })
})

test('half a key pair or an endpoint that is not a URL stops start-up with the variable named', () => {
  expect(() => s3SettingsFrom({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'a' })).toThrow(
    /S3_SECRET_ACCESS_KEY/,
  )
  expect(() => s3SettingsFrom({ S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' })).toThrow(
    /S3_ENDPOINT must be an http\(s\) URL/,
  )
})
