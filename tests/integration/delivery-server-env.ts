// Loaded with cms().load() so it runs in the server's realm: jest gives test files a copy of process.env.

/** Sets (or, with undefined, removes) server environment variables; returns a function restoring the old values. */
export function setServerEnv(vars: Record<string, string | undefined>): () => void {
  const previous: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(vars)) {
    previous[name] = process.env[name]
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  return () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}
