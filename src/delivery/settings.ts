/** Delivery settings from the environment, read on every call so a changed environment applies without a restart. */
export interface DeliverySettings {
  /** Public website that renders our content: canonical URLs in JSON-LD, feeds, sitemap and WeChat's 阅读原文. */
  siteUrl: string
  /** This server's public base URL: media files, feed self links. */
  apiUrl: string
  siteName: string
  /** The publisher's logo in JSON-LD (SITE_LOGO_URL; default: this server's /v1/brand/logo.png). */
  logoUrl: string
  /** The image of an article without a cover, in JSON-LD (SITE_IMAGE_URL; default /v1/brand/image.png). */
  defaultImageUrl: string
  /** Cache-Control max-age of public responses, in seconds. */
  maxAgeSeconds: number
  /** How often (at most) an instance checks the database for changes made by other instances, in ms. */
  freshnessIntervalMs: number
  /** Upper bound for the in-memory response cache, in bytes. */
  cacheMaxBytes: number
  corsOrigins: string[] | '*'
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a whole number ≥ 0, got "${value}"`)
  return parsed
}

/** An origin never ends in a slash: `https://a.example/` and `https://a.example` are the same origin. */
export function normalizeOrigin(origin: string): string {
  return trimSlash(origin.trim())
}

/**
 * CORS_ORIGINS: a comma-separated allowlist of origins, or `*`. The one parser for both Payload's
 * cors/csrf settings and the delivery routes, so that both allow exactly the same origins.
 */
export function corsOriginsFrom(raw: string | undefined): string[] | '*' {
  const value = raw?.trim()
  if (!value) return []
  if (value === '*') return '*'
  return value.split(',').map(normalizeOrigin).filter(Boolean)
}

/** DELIVERY_MAX_AGE alone, for the cache-hit path (src/delivery/cache/fast-path.ts). */
export function maxAgeSeconds(env: NodeJS.ProcessEnv = process.env): number {
  return integer(env.DELIVERY_MAX_AGE, 60, 'DELIVERY_MAX_AGE')
}

/** Where this server serves its built-in brand images (src/delivery/routes/brand.ts). */
export const BRAND_PATHS = { logo: '/v1/brand/logo.png', image: '/v1/brand/image.png' } as const

export function deliverySettings(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const apiUrl = trimSlash(env.SERVER_URL || `http://localhost:${env.PORT || 3000}`)
  return {
    apiUrl,
    siteUrl: trimSlash(env.PUBLIC_SITE_URL || apiUrl),
    siteName: env.SITE_NAME || '国家安全教育',
    logoUrl: env.SITE_LOGO_URL || `${apiUrl}${BRAND_PATHS.logo}`,
    defaultImageUrl: env.SITE_IMAGE_URL || `${apiUrl}${BRAND_PATHS.image}`,
    maxAgeSeconds: maxAgeSeconds(env),
    freshnessIntervalMs: integer(env.DELIVERY_FRESHNESS_MS, 2000, 'DELIVERY_FRESHNESS_MS'),
    cacheMaxBytes: integer(env.DELIVERY_CACHE_MB, 64, 'DELIVERY_CACHE_MB') * 1024 * 1024,
    corsOrigins: corsOriginsFrom(env.CORS_ORIGINS),
  }
}

/** Public URLs of delivered items on the website (the front-end's routes). */
export const siteUrls = {
  article: (site: string, slug: string) => `${site}/articles/${encodeURIComponent(slug)}`,
  qaSet: (site: string, slug: string) => `${site}/qa/${encodeURIComponent(slug)}`,
  term: (site: string, slug: string) => `${site}/glossary/${encodeURIComponent(slug)}`,
  glossary: (site: string) => `${site}/glossary`,
  topic: (site: string, slug: string) => `${site}/topics/${encodeURIComponent(slug)}`,
}
