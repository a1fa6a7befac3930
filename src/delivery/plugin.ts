import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Config,
  Endpoint,
  PayloadRequest,
  TaskConfig,
} from 'payload'
import { canPublish } from '../access/roles.js'
import { countChange } from '../db/change-counters.js'
import { docIdFromText, type DocId } from '../db/ids.js'
import { message } from '../i18n/message.js'
import { deliveryCacheFor } from './cache/delivery-cache.js'
import { DELIVERED_COLLECTIONS } from './cache/freshness.js'
import {
  PUBLISH_TASK,
  requestWeChatPublish,
  runPublishStep,
  runStatusPoll,
  STATUS_TASK,
  WECHAT_QUEUE,
} from './wechat/publish.js'

/** Pass `context: { [SKIP_DELIVERY_INVALIDATION]: true }` to a Local API write to leave this process's cache alone. */
export const SKIP_DELIVERY_INVALIDATION = 'skipDeliveryInvalidation'

/**
 * A change the public can see: counted in the database in the write's transaction (how the other
 * instances learn of it, src/db/change-counters.ts) and cleared from this process's cache unless
 * the write asked to leave it alone.
 */
async function publicChange(
  req: PayloadRequest,
  collection: string,
  context: Record<string, unknown> | undefined,
  reason: string,
): Promise<void> {
  await countChange(req, collection, 'public')
  if (!context?.[SKIP_DELIVERY_INVALIDATION])
    deliveryCacheFor(req.payload).invalidateLocalChange(reason)
}

const invalidateAfterChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  previousDoc,
  req,
}) => {
  const reason = `${collection.slug} ${String(doc?.id)} changed`
  if (!collection.versions?.drafts || doc?._status === 'published') {
    await publicChange(req, collection.slug, context, reason)
  } else if (previousDoc?._status === 'published') {
    // Either an unpublish, or a draft saved over live content (which leaves the live version as it was): ask the database.
    const live = await req.payload.find({
      collection: collection.slug,
      where: { id: { equals: doc.id } },
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      req,
      select: { updatedAt: true },
    })
    const current = live.docs[0]
    // Only the delivered collections get this hook, and all of them have timestamps.
    const updatedAt = current && 'updatedAt' in current ? current.updatedAt : undefined
    if (updatedAt !== previousDoc.updatedAt)
      await publicChange(req, collection.slug, context, `${reason} (unpublished)`)
  }
  return doc
}

const invalidateAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  context,
  doc,
  req,
}) => {
  await publicChange(req, collection.slug, context, `${collection.slug} ${String(doc?.id)} deleted`)
  return doc
}

/**
 * Lists and feeds are ordered by publishedAt: stamp it the first time a document goes live. This hook
 * sees every write that publishes (workflow actions, the REST API, imports and seeds alike), so it is
 * the one place that stamps the date.
 */
const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data?._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt)
    data.publishedAt = new Date().toISOString()
  return data
}

const toDocId = (req: PayloadRequest, raw: string) =>
  docIdFromText(req.payload.db.defaultIDType, raw)

const weChatPublishEndpoint: Endpoint = {
  path: '/:id/wechat-publish',
  method: 'post',
  handler: async (req) => {
    if (!req.user)
      return Response.json(
        {
          errors: [
            {
              message: message(
                req,
                'Log in as a reviewer to publish to WeChat.',
                '请以审核人身份登录后发布到微信。',
              ),
            },
          ],
        },
        { status: 401 },
      )
    if (!canPublish(req.user))
      return Response.json(
        {
          errors: [
            {
              message: message(
                req,
                'Only a reviewer or an administrator can publish to WeChat.',
                '只有审核人或管理员可以发布到微信。',
              ),
            },
          ],
        },
        { status: 403 },
      )
    const id = toDocId(req, String(req.routeParams?.id ?? ''))
    const result = await requestWeChatPublish(req, id)
    return Response.json(result.body, { status: result.status })
  },
}

const publicationInput: TaskConfig['inputSchema'] = [
  { name: 'publicationId', type: 'text', required: true },
]
const statusOutput: TaskConfig['outputSchema'] = [{ name: 'status', type: 'text' }]

/**
 * A jobs task that takes one step of a WeChat publication (`publicationId`) and reports its status.
 * Our own state machine handles WeChat's errors (back-off on rate limits); Payload does not retry.
 */
function publicationTask(
  slug: typeof PUBLISH_TASK | typeof STATUS_TASK,
  label: string,
  step: (payload: PayloadRequest['payload'], publicationId: DocId) => Promise<string>,
): TaskConfig<typeof PUBLISH_TASK | typeof STATUS_TASK> {
  return {
    slug,
    label,
    inputSchema: publicationInput,
    outputSchema: statusOutput,
    retries: 0,
    handler: async ({ input, req }) => ({
      output: { status: await step(req.payload, toDocId(req, input.publicationId)) },
    }),
  }
}

const publishTask = publicationTask(
  PUBLISH_TASK,
  'Publish an article to WeChat (upload, draft, submit)',
  runPublishStep,
)
const statusTask = publicationTask(
  STATUS_TASK,
  'Check a WeChat publish (freepublish/get)',
  runStatusPoll,
)

type JobsConfig = NonNullable<Config['jobs']>
type AutoRun = JobsConfig['autoRun']

/** The WeChat queue runs every ten seconds on instances booted with `cron: true` (npm start). */
function withWeChatAutoRun(autoRun: AutoRun): AutoRun {
  const ours = { cron: '*/10 * * * * *', queue: WECHAT_QUEUE, limit: 10 }
  if (typeof autoRun === 'function') return async (payload) => [...(await autoRun(payload)), ours]
  return [...(autoRun ?? []), ours]
}

function addHooks(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const stamps = collection.slug === 'articles' || collection.slug === 'qa-entries'
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: stamps ? [...(hooks.beforeChange ?? []), stampPublishedAt] : hooks.beforeChange,
      afterChange: [...(hooks.afterChange ?? []), invalidateAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), invalidateAfterDelete],
    },
  }
}

function addArticleActions(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    endpoints: [...(collection.endpoints || []), weChatPublishEndpoint],
    // The admin's Preview button opens the WeChat preview (which also offers "publish to WeChat") unless another preview is set.
    admin: {
      ...collection.admin,
      preview: collection.admin?.preview ?? ((doc) => `/admin-preview/wechat/${String(doc.id)}`),
    },
  }
}

/**
 * Delivery: cache invalidation hooks on every delivered collection, publishedAt stamping, the
 * "publish to WeChat" endpoint and preview link on articles, and the WeChat jobs.
 */
export function deliveryPlugin() {
  return (config: Config): Config => {
    const delivered = new Set<string>(DELIVERED_COLLECTIONS)
    const collections = (config.collections ?? []).map((collection) => {
      let next = delivered.has(collection.slug) ? addHooks(collection) : collection
      if (collection.slug === 'articles') next = addArticleActions(next)
      return next
    })
    const jobs: JobsConfig = config.jobs ?? { tasks: [] }
    return {
      ...config,
      collections,
      jobs: {
        ...jobs,
        tasks: [...(jobs.tasks ?? []), publishTask, statusTask],
        autoRun: withWeChatAutoRun(jobs.autoRun),
      },
    }
  }
}
