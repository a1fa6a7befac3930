import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Express serves /api; Next only renders the Payload admin.
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project; the admin build must not fail on a test file's types.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
