import crypto from 'node:crypto'
import type { CollectionBeforeChangeHook, Payload, TaskConfig } from 'payload'
import { claim } from './claims.js'
import { WEBHOOK_TASK } from './events.js'

export const SIGNATURE_HEADER = 'x-cms-signature-256'
export const EVENT_HEADER = 'x-cms-event'
export const DELIVERY_HEADER = 'x-cms-delivery'
const TIMEOUT_MS = 10_000

/** `sha256=<hex>`: HMAC-SHA256 of the exact request body with the webhook's secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`
}

/** Constant-time check a receiver can use. */
export function verifySignature(
  secret: string,
  body: string,
  header: string | undefined | null,
): boolean {
  if (!header) return false
  const expected = Buffer.from(signBody(secret, body))
  const given = Buffer.from(header)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}

/** A webhook gets a random secret when none is given. */
export const ensureWebhookSecret: CollectionBeforeChangeHook = ({ data }) => {
  if (!data.secret) data.secret = crypto.randomBytes(24).toString('hex')
  return data
}

/** Base delay of the exponential backoff between attempts (1×, 2×, 4×… this). */
const retryDelayMs = () => Number(process.env.WEBHOOK_RETRY_DELAY_MS) || 2000

/** One POST per attempt, each logged in webhook-deliveries; a non-2xx answer or a network error is retried. */
export function webhookDeliveryTask(): TaskConfig<typeof WEBHOOK_TASK> {
  return {
    slug: WEBHOOK_TASK,
    label: 'Workflow webhook delivery',
    retries: { attempts: 5, backoff: { type: 'exponential', delay: retryDelayMs() } },
    inputSchema: [
      { name: 'webhook', type: 'text', required: true },
      { name: 'event', type: 'text', required: true },
      { name: 'body', type: 'textarea', required: true },
      { name: 'delivery', type: 'text' },
    ],
    outputSchema: [{ name: 'status', type: 'number' }],
    handler: async ({ input, job, req }) => {
      const { payload } = req
      const hook = await payload.findByID({
        collection: 'webhooks',
        id: input.webhook,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      if (!hook || !hook.active) return { output: { status: 0 } }
      // Jobs queued before deliveries had their own id fall back to one made of the job's.
      const delivery = input.delivery || `${job.id}-${job.createdAt}`
      const done = await attemptRow(payload, delivery, { ok: true })
      if (done) return { output: { status: done.statusCode ?? 200 } }
      const attempt = (job.totalTried ?? 0) + 1
      // Two instances' crons may run this job at once (Payload claims jobs without re-checking
      // `processing`): one claims the attempt and POSTs, the other reports what that one got.
      if (!(await claim(payload, `webhook:${delivery}:${attempt}`)))
        return { output: { status: await outcomeElsewhere(payload, delivery, attempt) } }
      const started = Date.now()
      let statusCode = 0
      let error: string | undefined
      try {
        const response = await fetch(hook.url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(TIMEOUT_MS),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'guoan-cms-webhooks/1',
            [EVENT_HEADER]: input.event,
            [DELIVERY_HEADER]: delivery,
            [SIGNATURE_HEADER]: signBody(hook.secret ?? '', input.body),
          },
          body: input.body,
        })
        statusCode = response.status
        await response.arrayBuffer().catch(() => undefined)
      } catch (caught) {
        error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught)
      }
      const ok = statusCode >= 200 && statusCode < 300
      await payload.create({
        collection: 'webhook-deliveries',
        data: {
          webhook: hook.id,
          event: input.event,
          job: delivery,
          attempt,
          statusCode,
          ok,
          error,
          durationMs: Date.now() - started,
          at: new Date().toISOString(),
        },
        overrideAccess: true,
      })
      if (!ok)
        throw new Error(
          `Webhook ${hook.url} failed on attempt ${attempt}: ${error ?? `HTTP ${statusCode}`}`,
        )
      return { output: { status: statusCode } }
    },
  }
}

async function attemptRow(
  payload: Payload,
  delivery: string,
  match: { ok: true } | { attempt: number },
) {
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: {
      and: [
        { job: { equals: delivery } },
        'ok' in match ? { ok: { equals: true } } : { attempt: { equals: match.attempt } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return docs[0]
}

/**
 * The status the claiming instance got for this attempt, once it has logged it: its POST ends
 * within TIMEOUT_MS. A failure (or no log in time) throws, so the job is retried with a new attempt.
 */
async function outcomeElsewhere(payload: Payload, delivery: string, attempt: number) {
  const until = Date.now() + TIMEOUT_MS + 5000
  while (Date.now() < until) {
    const row = await attemptRow(payload, delivery, { attempt })
    if (row?.ok) return row.statusCode ?? 200
    if (row) throw new Error(`Webhook delivery ${delivery} attempt ${attempt} failed elsewhere`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Webhook delivery ${delivery} attempt ${attempt}: no outcome logged in time`)
}
