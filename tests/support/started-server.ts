import { freePort, runScript, serverEnv, tempDir, type Running } from './spawn.js'

export interface StartedServer {
  run: Running
  /** http://127.0.0.1:<port> */
  base: string
  /** Its temporary folder: the SQLite file, media and .env (see serverEnv). */
  dir: string
}

/**
 * `npm start` (src/start.ts, or `script`: the compiled dist/src/start.js) of a test file's own, on
 * a fresh temporary folder and a free port, once it has logged "CMS ready". `env` adds to
 * serverEnv's (an admin to create, limits, logging).
 */
export async function startServer(
  dirPrefix: string,
  env: Record<string, string | undefined>,
  readyWithinMs: number,
  script = 'src/start.ts',
): Promise<StartedServer> {
  const dir = tempDir(dirPrefix)
  const port = await freePort()
  const run = runScript(script, serverEnv(dir, port, env))
  try {
    await run.waitFor(/CMS ready/, readyWithinMs)
  } catch (error) {
    // The caller never gets `run` to stop in its afterAll: stop it here.
    run.child.kill('SIGKILL')
    throw error
  }
  return { run, base: `http://127.0.0.1:${port}`, dir }
}

/** The JWT that POST /api/users/login answers for these credentials. */
export async function loginToken(base: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await login.json()) as { token: string }
  return token
}
