import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Express serves /api; Next only renders the Payload admin.
  poweredByHeader: false,
  eslint: { ignoreDuringBuilds: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
