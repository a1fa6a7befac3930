import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino'
import { build as prettyStream } from 'pino-pretty'

export const REDACTED = '[redacted]'

/**
 * Keys whose values never reach a log line, wherever they stand in a logged object: a failed
 * users write logged its parameters, and with them the password hash, salt and a live
 * resetPasswordToken (a token taken from the log reset a password).
 */
const SECRET_KEYS = new Set([
  'password',
  'hash',
  'salt',
  'resetPasswordToken',
  'apiKey',
  'apiKeyIndex',
  'token',
  'refreshedToken',
  'secret',
  'sessions',
  'authorization',
  'cookie',
  'set-cookie',
  // drizzle's DrizzleQueryError carries every bound value of the failed statement.
  'params',
])

/**
 * Drizzle writes the failed statement's values into the message itself ("Failed query: …\nparams:
 * a,b,c"), and the stack repeats the message: cut them out up to the first stack frame.
 */
export function scrubLogText(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/g, `\nparams: ${REDACTED}`)
}

/** A copy of a logged value with secret keys and statement parameters removed, at any depth. */
export function scrubLogValue(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubLogText(value)
  if (typeof value !== 'object' || value === null) return value
  // formatters.log runs before pino's serializers: an Error must be serialized here, or its
  // message and stack (not enumerable) would be lost.
  if (value instanceof Error) return serializeError(value)
  if (seen.has(value)) return '[circular]'
  seen.add(value)
  if (Array.isArray(value)) return value.map((item) => scrubLogValue(item, seen))
  return scrubLogRecord(value, seen)
}

function scrubLogRecord(value: object, seen = new WeakSet<object>()): Record<string, unknown> {
  seen.add(value)
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEYS.has(key) ? REDACTED : scrubLogValue(item, seen),
    ]),
  )
}

/** pino's error serializer (type, message, stack, own fields, causes), then scrubbed; pino hands serializers whatever was logged under the key. */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error
  const serialized = stdSerializers.err(error)
  // type, message and stack sit on the serializer's prototype, not as own fields.
  const { type, message, stack } = serialized
  return {
    ...scrubLogRecord(serialized),
    type,
    message: typeof message === 'string' ? scrubLogText(message) : message,
    stack: typeof stack === 'string' ? scrubLogText(stack) : stack,
  }
}

/** Payload's own pretty output while developing (the same options as its default logger). */
const prettyOutput = () =>
  prettyStream({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' })

let processDestination: DestinationStream | undefined

/**
 * Where loggers created from now on write, for a process whose stdout is reserved (the import
 * CLI's `--json`): call before the config is loaded, as the config creates Payload's logger.
 */
export function sendLogsTo(destination: DestinationStream): void {
  processDestination = destination
}

/**
 * The logger Payload and our code log through: JSON lines in production, Payload's pretty format
 * otherwise, and in both every error, object and message scrubbed of secrets.
 */
export function createLogger({
  production,
  level = process.env.LOG_LEVEL || 'info',
  destination,
}: {
  production: boolean
  level?: string
  destination?: DestinationStream
}): Logger {
  return pino(
    {
      name: 'payload',
      level,
      enabled: process.env.DISABLE_LOGGING !== 'true',
      serializers: { err: serializeError, error: serializeError },
      formatters: { log: (object) => scrubLogRecord(object) },
      hooks: {
        // Messages are not part of the object formatters.log sees: a string message is scrubbed
        // here, and so is an Error logged on its own (`logger.error(error)`), whose message pino
        // would otherwise take as the line's message as it is (Payload logs failed requests so).
        logMethod(args, method) {
          const [first] = args
          if (first instanceof Error && args.length === 1)
            return method.call(this, { err: first }, scrubLogText(first.message))
          // `logger.error({ err })` (Payload's logError): pino takes err.message as the message.
          if (
            args.length === 1 &&
            typeof first === 'object' &&
            first !== null &&
            'err' in first &&
            first.err instanceof Error
          )
            return method.call(this, first, scrubLogText(first.err.message))
          args.forEach((arg, index) => {
            if (typeof arg === 'string') args[index] = scrubLogText(arg)
          })
          return method.apply(this, args)
        },
      },
    },
    destination ?? processDestination ?? (production ? undefined : prettyOutput()),
  )
}
