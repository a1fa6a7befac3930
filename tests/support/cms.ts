import type { TestContext } from './test-server.js'

/** The per-worker CMS booted by tests/support/payload-environment.mjs. */
export function cms(): TestContext {
  const context = (globalThis as { cms?: TestContext }).cms
  if (!context)
    throw new Error(
      'This test needs `@jest-environment ./tests/support/payload-environment.mjs` in its docblock.',
    )
  return context
}
