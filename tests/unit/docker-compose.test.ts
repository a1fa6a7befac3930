import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..')

test('docker-compose.yml parses and wires cms to a healthy mongo', () => {
  const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'))
  expect(Object.keys(compose.services).sort()).toEqual(['cms', 'mongo'])
  expect(compose.services.mongo.image).toBe('mongo:7')
  expect(compose.services.mongo.healthcheck.test.join(' ')).toContain('ping')
  expect(compose.services.cms.build).toBe('.')
  expect(compose.services.cms.environment.DATABASE_URI).toBe('mongodb://mongo:27017/cms')
  expect(compose.services.cms.depends_on.mongo.condition).toBe('service_healthy')
  expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['mongo-data', 'media']))
})

test('the Dockerfile is multi-stage and starts the server', () => {
  const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8')
  expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2)
  // The compiled server (tests/integration/compiled-start.test.ts starts it), built in the image.
  expect(dockerfile).toMatch(/RUN npm run build\b/)
  expect(dockerfile).toMatch(/CMD \["node", "dist\/src\/start\.js"\]/)
})
