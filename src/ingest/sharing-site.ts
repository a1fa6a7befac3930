/** Document-sharing sites (文库) show their own notices around an uploaded document; they say where the text came from. */

// Rules whose firing shows the page was a sharing site's document viewer (see boilerplate-rules.ts).
const SHARING_SITE_RULES = new Set([
  'page-marker',
  'preview-notice',
  'download-button',
  'copyright-notice',
  'document-summary-label',
])
// "人人文庫網僅提供信息存儲空間": the site names itself in its terms.
const SITE_NAME =
  /([\p{Script=Han}]{2,8}?(?:文[庫库][網网]|文[庫库]|[文档文檔][網网]))\s*(?:僅|仅|只)提供信息存[儲储]空[間间]/u

export interface SharingSite {
  /** The site's name when the page states it, else null (never guessed). */
  name: string | null
}

/** Whether the page was captured from a document-sharing site, judged by the boilerplate that was removed. */
export function detectSharingSite(
  rawText: string,
  firedRules: readonly string[],
): SharingSite | null {
  const signs = firedRules.filter((rule) => SHARING_SITE_RULES.has(rule)).length
  if (signs < 2) return null
  return { name: SITE_NAME.exec(rawText)?.[1] ?? null }
}

const PAGE_MARKER = /^\s*(.{2,80}?)_第\s*\d+\s*[頁页]\s*$/m
const FILE_EXTENSION = /\.(?:docx?|pdf|pptx?|xlsx?|txt|wps)$/i

/** The document's name as a sharing site's page markers give it ("…备课资料.doc_第1页" → "…备课资料"). */
export function titleFromPageMarkers(rawText: string): string | null {
  const name = PAGE_MARKER.exec(rawText)?.[1]?.trim().replace(FILE_EXTENSION, '').trim()
  return name ? name : null
}
