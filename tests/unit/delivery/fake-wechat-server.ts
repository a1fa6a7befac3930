// A local imitation of the WeChat Official Account API (the remote side, not our code), for client tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeWeChat {
  baseUrl: string
  appId: string
  appSecret: string
  calls: Array<{ method: string; path: string; token?: string }>
  uploads: Array<{ endpoint: string; filename: string; type: string; bytes: Buffer }>
  drafts: Map<string, unknown[]>
  /** Make the next authenticated call answer 40001 (token invalidated elsewhere). */
  invalidateTokensOnce(): void
  /** Expire every token issued so far: authenticated calls answer 42001 until a new one is fetched. */
  expireAllTokens(): void
  /** Make the next freepublish/submit answer 45009. */
  rateLimitNextSubmit(): void
  /** How many freepublish/get polls answer "publishing" before the final state. */
  publishPolls: number
  finalPublishStatus: number
  close(): Promise<void>
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function send(res: ServerResponse, data: unknown): void {
  // WeChat answers errors with HTTP 200 and a text/plain JSON body.
  res.writeHead(200, { 'content-type': 'text/plain' })
  res.end(JSON.stringify(data))
}

/**
 * The server environment that points the app at this fake: its credentials and address, and no
 * waits between polls or retries, so a publication runs to its end within one queue run.
 */
export function serverEnvFor(wechat: FakeWeChat): Record<string, string> {
  return {
    WECHAT_APP_ID: wechat.appId,
    WECHAT_APP_SECRET: wechat.appSecret,
    WECHAT_API_BASE: wechat.baseUrl,
    WECHAT_POLL_INTERVAL_MS: '0',
    WECHAT_RETRY_DELAY_MS: '0',
    WECHAT_MAX_POLLS: '10',
  }
}

export async function startFakeWeChat(): Promise<FakeWeChat> {
  const appId = 'wx1234567890abcdef'
  const appSecret = 'fake-secret-for-tests'
  const valid = new Set<string>()
  const expired = new Set<string>()
  let tokenCount = 0
  let invalidateOnce = false
  let rateLimitSubmit = false
  const publishes = new Map<string, { mediaId: string; polls: number }>()

  const issueToken = () => {
    tokenCount += 1
    const token = `ACCESS_TOKEN_${tokenCount}`
    valid.add(token)
    return { access_token: token, expires_in: 7200 }
  }

  const fake: FakeWeChat = {
    baseUrl: '',
    appId,
    appSecret,
    calls: [],
    uploads: [],
    drafts: new Map(),
    invalidateTokensOnce: () => void (invalidateOnce = true),
    expireAllTokens: () => {
      for (const token of valid) expired.add(token)
      valid.clear()
    },
    rateLimitNextSubmit: () => void (rateLimitSubmit = true),
    publishPolls: 2,
    finalPublishStatus: 0,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const body = await readBody(req)
    const token = url.searchParams.get('access_token') ?? undefined
    fake.calls.push({ method: req.method ?? '', path: url.pathname, token })

    if (url.pathname === '/cgi-bin/token') {
      if (url.searchParams.get('appid') !== appId || url.searchParams.get('secret') !== appSecret)
        return send(res, { errcode: 40125, errmsg: 'invalid appsecret' })
      return send(res, issueToken())
    }
    if (url.pathname === '/cgi-bin/stable_token') {
      const payload = JSON.parse(body.toString('utf8')) as {
        appid?: string
        secret?: string
        grant_type?: string
      }
      if (payload.grant_type !== 'client_credential')
        return send(res, { errcode: 40002, errmsg: 'invalid grant_type' })
      if (payload.appid !== appId || payload.secret !== appSecret)
        return send(res, { errcode: 40125, errmsg: 'invalid appsecret' })
      return send(res, issueToken())
    }

    const known = [
      '/cgi-bin/material/add_material',
      '/cgi-bin/media/uploadimg',
      '/cgi-bin/draft/add',
      '/cgi-bin/freepublish/submit',
      '/cgi-bin/freepublish/get',
    ]
    if (!known.includes(url.pathname)) {
      res.writeHead(404, { 'content-type': 'text/html' })
      return res.end('<html>not found</html>')
    }
    if (!token) return send(res, { errcode: 41001, errmsg: 'access_token missing' })
    if (expired.has(token)) return send(res, { errcode: 42001, errmsg: 'access_token expired' })
    if (invalidateOnce || !valid.has(token)) {
      invalidateOnce = false
      valid.delete(token)
      return send(res, {
        errcode: 40001,
        errmsg: 'invalid credential, access_token is invalid or not latest',
      })
    }

    switch (url.pathname) {
      case '/cgi-bin/material/add_material':
      case '/cgi-bin/media/uploadimg': {
        if (url.pathname.endsWith('add_material') && url.searchParams.get('type') !== 'image')
          return send(res, { errcode: 40004, errmsg: 'invalid media type' })
        const form = await new Response(new Uint8Array(body), {
          headers: { 'content-type': req.headers['content-type'] ?? '' },
        }).formData()
        const file = form.get('media')
        if (!(file instanceof Blob))
          return send(res, { errcode: 41005, errmsg: 'media data missing' })
        const bytes = Buffer.from(await file.arrayBuffer())
        const filename = (file as File).name
        fake.uploads.push({ endpoint: url.pathname, filename, type: file.type, bytes })
        const n = fake.uploads.length
        if (url.pathname.endsWith('uploadimg'))
          return send(res, { url: `http://mmbiz.qpic.cn/mmbiz_png/fake${n}/0` })
        return send(res, {
          media_id: `MATERIAL_${n}`,
          url: `http://mmbiz.qpic.cn/mmbiz_png/material${n}/0?wx_fmt=png`,
        })
      }
      case '/cgi-bin/draft/add': {
        const payload = JSON.parse(body.toString('utf8')) as {
          articles?: Array<{ title?: string; content?: string; thumb_media_id?: string }>
        }
        if (!payload.articles?.length)
          return send(res, { errcode: 44002, errmsg: 'empty post data' })
        if (payload.articles.some((a) => !a.thumb_media_id))
          return send(res, { errcode: 40007, errmsg: 'invalid media_id' })
        if (payload.articles.some((a) => [...(a.title ?? '')].length > 32))
          return send(res, { errcode: 45003, errmsg: 'title size out of limit' })
        const mediaId = `DRAFT_${fake.drafts.size + 1}`
        fake.drafts.set(mediaId, payload.articles)
        return send(res, { media_id: mediaId })
      }
      case '/cgi-bin/freepublish/submit': {
        if (rateLimitSubmit) {
          rateLimitSubmit = false
          return send(res, { errcode: 45009, errmsg: 'reach max api daily quota limit' })
        }
        const { media_id } = JSON.parse(body.toString('utf8')) as { media_id?: string }
        if (!media_id || !fake.drafts.has(media_id))
          return send(res, { errcode: 40007, errmsg: 'invalid media_id' })
        const publishId = `${2247483000 + publishes.size + 1}`
        publishes.set(publishId, { mediaId: media_id, polls: 0 })
        return send(res, {
          errcode: 0,
          errmsg: 'ok',
          publish_id: publishId,
          msg_data_id: 2247483001,
        })
      }
      case '/cgi-bin/freepublish/get': {
        const { publish_id } = JSON.parse(body.toString('utf8')) as { publish_id?: string }
        const publish = publish_id ? publishes.get(publish_id) : undefined
        if (!publish) return send(res, { errcode: 48002, errmsg: 'publish_id not found' })
        publish.polls += 1
        if (publish.polls <= fake.publishPolls) return send(res, { publish_id, publish_status: 1 })
        if (fake.finalPublishStatus !== 0)
          return send(res, { publish_id, publish_status: fake.finalPublishStatus, fail_idx: [1] })
        return send(res, {
          publish_id,
          publish_status: 0,
          article_id: `ARTICLE_${publish_id}`,
          article_detail: {
            count: 1,
            item: [{ idx: 1, article_url: `https://mp.weixin.qq.com/s/${publish_id}` }],
          },
          fail_idx: [],
        })
      }
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500)
      res.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return fake
}
