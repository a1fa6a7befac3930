import type { Lang } from './labels.js'

/**
 * A call from an admin panel to the CMS API: with the session cookie and in the admin language
 * (the server answers its refusals in it), a body sent as JSON; the answer read as JSON, `{}` when
 * it is none (an HTML error page), so a caller can always read `result.message`.
 */
export async function callApi(
  url: string,
  lang: Lang,
  { method = 'GET', body }: { method?: 'GET' | 'POST' | 'PATCH'; body?: unknown } = {},
) {
  const response = await fetch(url, {
    method,
    credentials: 'include',
    headers:
      body === undefined
        ? { 'accept-language': lang }
        : { 'content-type': 'application/json', 'accept-language': lang },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const result = await response.json().catch(() => ({}))
  return { response, result }
}
