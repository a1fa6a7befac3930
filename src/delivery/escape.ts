const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for use in HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch)
}

/** Only these schemes may appear in delivered links and image sources; anything else (javascript:, data:, vbscript:) is dropped. */
const SAFE_URL = /^(?:https?:|mailto:|tel:|\/|#|\.{0,2}\/)/i

export function safeUrl(url: string | null | undefined): string | undefined {
  const trimmed = (url ?? '').trim()
  if (!trimmed) return undefined
  // Reject control characters that browsers strip before reading the scheme (e.g. "java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return undefined
  if (SAFE_URL.test(trimmed)) return trimmed
  // A scheme-less relative path such as "posts/abc" has no colon before its first slash.
  return /^[^:/?#]+(?:[/?#]|$)/.test(trimmed) && !trimmed.includes(':') ? trimmed : undefined
}
