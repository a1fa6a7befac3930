import type { Payload, PayloadRequest } from 'payload'
import type { WechatPublication } from '../../payload-types.js'
import { relationId, relationIdOf, type DocId } from '../../db/ids.js'
import { claim, releaseClaim } from '../../workflow/claims.js'
import { deliverySettings } from '../settings.js'
import { describePublishFailure, WeChatApiError, WeChatRateLimitError } from '../wechat-client.js'
import { limitErrors, WeChatLimitError } from '../wechat-draft.js'
import { readAllLocales } from '../read/content.js'
import { bodyImageFile, coverImageFile } from './media-bytes.js'
import { prepareWeChatArticle } from './prepare.js'
import {
  missingWeChatSettings,
  weChatClient,
  weChatSettings,
  type WeChatSettings,
} from './settings.js'

export const PUBLICATIONS = 'wechat-publications'
export const WECHAT_QUEUE = 'wechat'
export const PUBLISH_TASK = 'wechat-publish'
export const STATUS_TASK = 'wechat-publish-status'
type WeChatTask = typeof PUBLISH_TASK | typeof STATUS_TASK

export const PUBLICATION_STATUSES = [
  'queued',
  'uploading',
  'drafted',
  'publishing',
  'retrying',
  'published',
  'failed',
] as const
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number]
export const ACTIVE_STATUSES: PublicationStatus[] = [
  'queued',
  'uploading',
  'drafted',
  'publishing',
  'retrying',
]

type Publication = WechatPublication
type ErrorRow = NonNullable<Publication['errorLog']>[number]
type PublicationChange = Partial<Omit<Publication, 'id' | 'createdAt' | 'updatedAt'>>

// Publication records are written by the server only (the collection's access denies API writes).
function load(payload: Payload, id: DocId): Promise<Publication> {
  return payload.findByID({ collection: PUBLICATIONS, id, overrideAccess: true, depth: 0 })
}

function save(payload: Payload, id: DocId, data: PublicationChange): Promise<Publication> {
  return payload.update({ collection: PUBLICATIONS, id, data, overrideAccess: true, depth: 0 })
}

async function queue(
  payload: Payload,
  task: WeChatTask,
  publicationId: DocId,
  delayMs: number,
): Promise<void> {
  await payload.jobs.queue({
    task,
    queue: WECHAT_QUEUE,
    input: { publicationId: String(publicationId) },
    waitUntil: new Date(Date.now() + delayMs),
  })
}

/** The article as the public sees it (published only), every locale. */
async function findArticle(payload: Payload, id: DocId | undefined) {
  if (id === undefined) return undefined
  const found = await payload.find({
    collection: 'articles',
    where: { id: { equals: id } },
    overrideAccess: false,
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
  })
  return readAllLocales('articles', found.docs)[0]
}

function errorRow(step: string, error: unknown): ErrorRow {
  if (error instanceof WeChatApiError)
    return { at: new Date().toISOString(), step, code: error.errcode, message: error.message }
  if (error instanceof WeChatLimitError)
    return { at: new Date().toISOString(), step, message: error.message }
  return {
    at: new Date().toISOString(),
    step,
    message: error instanceof Error ? error.message : String(error),
  }
}

/** A rate limit backs off (doubling) and retries the same step; anything else stops with a readable reason. */
async function handleFailure(
  payload: Payload,
  publication: Publication,
  step: string,
  error: unknown,
  settings: WeChatSettings,
  task: WeChatTask,
): Promise<PublicationStatus> {
  const row = errorRow(step, error)
  const errors = [...(publication.errorLog ?? []), row]
  const attempts = (publication.attempts ?? 0) + 1
  if (error instanceof WeChatRateLimitError && attempts < settings.maxAttempts) {
    const delay = settings.retryDelayMs * 2 ** (attempts - 1)
    await save(payload, publication.id, {
      status: 'retrying',
      attempts,
      errorLog: errors,
      nextAttemptAt: new Date(Date.now() + delay).toISOString(),
    })
    await queue(payload, task, publication.id, delay)
    return 'retrying'
  }
  const reason =
    error instanceof WeChatRateLimitError
      ? `${row.message} — gave up after ${attempts} attempts`
      : row.message
  await save(payload, publication.id, {
    status: 'failed',
    attempts,
    errorLog: errors,
    failureReason: `${step}: ${reason}`,
  })
  return 'failed'
}

/**
 * Uploads the cover (material/add_material) and body images (media/uploadimg), adds the draft and submits
 * it. Each finished step is recorded first, so a retry after a rate limit resumes where it stopped.
 */
export async function runPublishStep(
  payload: Payload,
  publicationId: DocId,
): Promise<PublicationStatus> {
  let publication = await load(payload, publicationId)
  if (!ACTIVE_STATUSES.includes(publication.status)) return publication.status
  const settings = weChatSettings()
  const missing = missingWeChatSettings(settings)
  if (missing.length) {
    await save(payload, publication.id, {
      status: 'failed',
      failureReason: `WeChat is not configured: set ${missing.join(' and ')}`,
      errorLog: [
        ...(publication.errorLog ?? []),
        errorRow('configuration', new Error(`missing ${missing.join(', ')}`)),
      ],
    })
    return 'failed'
  }
  const client = weChatClient(settings)
  const site = deliverySettings()
  let step = 'read article'
  try {
    const doc = await findArticle(payload, relationIdOf(publication.article))
    if (!doc) throw new Error('the article is not published (only published articles go to WeChat)')
    publication = await save(payload, publication.id, { status: 'uploading' })

    step = 'material/add_material (cover)'
    let thumbMediaId = publication.thumbMediaId ?? undefined
    const uploaded = new Map(
      (publication.contentImages ?? []).map((image) => [image.from, image.to]),
    )
    if (!thumbMediaId) {
      const preview = await prepareWeChatArticle(payload, doc, site)
      if (!preview.coverMedia)
        throw new Error('the article has no cover image; WeChat requires one')
      const file = await coverImageFile(payload, preview.coverMedia, site.apiUrl)
      const material = await client.addMaterialImage(file.bytes, file.filename)
      thumbMediaId = material.mediaId
      publication = await save(payload, publication.id, { thumbMediaId, coverUrl: material.url })
    }

    step = 'media/uploadimg (body images)'
    const prepared = await prepareWeChatArticle(payload, doc, site, {
      thumbMediaId,
      rewriteImageUrl: async (url) => {
        const known = uploaded.get(url)
        if (known) return known
        const file = await bodyImageFile(payload, url, site.apiUrl)
        const wechatUrl = await client.uploadImage(file.bytes, file.filename)
        uploaded.set(url, wechatUrl)
        publication = await save(payload, publication.id, {
          contentImages: [...uploaded].map(([from, to]) => ({ from, to })),
        })
        return wechatUrl
      },
    })
    if (prepared.violations.length) throw new WeChatLimitError(prepared.violations)

    step = 'draft/add'
    let draftMediaId = publication.draftMediaId ?? undefined
    if (!draftMediaId) {
      draftMediaId = await client.addDraft([prepared.article])
      publication = await save(payload, publication.id, { draftMediaId, status: 'drafted' })
    }

    step = 'freepublish/submit'
    const publishId = await client.submitPublish(draftMediaId)
    await save(payload, publication.id, { publishId, status: 'publishing', nextAttemptAt: null })
    await queue(payload, STATUS_TASK, publication.id, settings.pollIntervalMs)
    return 'publishing'
  } catch (error) {
    return handleFailure(
      payload,
      await load(payload, publication.id),
      step,
      error,
      settings,
      PUBLISH_TASK,
    )
  }
}

/** Polls freepublish/get until WeChat reports success or failure (or the poll budget runs out). */
export async function runStatusPoll(
  payload: Payload,
  publicationId: DocId,
): Promise<PublicationStatus> {
  const publication = await load(payload, publicationId)
  if (publication.status !== 'publishing' && publication.status !== 'retrying')
    return publication.status
  if (!publication.publishId) return publication.status
  const settings = weChatSettings()
  try {
    const status = await weChatClient(settings).getPublishStatus(publication.publishId)
    const polls = (publication.polls ?? 0) + 1
    if (status.status === 'success') {
      await save(payload, publication.id, {
        status: 'published',
        polls,
        wechatArticleId: status.articleId,
        articleUrl: status.articleUrl,
        publishedAt: new Date().toISOString(),
        nextAttemptAt: null,
      })
      return 'published'
    }
    /** Polling ends in failure: the reason is both logged and shown. */
    const fail = async (
      reason: string,
      row: Pick<ErrorRow, 'code'> = {},
    ): Promise<PublicationStatus> => {
      await save(payload, publication.id, {
        status: 'failed',
        polls,
        failureReason: reason,
        errorLog: [
          ...(publication.errorLog ?? []),
          { at: new Date().toISOString(), step: 'freepublish/get', ...row, message: reason },
        ],
      })
      return 'failed'
    }
    if (status.status === 'failed')
      return fail(`WeChat publish_status ${status.code}: ${describePublishFailure(status.code)}`, {
        code: status.code,
      })
    if (polls >= settings.maxPolls)
      return fail(
        `still publishing after ${polls} status checks; check the account's publishing records`,
      )
    await save(payload, publication.id, {
      status: 'publishing',
      polls,
      nextAttemptAt: new Date(Date.now() + settings.pollIntervalMs).toISOString(),
    })
    await queue(payload, STATUS_TASK, publication.id, settings.pollIntervalMs)
    return 'publishing'
  } catch (error) {
    return handleFailure(payload, publication, 'freepublish/get', error, settings, STATUS_TASK)
  }
}

export interface PublishRequestResult {
  status: number
  body: Record<string, unknown>
}

/** The reviewer action "publish to WeChat": checks, records a publication and queues the first job. */
export async function requestWeChatPublish(
  req: PayloadRequest,
  articleId: DocId,
): Promise<PublishRequestResult> {
  const { payload } = req
  const settings = weChatSettings()
  const missing = missingWeChatSettings(settings)
  if (missing.length)
    return {
      status: 503,
      body: {
        errors: [{ message: `WeChat publishing is not configured: set ${missing.join(' and ')}` }],
      },
    }
  const doc = await findArticle(payload, articleId)
  if (!doc) {
    const exists = await payload.count({
      collection: 'articles',
      where: { id: { equals: articleId } },
      overrideAccess: true,
    })
    return exists.totalDocs
      ? {
          status: 409,
          body: {
            errors: [
              {
                message:
                  'Only a published article can be published to WeChat; publish it on the website first.',
              },
            ],
          },
        }
      : { status: 404, body: { errors: [{ message: `No article with id ${articleId}` }] } }
  }
  const prepared = await prepareWeChatArticle(payload, doc, deliverySettings())
  if (prepared.violations.length) {
    return {
      status: 422,
      body: {
        errors: limitErrors(prepared.violations),
      },
    }
  }
  const busy = (publication: Publication | undefined): PublishRequestResult => ({
    status: 409,
    body: {
      errors: [{ message: 'This article is already being published to WeChat.' }],
      publication: publication ?? null,
    },
  })
  // One read for both what is in progress and what came before, so the key below names exactly
  // the state this request checked.
  const all = await publicationsOf(payload, doc.id)
  const active = all.filter((publication) => ACTIVE_STATUSES.includes(publication.status))
  if (active[0]) return busy(active[0])
  // The same request on another instance may have passed the check above at the same moment.
  // Both then claim the same key, named after what they checked (the article and its newest
  // finished publication): the database's unique index lets exactly one of them win. A record
  // created and then re-listed was not enough: each instance stamps createdAt by its own clock,
  // so the one whose insert committed second could still sort first (seen in tests/cluster).
  const key = `wechat-publish:${doc.id}:${all.at(-1)?.id ?? 'first'}`
  if (!(await claim(payload, key))) return busy((await activePublications(payload, doc.id))[0])
  let publication: Publication
  try {
    publication = await payload.create({
      collection: PUBLICATIONS,
      data: {
        article: relationId(doc.id),
        title: prepared.article.title,
        status: 'queued',
        requestedBy: req.user ? relationId(req.user.id) : undefined,
        attempts: 0,
        polls: 0,
      },
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    // Nothing was recorded: the next request may try again.
    await releaseClaim(payload, key)
    throw error
  }
  await queue(payload, PUBLISH_TASK, publication.id, 0)
  return { status: 202, body: { message: 'Queued for publishing to WeChat', publication } }
}

/** Every publication of the article, oldest first (none in progress when this is called for a key). */
async function publicationsOf(payload: Payload, articleId: DocId): Promise<Publication[]> {
  const { docs } = await payload.find({
    collection: PUBLICATIONS,
    where: { article: { equals: articleId } },
    sort: 'createdAt',
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs
}

/** The article's publications in progress, earliest first (ties broken by id, the same order everywhere). */
async function activePublications(payload: Payload, articleId: DocId): Promise<Publication[]> {
  const { docs } = await payload.find({
    collection: PUBLICATIONS,
    where: { and: [{ article: { equals: articleId } }, { status: { in: ACTIVE_STATUSES } }] },
    overrideAccess: true,
    pagination: false,
    depth: 0,
  })
  const key = (publication: Publication) => [publication.createdAt, String(publication.id)]
  return docs.sort((a, b) => {
    const [atA, idA] = key(a)
    const [atB, idB] = key(b)
    return atA.localeCompare(atB) || idA.localeCompare(idB, 'en', { numeric: true })
  })
}
