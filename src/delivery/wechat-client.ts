// Client for the WeChat Official Account API (access token, images, drafts, publishing).
import type { WeChatDraftArticle } from './wechat-draft.js'

export interface WeChatClientOptions {
  appId: string
  appSecret: string
  /** e.g. https://api.weixin.qq.com */
  apiBase?: string
  fetch?: typeof fetch
  /** 'stable' uses /cgi-bin/stable_token (does not invalidate tokens held elsewhere); 'classic' uses /cgi-bin/token. */
  tokenMode?: 'stable' | 'classic'
  /** Seconds before expiry at which a cached token is considered stale. */
  tokenMarginSeconds?: number
  now?: () => number
  /** Per-request timeout. */
  timeoutMs?: number
}

export type PublishState = 'success' | 'publishing' | 'failed'

export interface PublishStatus {
  status: PublishState
  /** WeChat's publish_status: 0 success, 1 publishing, 2 original-check failed, 3 failed, 4 audit rejected, 5 deleted after success, 6 banned. */
  code: number
  articleId?: string
  articleUrl?: string
  /** Indexes of the failed articles, when WeChat names them. */
  failedIndexes?: number[]
  raw: Record<string, unknown>
}

const ERROR_HINTS: Record<number, string> = {
  [-1]: 'WeChat system busy, retry later',
  40001: 'access_token invalid or AppSecret wrong',
  40002: 'invalid grant_type',
  40007: 'invalid media_id',
  40013: 'invalid AppID',
  40125: 'invalid AppSecret',
  40164: 'caller IP is not in the account whitelist',
  41001: 'access_token missing',
  42001: 'access_token expired',
  44002: 'empty POST body',
  45002: 'content too long',
  45009: 'API daily quota reached',
  45011: 'API calls too frequent',
  48001: 'API not authorised for this account',
  53503: 'draft not publishable (check it in the editor)',
  53504: 'a publish of this draft is already in progress',
  53505: 'please publish manually in the editor',
}

const PUBLISH_STATES: Record<number, string> = {
  2: 'original-content check failed',
  3: 'publishing failed',
  4: 'rejected by platform review',
  5: 'deleted after publishing',
  6: 'banned after publishing',
}

export class WeChatApiError extends Error {
  readonly errcode: number
  readonly errmsg: string
  readonly endpoint: string
  readonly retryable: boolean = false

  constructor(errcode: number, errmsg: string, endpoint: string) {
    const hint = ERROR_HINTS[errcode]
    super(`WeChat ${endpoint} failed: errcode ${errcode}${hint ? ` (${hint})` : ''}: ${errmsg}`)
    this.name = 'WeChatApiError'
    this.errcode = errcode
    this.errmsg = errmsg
    this.endpoint = endpoint
  }
}

/** Quota or frequency limit (45009, 45011) or system busy (-1): safe to retry later. */
export class WeChatRateLimitError extends WeChatApiError {
  override readonly retryable = true

  constructor(errcode: number, errmsg: string, endpoint: string) {
    super(errcode, errmsg, endpoint)
    this.name = 'WeChatRateLimitError'
  }
}

export class WeChatPublishTimeoutError extends Error {
  constructor(
    readonly publishId: string,
    readonly last: PublishStatus,
  ) {
    super(`WeChat publish ${publishId} still publishing after the wait time`)
    this.name = 'WeChatPublishTimeoutError'
  }
}

const RETRYABLE_CODES = new Set([-1, 45009, 45011])
const TOKEN_REJECTED_CODES = new Set([40001, 42001])

type Json = Record<string, unknown>

function apiError(errcode: number, errmsg: string, endpoint: string): WeChatApiError {
  return RETRYABLE_CODES.has(errcode)
    ? new WeChatRateLimitError(errcode, errmsg, endpoint)
    : new WeChatApiError(errcode, errmsg, endpoint)
}

export class WeChatClient {
  private readonly appId: string
  private readonly appSecret: string
  private readonly apiBase: string
  private readonly fetchFn: typeof fetch
  private readonly tokenMode: 'stable' | 'classic'
  private readonly marginMs: number
  private readonly now: () => number
  private readonly timeoutMs: number
  private token?: { value: string; expiresAt: number }
  private pendingToken?: Promise<string>

  constructor(options: WeChatClientOptions) {
    this.appId = options.appId
    this.appSecret = options.appSecret
    this.apiBase = (options.apiBase ?? 'https://api.weixin.qq.com').replace(/\/+$/, '')
    this.fetchFn = options.fetch ?? globalThis.fetch
    this.tokenMode = options.tokenMode ?? 'stable'
    this.marginMs = (options.tokenMarginSeconds ?? 300) * 1000
    this.now = options.now ?? Date.now
    this.timeoutMs = options.timeoutMs ?? 30_000
  }

  /** A valid access token, from cache while it has more than the margin left; concurrent callers share one fetch. */
  async accessToken(forceRefresh = false): Promise<string> {
    if (!forceRefresh && this.token && this.token.expiresAt - this.marginMs > this.now())
      return this.token.value
    if (!this.pendingToken) {
      this.pendingToken = this.fetchToken(forceRefresh).finally(() => {
        this.pendingToken = undefined
      })
    }
    return this.pendingToken
  }

  private async fetchToken(forceRefresh: boolean): Promise<string> {
    const data =
      this.tokenMode === 'stable'
        ? await this.request('cgi-bin/stable_token', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              grant_type: 'client_credential',
              appid: this.appId,
              secret: this.appSecret,
              force_refresh: forceRefresh,
            }),
          })
        : await this.request(
            `cgi-bin/token?${new URLSearchParams({ grant_type: 'client_credential', appid: this.appId, secret: this.appSecret })}`,
            { method: 'GET' },
          )
    const value = data.access_token
    const expiresIn = Number(data.expires_in)
    if (typeof value !== 'string' || !value || !Number.isFinite(expiresIn))
      throw new WeChatApiError(
        -2,
        'token response without access_token/expires_in',
        'cgi-bin/token',
      )
    this.token = { value, expiresAt: this.now() + expiresIn * 1000 }
    return value
  }

  /** One HTTP call; WeChat reports errors in the JSON body (errcode ≠ 0), usually with HTTP 200. */
  private async request(path: string, init: RequestInit): Promise<Json> {
    const endpoint = path.split('?')[0]!
    const response = await this.fetchFn(`${this.apiBase}/${path}`, {
      ...init,
      signal: AbortSignal.timeout(this.timeoutMs),
    })
    const body = await response.text()
    let data: Json
    try {
      data = JSON.parse(body) as Json
    } catch {
      throw new WeChatApiError(
        -2,
        `HTTP ${response.status}, not JSON: ${body.slice(0, 200)}`,
        endpoint,
      )
    }
    const errcode = typeof data.errcode === 'number' ? data.errcode : 0
    if (errcode !== 0) throw apiError(errcode, String(data.errmsg ?? ''), endpoint)
    if (!response.ok) throw new WeChatApiError(-2, `HTTP ${response.status}`, endpoint)
    return data
  }

  /** Calls an authenticated endpoint; a rejected token (40001/42001) is refreshed and the call retried once. */
  private async call(
    path: string,
    init: () => RequestInit,
    query: Record<string, string> = {},
  ): Promise<Json> {
    const attempt = async (token: string) =>
      this.request(`${path}?${new URLSearchParams({ ...query, access_token: token })}`, init())
    try {
      return await attempt(await this.accessToken())
    } catch (error) {
      if (!(error instanceof WeChatApiError) || !TOKEN_REJECTED_CODES.has(error.errcode))
        throw error
      this.token = undefined
      return attempt(await this.accessToken(true))
    }
  }

  private postJson(path: string, payload: unknown): Promise<Json> {
    return this.call(path, () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    }))
  }

  private upload(
    path: string,
    buffer: Uint8Array,
    filename: string,
    query: Record<string, string> = {},
  ): Promise<Json> {
    return this.call(
      path,
      () => {
        const form = new FormData()
        form.append(
          'media',
          new Blob([new Uint8Array(buffer)], { type: contentTypeOf(filename) }),
          filename,
        )
        return { method: 'POST', body: form }
      },
      query,
    )
  }

  /** Permanent image material (covers need one: thumb_media_id). */
  async addMaterialImage(
    buffer: Uint8Array,
    filename: string,
  ): Promise<{ mediaId: string; url: string }> {
    const data = await this.upload('cgi-bin/material/add_material', buffer, filename, {
      type: 'image',
    })
    return { mediaId: String(data.media_id), url: String(data.url ?? '') }
  }

  /** An image for use inside article content (jpg/png under 1 MB); returns its mmbiz URL. */
  async uploadImage(buffer: Uint8Array, filename: string): Promise<string> {
    const data = await this.upload('cgi-bin/media/uploadimg', buffer, filename)
    return String(data.url)
  }

  async addDraft(articles: WeChatDraftArticle[]): Promise<string> {
    const data = await this.postJson('cgi-bin/draft/add', { articles })
    return String(data.media_id)
  }

  async submitPublish(mediaId: string): Promise<string> {
    const data = await this.postJson('cgi-bin/freepublish/submit', { media_id: mediaId })
    return String(data.publish_id)
  }

  async getPublishStatus(publishId: string): Promise<PublishStatus> {
    const data = await this.postJson('cgi-bin/freepublish/get', { publish_id: publishId })
    const code = Number(data.publish_status)
    const detail = data.article_detail as
      { item?: Array<{ idx?: number; article_url?: string }> } | undefined
    const failIdx = Array.isArray(data.fail_idx) ? data.fail_idx.map(Number) : undefined
    return {
      status: code === 0 ? 'success' : code === 1 ? 'publishing' : 'failed',
      code,
      articleId: typeof data.article_id === 'string' ? data.article_id : undefined,
      articleUrl: detail?.item?.[0]?.article_url,
      failedIndexes: failIdx?.length ? failIdx : undefined,
      raw: data,
    }
  }

  /** Polls freepublish/get until the publish is no longer in progress. */
  async waitForPublish(
    publishId: string,
    { intervalMs = 3000, timeoutMs = 120_000 } = {},
  ): Promise<PublishStatus> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const status = await this.getPublishStatus(publishId)
      if (status.status !== 'publishing') return status
      if (Date.now() + intervalMs > deadline) throw new WeChatPublishTimeoutError(publishId, status)
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  }
}

/** Readable reason for a failed publish code, for editors. */
export function describePublishFailure(code: number): string {
  return PUBLISH_STATES[code] ?? `unknown publish_status ${code}`
}

function contentTypeOf(filename: string): string {
  const ext = filename.toLowerCase().split('.').pop()
  if (ext === 'png') return 'image/png'
  if (ext === 'gif') return 'image/gif'
  if (ext === 'jpg' || ext === 'jpeg') return 'image/jpeg'
  return 'application/octet-stream'
}
