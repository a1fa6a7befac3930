import type { GeneratePreviewURL } from 'payload'
import { deliverySettings } from '../settings.js'
import { previewTtlMinutes, signPreviewToken, type PreviewCollection } from './token.js'

/**
 * The address the admin's Preview button opens for a draft: PREVIEW_URL with {collection}, {id},
 * {slug} and {token} filled in (a website's own preview page, which reads
 * `/v1/preview/{collection}/{id}?token={token}` from this server), or by default that JSON itself.
 */
export const DEFAULT_PREVIEW_URL = '{api}/v1/preview/{collection}/{id}?token={token}'

export function previewUrl(
  collection: PreviewCollection,
  doc: { id: unknown; slug?: unknown },
  secret: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const id = String(doc.id)
  const token = signPreviewToken(
    { collection, id, expiresAt: Math.floor(Date.now() / 1000) + previewTtlMinutes(env) * 60 },
    secret,
  )
  const values: Record<string, string> = {
    api: deliverySettings(env).apiUrl,
    collection,
    id,
    slug: typeof doc.slug === 'string' ? doc.slug : '',
    token,
  }
  // {api} is a base URL and goes in as it is; the other values are encoded as URL components.
  return (env.PREVIEW_URL || DEFAULT_PREVIEW_URL).replace(
    /\{(api|collection|id|slug|token)\}/g,
    (_, name: string) => (name === 'api' ? values.api : encodeURIComponent(values[name] ?? '')),
  )
}

/** Payload's `admin.preview` for a collection: only staff reach the admin, so only they get links. */
export function previewButton(collection: PreviewCollection): GeneratePreviewURL {
  return (doc, { req }) => {
    if (!req.user || doc.id === undefined) return null
    return previewUrl(collection, { id: doc.id, slug: doc.slug }, req.payload.secret)
  }
}
