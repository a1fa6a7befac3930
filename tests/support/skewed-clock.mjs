/**
 * An injected clock for a server process (`node --import` this file): Date reads the real time
 * shifted by CLOCK_SKEW_MS (negative: behind), as a machine whose clock drifted would. Timers are
 * not affected (they run on a monotonic clock), only what the process believes the time is.
 */
const skew = Number(process.env.CLOCK_SKEW_MS ?? 0)
if (!Number.isFinite(skew))
  throw new Error(
    `CLOCK_SKEW_MS must be a number of milliseconds, got ${process.env.CLOCK_SKEW_MS}`,
  )
const RealDate = Date

function SkewedDate(...args) {
  if (!new.target) return new RealDate(RealDate.now() + skew).toString()
  return args.length === 0 ? new RealDate(RealDate.now() + skew) : new RealDate(...args)
}
SkewedDate.prototype = RealDate.prototype
SkewedDate.now = () => RealDate.now() + skew
SkewedDate.parse = RealDate.parse
SkewedDate.UTC = RealDate.UTC
globalThis.Date = SkewedDate
