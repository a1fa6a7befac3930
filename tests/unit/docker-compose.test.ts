/**
 * The production stack as files (no Docker engine on these machines, so it is checked by
 * reading, not by running — the closing note says so): a MongoDB replica set with
 * authentication (transactions on), several CMS instances behind nginx sharing uploads in MinIO,
 * a non-root image.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'))

test('mongo runs as a replica set with authentication and a generated key file', () => {
  const mongo = compose.services.mongo
  expect(mongo.image).toBe('mongo:7')
  const command = mongo.command.join('\n')
  expect(command).toMatch(/mongod --replSet rs0 .*--keyFile \/data\/db\/replica\.key/)
  expect(command).toContain('openssl rand -base64 756 > /data/db/replica.key')
  expect(mongo.environment.MONGO_INITDB_ROOT_USERNAME).toBeTruthy()
  expect(mongo.environment.MONGO_INITDB_ROOT_PASSWORD).toMatch(/\$\{MONGO_PASSWORD:\?/)
  const health = mongo.healthcheck.test.join(' ')
  expect(health).toContain("rs.initiate({ _id: 'rs0'")
  expect(health).toContain('isWritablePrimary')
})

test('several cms instances on the replica set, no host port of their own', () => {
  const cms = compose.services.cms
  expect(cms.build).toBe('.')
  expect(cms.depends_on.mongo.condition).toBe('service_healthy')
  const uri = new URL(cms.environment.DATABASE_URI.replace(/\$\{[^}]+\}/g, 'x'))
  expect(uri.protocol).toBe('mongodb:')
  expect(uri.searchParams.get('replicaSet')).toBe('rs0')
  expect(uri.searchParams.get('authSource')).toBe('admin')
  expect(String(cms.deploy.replicas)).toMatch(/CMS_REPLICAS:-2/)
  expect(cms.ports).toBeUndefined()
  // Uploads live in the shared bucket, not in a folder of each instance.
  expect(cms.volumes).toBeUndefined()
  expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['mongo-data', 'minio-data']))
})

test('uploads go to MinIO, whose private bucket a one-off init creates before any cms starts', () => {
  const { cms, minio } = compose.services
  const init = compose.services['minio-init']
  expect(minio.image).toBe('minio/minio')
  expect(minio.command).toEqual(['server', '/data'])
  expect(minio.volumes).toContain('minio-data:/data')
  expect(minio.ports).toBeUndefined()
  expect(minio.environment.MINIO_ROOT_PASSWORD).toMatch(/\$\{MINIO_PASSWORD:\?/)
  expect(minio.healthcheck.test).toEqual(['CMD', 'mc', 'ready', 'local'])

  expect(init.image).toBe('minio/mc')
  expect(init.depends_on.minio.condition).toBe('service_healthy')
  expect(init.restart).toBe('no')
  const script = init.command.join('\n')
  expect(script).toContain('mc alias set store http://minio:9000 "$$MINIO_USER" "$$MINIO_PASSWORD"')
  expect(script).toContain('mc mb --ignore-existing "store/$$S3_BUCKET"')
  expect(script).toContain('mc anonymous set none "store/$$S3_BUCKET"')
  // The bucket init and the cms agree on the bucket and the account.
  expect(init.environment.S3_BUCKET).toBe(cms.environment.S3_BUCKET)
  expect(init.environment.MINIO_USER).toBe(cms.environment.S3_ACCESS_KEY_ID)
  expect(init.environment.MINIO_PASSWORD).toBe(cms.environment.S3_SECRET_ACCESS_KEY)
  expect(minio.environment.MINIO_ROOT_USER).toBe(cms.environment.S3_ACCESS_KEY_ID)

  expect(cms.depends_on['minio-init'].condition).toBe('service_completed_successfully')
  expect(cms.environment.S3_ENDPOINT).toBe('http://minio:9000')
  expect(cms.environment.S3_FORCE_PATH_STYLE).toBe('true')
})

test('nginx in front is the only published port and passes the client address on', () => {
  const proxy = compose.services.proxy
  expect(proxy.ports).toHaveLength(1)
  expect(proxy.volumes).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro')
  const nginx = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
  expect(nginx).toMatch(/upstream cms \{[^}]*server cms:3000 resolve;/)
  expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/)
  expect(nginx).toMatch(/proxy_pass http:\/\/cms;/)
  // The CMS trusts that proxy's header (a private address on the compose network).
  expect(compose.services.cms.environment.TRUST_PROXY).toContain('uniquelocal')
})

test('the Dockerfile installs the lock file, runs the compiled server, not as root', () => {
  const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8')
  expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2)
  expect(dockerfile).toMatch(/^RUN npm ci\b/m)
  // The compiled server (tests/integration/compiled-start.test.ts starts it), built in the image.
  expect(dockerfile).toMatch(/RUN npm run build\b/)
  expect(dockerfile).toMatch(/CMD \["node", "dist\/src\/start\.js"\]/)
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '))
  expect(runtime).toMatch(/^USER node$/m)
})
