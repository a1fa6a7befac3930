/**
 * A jest environment that boots one Payload + Express server per jest worker, on its own temp
 * SQLite file, and hands it to every test file of that worker as the global `cms`.
 * The server is loaded natively through tsx (not through jest's module registry), so it is
 * booted once and shared, instead of once per test file.
 */
import { TestEnvironment } from 'jest-environment-node'
import { tsImport } from 'tsx/esm/api'

let booting

function bootOnce() {
  booting ??= tsImport('./test-server.ts', import.meta.url).then((module) =>
    module.startTestServer(),
  )
  return booting
}

export default class PayloadEnvironment extends TestEnvironment {
  async setup() {
    await super.setup()
    this.global.cms = await bootOnce()
  }
}
