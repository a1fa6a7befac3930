/**
 * Whether a process with this id runs on this host: the holder of a lock file, checked before the
 * lock is taken over. Signal 0 delivers nothing and only checks; EPERM means the process exists
 * and is another user's, so it counts as alive.
 */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}
