/**
 * Liveness probes for bench/delivery.ts: how long the event loop was held while background work
 * ran, seen two ways — a 1 ms timer's lateness (every callback waits at least that long), and a
 * GET /health every 20 ms over HTTP (what a container liveness probe sees).
 */

export interface Liveness {
  /** Longest time the event loop did not run a 1 ms timer, in ms. */
  maxDelayMs: number
  /** /health answers during the window: count and slowest, in ms. */
  healthAnswers: number
  maxHealthMs: number
}

/**
 * A 1 ms timer's lateness until `stop()`: the longest wait between two of its runs, and the wait
 * since its last run (a block still under way when stopped).
 */
export function watchEventLoop(): { stop: () => { longest: number; sinceLast: number } } {
  let longest = 0
  let last = performance.now()
  let timer: NodeJS.Timeout | undefined
  const tick = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last - 1)
    last = now
    timer = setTimeout(tick, 1)
  }
  tick()
  return {
    stop: () => {
      clearTimeout(timer)
      return { longest, sinceLast: performance.now() - last - 1 }
    },
  }
}

/** Watches the event loop and /health at `base` until the returned function is called. */
export function watchLiveness(base: string): () => Promise<Liveness> {
  const loop = watchEventLoop()
  let probing = true
  let healthAnswers = 0
  let maxHealthMs = 0
  const probe = (async () => {
    while (probing) {
      const started = performance.now()
      const res = await fetch(`${base}/health`)
      await res.arrayBuffer()
      if (res.ok) healthAnswers++
      maxHealthMs = Math.max(maxHealthMs, performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  return async () => {
    // One more turn of the loop, so a block that ended the window is counted.
    await new Promise((resolve) => setTimeout(resolve, 5))
    probing = false
    await probe
    return { maxDelayMs: loop.stop().longest, healthAnswers, maxHealthMs }
  }
}
