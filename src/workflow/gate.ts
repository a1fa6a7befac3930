import type { Payload, PayloadRequest } from 'payload'
import type { Source } from '../payload-types.js'
import { fieldValue, isBlank, lexicalUploads, relationIdOf } from './doc-values.js'
import type { GateFailure } from './errors.js'
import { rowsOfItem } from './item-key.js'
import { TITLE_FIELD, type WorkflowCollection } from './states.js'
import { flagMessageIn } from '../ingest/flag-messages.js'
import { qualityFlagLabel } from '../i18n/quality-flags.js'
import { labelIn, RIGHTS_LABELS, SOURCE_ROLE_LABELS } from '../i18n/source-labels.js'

export type { GateFailure } from './errors.js'

// A type alias, not an interface: the audit trail stores it in a JSON field, which wants an
// object type with an index signature (aliases of object literals have one implicitly).
export type GateResult = {
  ok: boolean
  failures: GateFailure[]
}

const CLEARED_RIGHTS: readonly Source['rights']['status'][] = [
  'official-public',
  'licensed',
  'permission-granted',
]
const RIGHTS_BEARING_ROLES: readonly string[] = ['original', 'reprinted-from']
const WECHAT_TITLE_MAX = 32
const WECHAT_DIGEST_MAX = 128

/** WeChat's length limits, in characters: the title, and the digest it takes from our summary. */
const WECHAT_LENGTHS = [
  {
    field: 'title',
    max: WECHAT_TITLE_MAX,
    en: (length: number) =>
      `A WeChat title has at most ${WECHAT_TITLE_MAX} characters (this one has ${length}).`,
    zh: (length: number) => `微信标题不超过${WECHAT_TITLE_MAX}字（当前${length}字）。`,
  },
  {
    field: 'summary',
    max: WECHAT_DIGEST_MAX,
    en: (length: number) =>
      `A WeChat digest has at most ${WECHAT_DIGEST_MAX} characters (this summary has ${length}).`,
    zh: (length: number) => `微信摘要不超过${WECHAT_DIGEST_MAX}字（当前${length}字）。`,
  },
]

/** The field a collection uses as its summary (a Q&A's answer and a term's definition play that part). */
const SUMMARY_FIELD: Record<WorkflowCollection, string> = {
  articles: 'summary',
  'qa-entries': 'answer',
  'glossary-terms': 'definition',
}
const BODY_FIELD: Partial<Record<WorkflowCollection, string>> = {
  articles: 'body',
  'qa-entries': 'answer',
}

/**
 * A document of a workflow collection as the gate reads it: any object, since the latest draft was
 * saved without validation and may lack required fields. Each check narrows the fields it reads.
 */
type Doc = object

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const rowsOf = (doc: Doc, name: string): unknown[] => {
  const rows = fieldValue(doc, name)
  return Array.isArray(rows) ? rows : []
}

/**
 * The publish gate: every check runs and every failure is returned, in the request's language.
 * `doc` is the version about to be approved or published (the latest draft).
 */
export async function checkPublishGate(
  payload: Payload,
  collection: WorkflowCollection,
  doc: Doc,
  req?: Partial<PayloadRequest>,
): Promise<GateResult> {
  const lang = req?.i18n?.language === 'zh' ? 'zh' : 'en'
  const t = (en: string, zh: string) => (lang === 'zh' ? zh : en)
  const failures: GateFailure[] = []
  failures.push(...(await sourceChecks(payload, doc, t, lang)))
  failures.push(...qualityFlagChecks(doc, t, lang))
  failures.push(...requiredChecks(collection, doc, t))
  failures.push(...(await imageChecks(payload, collection, doc, t)))
  return { ok: failures.length === 0, failures }
}

type Translate = (en: string, zh: string) => string
type Lang = 'en' | 'zh'

async function sourceChecks(
  payload: Payload,
  doc: Doc,
  t: Translate,
  lang: Lang,
): Promise<GateFailure[]> {
  const rows = rowsOf(doc, 'sources').map((row) => ({
    source: fieldValue(row, 'source'),
    role: text(fieldValue(row, 'role')),
  }))
  const ids = rows.map((row) => relationIdOf(row.source)).filter((id) => id !== undefined)
  const found = ids.length
    ? await payload.find({
        collection: 'sources',
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        overrideAccess: true,
      })
    : { docs: [] }
  const byId = new Map(found.docs.map((source) => [String(source.id), source]))
  const failures: GateFailure[] = []

  if (!ids.some((id) => byId.get(String(id))?.verification?.status === 'verified')) {
    failures.push({
      check: 'source-verified',
      field: 'sources',
      message: ids.length
        ? t(
            'None of the linked sources has been verified by a source administrator.',
            '所关联的来源均未经来源管理员核实。',
          )
        : t(
            'No source is linked: link at least one verified source.',
            '未关联来源：请至少关联一个已核实的来源。',
          ),
    })
  }

  const now = Date.now()
  rows.forEach((row, index) => {
    if (!RIGHTS_BEARING_ROLES.includes(row.role ?? '')) return
    const id = relationIdOf(row.source)
    const source = id === undefined ? undefined : byId.get(String(id))
    const name = source?.title ? `“${source.title}”` : `#${index + 1}`
    const field = `sources.${index}.source`
    const status = source?.rights?.status ?? 'unknown'
    if (!CLEARED_RIGHTS.includes(status)) {
      // The stored codes in the admin language: "reprinted-from" and "unknown" are not words.
      const role = labelIn(SOURCE_ROLE_LABELS, row.role, lang)
      const rights = labelIn(RIGHTS_LABELS, status, lang)
      const cleared = CLEARED_RIGHTS.map((code) => labelIn(RIGHTS_LABELS, code, lang))
      failures.push({
        check: 'source-rights',
        field,
        message: t(
          `Source ${name} is used as “${role}” but its rights status is “${rights}”: it needs ${cleared.slice(0, -1).join(', ')} or ${cleared.at(-1)}.`,
          `来源${name}作为“${role}”使用，但授权状态为“${rights}”，须为${cleared.slice(0, -1).join('、')}或${cleared.at(-1)}。`,
        ),
      })
    } else if (source?.rights?.expiresAt && Date.parse(source.rights.expiresAt) <= now) {
      failures.push({
        check: 'source-rights',
        field,
        message: t(
          `The permission for source ${name} expired on ${source.rights.expiresAt.slice(0, 10)}.`,
          `来源${name}的授权已于${source.rights.expiresAt.slice(0, 10)}到期。`,
        ),
      })
    }
  })
  return failures
}

function qualityFlagChecks(doc: Doc, t: Translate, lang: Lang): GateFailure[] {
  return rowsOf(doc, 'qualityFlags').flatMap((flag, index) => {
    if (fieldValue(flag, 'resolved')) return []
    const type = qualityFlagLabel(text(fieldValue(flag, 'type')), lang)
    const note = flagMessageIn(text(fieldValue(flag, 'message')), lang)
    return [
      {
        check: 'quality-flags',
        field: `qualityFlags.${index}`,
        message: t(
          `Unresolved quality flag (${type}): ${note}`,
          `未解决的质量标记（${type}）：${note}`,
        ),
      },
    ]
  })
}

function requiredChecks(collection: WorkflowCollection, doc: Doc, t: Translate): GateFailure[] {
  const failures: GateFailure[] = []
  const titleField = TITLE_FIELD[collection]
  const summaryField = SUMMARY_FIELD[collection]
  if (isBlank(fieldValue(doc, titleField)))
    failures.push({
      check: 'required',
      field: titleField,
      message: t('A title is required.', '标题为必填项。'),
    })
  if (isBlank(fieldValue(doc, summaryField))) {
    const [en, zh] =
      collection === 'articles'
        ? ['A summary is required.', '摘要为必填项。']
        : collection === 'qa-entries'
          ? ['An answer is required.', '回答为必填项。']
          : ['A definition is required.', '释义为必填项。']
    failures.push({ check: 'required', field: summaryField, message: t(en, zh) })
  }
  if (isBlank(fieldValue(doc, 'topics')))
    failures.push({
      check: 'required',
      field: 'topics',
      message: t('At least one topic is required.', '至少需要选择一个专题。'),
    })

  const retraction = fieldValue(doc, 'retraction')
  if (fieldValue(retraction, 'retracted') && isBlank(fieldValue(retraction, 'reason'))) {
    failures.push({
      check: 'required',
      field: 'retraction.reason',
      message: t('A retraction needs a reason.', '撤稿须说明理由。'),
    })
  }

  if (collection === 'articles' && fieldValue(doc, 'forWeChat')) {
    if (!relationIdOf(fieldValue(doc, 'coverImage')))
      failures.push({
        check: 'wechat',
        field: 'coverImage',
        message: t('An article for WeChat needs a cover image.', '用于微信的文章需要封面图。'),
      })
    for (const { field, max, en, zh } of WECHAT_LENGTHS) {
      const length = [...(text(fieldValue(doc, field)) ?? '')].length
      if (length > max)
        failures.push({ check: 'wechat', field, message: t(en(length), zh(length)) })
    }
  }
  return failures
}

async function imageChecks(
  payload: Payload,
  collection: WorkflowCollection,
  doc: Doc,
  t: Translate,
): Promise<GateFailure[]> {
  const images: { id: number | string; field: string }[] = []
  const cover = relationIdOf(fieldValue(doc, 'coverImage'))
  if (cover !== undefined) images.push({ id: cover, field: 'coverImage' })
  const bodyField = BODY_FIELD[collection]
  if (bodyField) {
    for (const upload of lexicalUploads(fieldValue(doc, bodyField))) {
      const id = relationIdOf(upload.value)
      if (upload.relationTo === 'media' && id !== undefined) images.push({ id, field: bodyField })
    }
  }
  if (!images.length) return []
  const ids = [...new Set(images.map((image) => image.id))]
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
  })
  const alts = new Map(docs.map((media) => [String(media.id), media]))
  return images.flatMap((image) => {
    const media = alts.get(String(image.id))
    if (media && !isBlank(media.alt)) return []
    const name = media?.filename ?? `#${image.id}`
    return [
      {
        check: 'image-alt',
        field: image.field,
        message: t(`Image ${name} has no alt text.`, `图片${name}缺少替代文字。`),
      },
    ]
  })
}

const excerpt = (text?: string | null) =>
  (text ?? '').length > 80 ? `${(text ?? '').slice(0, 80)}…` : (text ?? '')

/** Unresolved blocking review comments on the item: each one stops an approval. */
export async function blockingCommentFailures(
  payload: Payload,
  item: { collection: WorkflowCollection; id: string | number; current: { createdAt: string } },
  t: Translate,
): Promise<GateFailure[]> {
  const { docs } = await payload.find({
    collection: 'review-comments',
    where: {
      and: [
        rowsOfItem(item.collection, { id: item.id, createdAt: item.current.createdAt }),
        { blocking: { equals: true } },
        { resolved: { not_equals: true } },
      ],
    },
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })
  return docs.map((comment) => ({
    check: 'blocking-comment',
    field: comment.fieldPath || undefined,
    message: t(
      `Unresolved blocking comment: ${excerpt(comment.body)}`,
      `未解决的阻止性意见：${excerpt(comment.body)}`,
    ),
  }))
}

/** The gate with more failures added (an approval's: the publish gate plus blocking comments). */
export function withFailures(gate: GateResult, extra: GateFailure[]): GateResult {
  const failures = [...gate.failures, ...extra]
  return { ok: failures.length === 0, failures }
}
