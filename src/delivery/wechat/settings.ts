import { WeChatClient } from '../wechat-client.js'

export interface WeChatSettings {
  appId: string
  appSecret: string
  apiBase: string
  /** Wait between freepublish/get polls. */
  pollIntervalMs: number
  /** Polls before a publish still "publishing" is reported as timed out. */
  maxPolls: number
  /** First back-off after a rate-limit answer (45009/45011/-1); doubled on each further one. */
  retryDelayMs: number
  /** Attempts before a rate-limited step gives up. */
  maxAttempts: number
}

function whole(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : fallback
}

/** WeChat settings from the environment, read on each use. */
export function weChatSettings(env: NodeJS.ProcessEnv = process.env): WeChatSettings {
  return {
    appId: env.WECHAT_APP_ID?.trim() ?? '',
    appSecret: env.WECHAT_APP_SECRET?.trim() ?? '',
    apiBase: env.WECHAT_API_BASE?.trim() || 'https://api.weixin.qq.com',
    pollIntervalMs: whole(env.WECHAT_POLL_INTERVAL_MS, 5000),
    maxPolls: whole(env.WECHAT_MAX_POLLS, 120),
    retryDelayMs: whole(env.WECHAT_RETRY_DELAY_MS, 60_000),
    maxAttempts: whole(env.WECHAT_MAX_ATTEMPTS, 5),
  }
}

export function missingWeChatSettings(settings: WeChatSettings): string[] {
  return [!settings.appId && 'WECHAT_APP_ID', !settings.appSecret && 'WECHAT_APP_SECRET'].filter(
    (name): name is string => !!name,
  )
}

const clients = new Map<string, WeChatClient>()

/** One client per account and API base, so its cached access token is shared by every job in this process. */
export function weChatClient(settings: WeChatSettings): WeChatClient {
  const key = `${settings.apiBase}|${settings.appId}|${settings.appSecret}`
  let client = clients.get(key)
  if (!client) {
    client = new WeChatClient({
      appId: settings.appId,
      appSecret: settings.appSecret,
      apiBase: settings.apiBase,
    })
    clients.set(key, client)
  }
  return client
}
