/**
 * Sets a variable in the environment of the shared test server. Jest gives each test file its own
 * copy of `process.env`; load this module with `cms().load('tests/support/server-env.ts')` to
 * reach the server's. Returns a function that puts the previous value back.
 */
export function setServerEnv(name: string, value: string | undefined): () => void {
  const previous = process.env[name]
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
  return () => {
    if (previous === undefined) delete process.env[name]
    else process.env[name] = previous
  }
}
