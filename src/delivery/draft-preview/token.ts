/**
 * Signed, expiring tokens that let a website render one draft before it is published, without a
 * login (issue 15, item 13). A token names one document (collection and id) and when it expires,
 * signed with HMAC-SHA256 under a key derived from PAYLOAD_SECRET for this purpose only; it
 * grants reading that document's latest version through /v1/preview and nothing else.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { integerSetting } from '../../runtime/env.js'

export const PREVIEW_COLLECTIONS = ['articles', 'glossary-terms'] as const
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number]

export const isPreviewCollection = (value: unknown): value is PreviewCollection =>
  PREVIEW_COLLECTIONS.some((collection) => collection === value)

export interface PreviewGrant {
  collection: PreviewCollection
  id: string
  /** Seconds since the epoch. */
  expiresAt: number
}

/** How long a preview link works (PREVIEW_TOKEN_TTL_MINUTES, default 60). */
export function previewTtlMinutes(env: NodeJS.ProcessEnv = process.env): number {
  return integerSetting('PREVIEW_TOKEN_TTL_MINUTES', env.PREVIEW_TOKEN_TTL_MINUTES, 60)
}

function keyOf(secret: string): Buffer {
  // A key of its own: a preview token can never be mistaken for (or help forge) a session token.
  return createHmac('sha256', secret).update('guoan-cms draft preview v1').digest()
}

const encode = (value: string | Buffer) => Buffer.from(value).toString('base64url')

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', keyOf(secret)).update(payload).digest()
}

export function signPreviewToken(grant: PreviewGrant, secret: string): string {
  const payload = encode(JSON.stringify([grant.collection, grant.id, grant.expiresAt]))
  return `${payload}.${encode(mac(payload, secret))}`
}

export type PreviewTokenProblem = 'malformed' | 'forged' | 'expired'

/** The grant a token carries, or why it carries none. */
export function verifyPreviewToken(
  token: string,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): PreviewGrant | PreviewTokenProblem {
  const [payload, signature, ...rest] = token.split('.')
  if (!payload || !signature || rest.length) return 'malformed'
  const expected = mac(payload, secret)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged'
  let fields: unknown
  try {
    fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return 'malformed'
  }
  if (!Array.isArray(fields) || fields.length !== 3) return 'malformed'
  const [collection, id, expiresAt] = fields
  if (!isPreviewCollection(collection) || typeof id !== 'string' || typeof expiresAt !== 'number')
    return 'malformed'
  if (expiresAt < nowSeconds) return 'expired'
  return { collection, id, expiresAt }
}
