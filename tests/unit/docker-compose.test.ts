/**
 * The production stack as files (no Docker engine on these machines, so it is checked by
 * reading, not by running — the closing note says so): a MongoDB replica set with
 * authentication (transactions on), several CMS instances behind nginx, a non-root image.
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
  expect(cms.volumes).toContain('media:/app/media')
  expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['mongo-data', 'media']))
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
