import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Express serves /api; Next only renders the Payload admin.
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project; the admin build must not fail on a test file's types.
  typescript: { ignoreBuildErrors: true },
  // Native addons and server-only libraries that the config pulls in: load them from node_modules at run time.
  serverExternalPackages: [
    '@node-rs/jieba',
    'opencc-js',
    'iconv-lite',
    'juice',
    'cheerio',
    'sanitize-html',
    'mongodb',
    'cli-progress',
    // Requires its optional stores (Redis, Prisma, Drizzle…) at run time.
    'rate-limiter-flexible',
    // The importer's worker thread registers tsx (src/ingest/analysis-thread.mjs): Turbopack cannot
    // bundle esbuild's binary package, and the worker runs outside the bundle anyway.
    'tsx',
    'esbuild',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
