/**
 * `npm run build:admin`: builds the admin (Next.js) and records the sources it was built from, so
 * that `npm start` and the browser tests rebuild it only when those sources change.
 * `--if-needed` builds only when the build is missing or older than its sources.
 */
import { adminBuildState, buildAdmin } from '../server/admin-build.js'

const state = adminBuildState()
if (process.argv.includes('--if-needed') && state === 'current') {
  console.log('The admin build is current.')
} else {
  // The admin build reads the config only; it never signs anything.
  process.env.PAYLOAD_SECRET ||= 'build-only'
  await buildAdmin((line) => console.log(line), state)
}
