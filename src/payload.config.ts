// First: Payload's version check would refuse the storage adapter (src/storage/payload-versions.ts).
import './storage/payload-versions.js'
import path from 'node:path'
import { buildConfig } from 'payload'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import sharp from 'sharp'
import { collections } from '../collections/index.js'
import { withOwnedLocks } from './access/locks.js'
import { databaseAdapter } from './db/adapter.js'
import { databaseBusyAfterError } from './db/busy.js'
import { graphqlErrorStatus } from './graphql/status.js'
import { deliveryPlugin } from './delivery/plugin.js'
import { graphqlLimitsPlugin } from './graphql/plugin.js'
import { corsOriginsFrom } from './delivery/settings.js'
import { contentEditor } from './fields/rich-text.js'
import { dateInputsPlugin } from './i18n/date-inputs.js'
import { ADMIN_DATE_FORMAT } from './i18n/dates.js'
import { projectRoot } from './paths.js'
import { emailAdapter } from './runtime/env.js'
import { createLogger } from './runtime/logging.js'
import { searchPlugin } from './search/plugin.js'
import { sharedMediaStorage } from './storage/s3.js'
import { MEDIA_MAX_BYTES } from '../collections/Media.js'
import { versionPruningPlugin } from './versions/plugin.js'
import { workflowPlugin } from './workflow/plugin.js'

const production = process.env.NODE_ENV === 'production'

const corsOrigins = corsOriginsFrom(process.env.CORS_ORIGINS)

// Payload's document-lock collection exists only once the config is sanitized (src/access/locks.ts).
export default buildConfig({
  secret: process.env.PAYLOAD_SECRET ?? '',
  serverURL: process.env.SERVER_URL || undefined,
  db: databaseAdapter(process.env.DATABASE_URI, { production }),
  editor: contentEditor,
  collections,
  localization: {
    locales: [
      // Native names, as language pickers show them. Labels keyed by UI language ({ en, zh })
      // crash Payload 3.90's version view, which looks them up by the content locale code.
      { code: 'zh-Hans', label: '简体中文' },
      { code: 'zh-Hant', label: '繁體中文' },
    ],
    defaultLocale: 'zh-Hans',
    fallback: true,
  },
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
  admin: {
    user: 'users',
    // Payload's default is gravatar: a broken image offline and every user's e-mail hash sent out.
    avatar: 'default',
    // date-fns localized: 2026年12月1日 09:39 in the Chinese admin, December 1st, 2026 09:39 in English.
    dateFormat: ADMIN_DATE_FORMAT,
    importMap: { baseDir: path.join(projectRoot, 'src') },
    meta: { titleSuffix: ' · 国家安全教育内容管理' },
    components: {
      beforeDashboard: ['/components/search/AdminSearch#AdminSearch'],
      providers: ['/components/DatePickerLanguage#DatePickerLanguage'],
    },
  },
  cors: corsOrigins,
  csrf: corsOrigins === '*' ? [] : corsOrigins,
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  graphQL: { disablePlaygroundInProduction: true },
  sharp,
  typescript: {
    outputFile: path.join(projectRoot, 'src', 'payload-types.ts'),
    autoGenerate: false,
  },
  telemetry: false,
  plugins: [
    deliveryPlugin(),
    workflowPlugin(),
    searchPlugin(),
    versionPruningPlugin(),
    graphqlLimitsPlugin(),
    // Uploads on S3-compatible storage when S3_BUCKET is set, else on disk (src/storage/s3.ts).
    sharedMediaStorage(),
    dateInputsPlugin(),
  ],
  // JSON lines in production, Payload's pretty format otherwise; secrets scrubbed in both.
  logger: createLogger({ production }),
  email: emailAdapter({ production }),
  // A write that cannot get SQLite's lock: 503 with Retry-After (src/db/busy.ts).
  // In this order: a locked database's GraphQL error gets its 503 first, then the answer its status.
  hooks: { afterError: [databaseBusyAfterError, graphqlErrorStatus] },
}).then(withOwnedLocks)
