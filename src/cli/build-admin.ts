/**
 * `npm run build:admin`: builds the admin (Next.js) and records the sources it was built from, so
 * that `npm start` and the browser tests rebuild it only when those sources change.
 * `--if-needed` builds only when the build is missing or older than its sources.
 */
import { ensureAdminBuild } from '../server/admin-build.js'

// The admin build reads the config only; it never signs anything.
process.env.PAYLOAD_SECRET ||= 'build-only'
const result = await ensureAdminBuild((line) => console.log(line), {
  force: !process.argv.includes('--if-needed'),
})
if (result === 'current') console.log('The admin build is current.')
