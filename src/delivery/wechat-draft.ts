// The article object of the Official Account `draft/add` API and its documented limits.

export type CropBox = [x1: number, y1: number, x2: number, y2: number] | string

export interface WeChatDraftInput {
  title: string
  author?: string
  digest?: string
  /** WeChat-safe HTML (see renderWeChatHtml). */
  html: string
  /** "阅读原文" link. */
  contentSourceUrl?: string
  /** Permanent material id of the cover image (material/add_material type=image). */
  thumbMediaId: string
  needOpenComment?: boolean
  onlyFansCanComment?: boolean
  /** Cover crop for the 2.35:1 and 1:1 shapes, as fractions of the image (0–1). */
  picCrop235?: CropBox
  picCrop11?: CropBox
}

export interface WeChatDraftArticle {
  article_type: 'news'
  title: string
  author: string
  digest: string
  content: string
  content_source_url: string
  thumb_media_id: string
  need_open_comment: 0 | 1
  only_fans_can_comment: 0 | 1
  pic_crop_235_1?: string
  pic_crop_1_1?: string
}

export interface WeChatLimitViolation {
  field: keyof WeChatDraftArticle
  unit: 'characters' | 'bytes' | 'value'
  limit: number
  actual: number
  /** How far over the limit (actual − allowed maximum). */
  overflow: number
  message: string
  /** Content too long: the heading (or paragraph start) to begin a second article at. */
  splitBefore?: string
}

/** The violations as API errors (a 422's `errors`): what each says and how far over it is. */
export function limitErrors(violations: WeChatLimitViolation[]) {
  return violations.map((v) => ({
    message: v.message,
    field: v.field,
    limit: v.limit,
    actual: v.actual,
    overflow: v.overflow,
    ...(v.splitBefore ? { splitBefore: v.splitBefore } : {}),
  }))
}

/** The article fields WeChat limits, as a Chinese editor knows them. */
const FIELD_NAMES_ZH: Partial<Record<keyof WeChatDraftArticle, string>> = {
  title: '标题',
  author: '作者',
  digest: '摘要',
  content: '正文',
  content_source_url: '原文链接',
  thumb_media_id: '封面图',
}

/**
 * A violation in Chinese (`message` is the English), built from its fields: "标题40字，最多32字
 * （超出8字）". Content must stay strictly below its limits, so its rule reads 须少于.
 */
export function limitMessageZh(v: WeChatLimitViolation): string {
  const name = FIELD_NAMES_ZH[v.field] ?? v.field
  if (v.unit === 'value') return `${name}为空：须提供${name}。`
  const unit = v.unit === 'characters' ? '字' : '字节'
  const bound =
    v.field === 'content'
      ? v.unit === 'bytes'
        ? '须小于1 MB'
        : `须少于${v.limit + 1}字`
      : v.unit === 'bytes'
        ? `最多${v.limit}字节`
        : `最多${v.limit}字`
  const split = v.splitBefore ? `；请在“${v.splitBefore}”之前拆分为两篇文章` : ''
  return `${name}${v.actual}${unit}，${bound}（超出${v.overflow}${unit}）${split}。`
}

export class WeChatLimitError extends Error {
  readonly violations: WeChatLimitViolation[]

  constructor(violations: WeChatLimitViolation[]) {
    super(
      `WeChat draft article exceeds ${violations.length} limit(s): ${violations.map((v) => v.message).join('; ')}`,
    )
    this.name = 'WeChatLimitError'
    this.violations = violations
  }
}

export const WECHAT_LIMITS = {
  titleChars: 32,
  authorChars: 16,
  digestChars: 128,
  /** Content must stay strictly below these. */
  contentChars: 20_000,
  contentBytes: 1024 * 1024,
  contentSourceUrlBytes: 1024,
} as const

function charCount(text: string): number {
  return [...text].length
}

function byteCount(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

function formatCrop(box: CropBox | undefined, name: string): string | undefined {
  if (box === undefined) return undefined
  if (typeof box === 'string') return box
  if (box.some((v) => !Number.isFinite(v) || v < 0 || v > 1))
    throw new RangeError(
      `${name} must be four fractions between 0 and 1, got ${JSON.stringify(box)}`,
    )
  return box.map((v) => v.toFixed(6)).join('_')
}

export function buildWeChatDraftArticle(input: WeChatDraftInput): WeChatDraftArticle {
  const article: WeChatDraftArticle = {
    article_type: 'news',
    title: input.title.trim(),
    author: (input.author ?? '').trim(),
    digest: (input.digest ?? '').trim(),
    content: input.html,
    content_source_url: input.contentSourceUrl ?? '',
    thumb_media_id: input.thumbMediaId,
    need_open_comment: input.needOpenComment ? 1 : 0,
    only_fans_can_comment: input.onlyFansCanComment ? 1 : 0,
  }
  const crop235 = formatCrop(input.picCrop235, 'picCrop235')
  const crop11 = formatCrop(input.picCrop11, 'picCrop11')
  if (crop235) article.pic_crop_235_1 = crop235
  if (crop11) article.pic_crop_1_1 = crop11
  return article
}

function violation(
  field: WeChatLimitViolation['field'],
  unit: WeChatLimitViolation['unit'],
  maxAllowed: number,
  actual: number,
  rule: string,
): WeChatLimitViolation {
  return {
    field,
    unit,
    limit: maxAllowed,
    actual,
    overflow: actual - maxAllowed,
    message: `${field} is ${actual} ${unit}, ${rule} (${actual - maxAllowed} over)`,
  }
}

/** Every limit the article breaks, all at once, so an editor can fix them in one pass. */
export function checkWeChatLimits(article: WeChatDraftArticle): WeChatLimitViolation[] {
  const violations: WeChatLimitViolation[] = []
  const atMost = (
    field: WeChatLimitViolation['field'],
    unit: 'characters' | 'bytes',
    actual: number,
    max: number,
    rule: string,
  ) => {
    if (actual > max) violations.push(violation(field, unit, max, actual, rule))
  }
  const required = (field: 'title' | 'thumb_media_id', present: boolean, what: string) => {
    if (!present)
      violations.push({
        field,
        unit: 'value',
        limit: 1,
        actual: 0,
        overflow: 0,
        message: `${field} is empty, ${what} is required`,
      })
  }
  for (const [field, max] of [
    ['title', WECHAT_LIMITS.titleChars],
    ['author', WECHAT_LIMITS.authorChars],
    ['digest', WECHAT_LIMITS.digestChars],
  ] as const)
    atMost(field, 'characters', charCount(article[field]), max, `at most ${max} allowed`)
  required('title', article.title.trim() !== '', 'a title')
  required('thumb_media_id', Boolean(article.thumb_media_id), 'a cover image')
  // Content must stay strictly below its limits: the largest allowed is one less.
  const { contentChars, contentBytes } = WECHAT_LIMITS
  atMost(
    'content',
    'characters',
    charCount(article.content),
    contentChars - 1,
    `must be under ${contentChars}`,
  )
  const tooLong = violations.find((v) => v.field === 'content' && v.unit === 'characters')
  const split = tooLong && splitPoint(article.content, contentChars - 1)
  if (tooLong && split) {
    tooLong.splitBefore = split
    tooLong.message += `; split it into two articles before “${split}”`
  }
  atMost('content', 'bytes', byteCount(article.content), contentBytes - 1, 'must be under 1 MB')
  atMost(
    'content_source_url',
    'bytes',
    byteCount(article.content_source_url),
    WECHAT_LIMITS.contentSourceUrlBytes,
    'at most 1 KB allowed',
  )
  return violations
}

const HEADING = /<h[1-6]\b[^>]*>([^<]*(?:<(?!\/h[1-6])[^<]*)*)<\/h[1-6]>/g
const PARAGRAPH = /<p\b[^>]*>([^<]{1,24})/g
const TAG = /<[^>]*>/g

/**
 * Where to split content over the limit: the last heading that starts early enough for the part
 * before it to fit, else the last such paragraph (named by its first characters); undefined when
 * not even the first one fits. Offsets are counted in characters, as WeChat counts them.
 */
function splitPoint(html: string, maxChars: number): string | undefined {
  const fits = (byteIndex: number) => charCount(html.slice(0, byteIndex)) <= maxChars
  let best: string | undefined
  for (const match of html.matchAll(HEADING)) {
    if (match.index > 0 && fits(match.index)) best = match[1].replace(TAG, '').trim() || best
  }
  if (best) return best
  for (const match of html.matchAll(PARAGRAPH)) {
    if (match.index > 0 && fits(match.index)) best = `${match[1].trim()}…`
  }
  return best
}

export function assertWeChatLimits(article: WeChatDraftArticle): WeChatDraftArticle {
  const violations = checkWeChatLimits(article)
  if (violations.length) throw new WeChatLimitError(violations)
  return article
}
