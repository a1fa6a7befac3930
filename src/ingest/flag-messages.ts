/**
 * The importer's quality-flag messages, each written once in English and Chinese.
 *
 * A flag stores its message in English, as the API has always returned it, and the admin shows it
 * in the admin language by reading the stored text back against these templates
 * (`flagMessageIn`). Reading back rather than storing a message key beside the text needs no schema
 * change and translates the flags of documents imported before this catalogue too; a message an
 * editor typed matches no template and is shown as typed. Pure: the admin bundle imports it.
 */
import type { Label } from '../i18n/label.js'

type Lang = keyof Label

type Params = Record<string, string>

interface Template {
  /** The parameters in the order they appear in the English text. */
  params: readonly string[]
  en: (p: Params) => string
  zh: (p: Params) => string
  /** The parameter that quotes the flagged text as it stands in the body, if any. */
  excerpt?: string
}

const TEMPLATES = {
  'preview-notice': {
    params: ['notice'],
    en: (p) =>
      `The page is a preview ("${p.notice}"): the document continues beyond the captured text.`,
    zh: (p) => `页面为预览版（“${p.notice}”）：文档在采集到的文本之后还有内容。`,
  },
  'cut-after-marker': {
    params: ['percent'],
    en: (p) =>
      `Cleaning removed ${p.percent}% of the text's paragraphs after a "read next" or "related" marker: check nothing of the article was lost.`,
    zh: (p) =>
      `清理时删除了“延伸阅读”或“相关”标记之后${p.percent}%的段落：请核对文章内容没有丢失。`,
  },
  'cut-as-chrome': {
    params: ['percent'],
    en: (p) =>
      `Cleaning removed ${p.percent}% of the text's paragraphs as site chrome or another article's teaser: check nothing of the article was lost.`,
    zh: (p) =>
      `清理时将${p.percent}%的段落作为网站栏目或其他文章的摘要删除：请核对文章内容没有丢失。`,
  },
  'cut-inside-tag': {
    params: [],
    en: () =>
      'The captured HTML stops inside a tag: the capture was cut off; find the full text before publishing.',
    zh: () => '采集的网页代码在标签中间中断：采集不完整，发布前请找到全文。',
  },
  'stops-mid-sentence': {
    params: ['tail'],
    excerpt: 'tail',
    en: (p) =>
      `The text stops mid-sentence ("…${p.tail}"): the capture was cut off; find the full text before publishing.`,
    zh: (p) => `文本在句中中断（“…${p.tail}”）：采集不完整，发布前请找到全文。`,
  },
  'restored-run': {
    params: ['original', 'restored'],
    excerpt: 'restored',
    en: (p) =>
      `Garbled text "${p.original}" was restored automatically as "${p.restored}": check it against the source.`,
    zh: (p) => `乱码“${p.original}”已自动修复为“${p.restored}”：请对照原文核对。`,
  },
  'unrestored-run': {
    params: ['excerpt'],
    excerpt: 'excerpt',
    en: (p) =>
      `Garbled text near "${p.excerpt}" (GBK bytes read one byte off); it could not be restored with confidence: check it against the source.`,
    zh: (p) => `“${p.excerpt}”附近有乱码（GBK 字节错位一个字节），无法可靠修复：请对照原文核对。`,
  },
  'mixed-script': {
    params: [],
    en: () =>
      'The text mixes Simplified and Traditional characters: check whether it was assembled from several sources.',
    zh: () => '文本简繁混杂：请核对是否由多个来源拼接而成。',
  },
  'no-source-line': {
    params: [],
    en: () =>
      'The text names no source (来源, agency dateline or account): find where it was first published.',
    zh: () => '文本未注明来源（“来源”、通讯社电头或公众号）：请查明首发出处。',
  },
} satisfies Record<string, Template>

export type FlagMessageKey = keyof typeof TEMPLATES

const TEMPLATE_LIST = Object.keys(TEMPLATES)
  .filter((key): key is FlagMessageKey => Object.hasOwn(TEMPLATES, key))
  .map((key): [FlagMessageKey, Template] => [key, TEMPLATES[key]])

export const FLAG_MESSAGE_KEYS: readonly FlagMessageKey[] = TEMPLATE_LIST.map(([key]) => key)

/** The parameters a message takes, in the order the English text quotes them. */
export const flagMessageParams = (key: FlagMessageKey): readonly string[] => TEMPLATES[key].params

/** The English message a flag stores. */
export function flagMessage(key: FlagMessageKey, params: Params = {}): string {
  return TEMPLATES[key].en(params)
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// A placeholder that no template's own text contains.
const MARK = '\u{F8FF}param\u{F8FF}'

/** Each template's English text as a pattern: the parameters become capture groups. */
const PATTERNS = TEMPLATE_LIST.map(([key, template]) => {
  const marks = Object.fromEntries(template.params.map((name) => [name, MARK]))
  const source = template.en(marks).split(MARK).map(escapeRegExp).join('([\\s\\S]*)')
  return { key, template, pattern: new RegExp(`^${source}$`) }
})

/** Which template a stored message was written from, and its parameters; undefined for others. */
export function readFlagMessage(
  message: string | null | undefined,
): { key: FlagMessageKey; params: Params } | undefined {
  if (!message) return undefined
  for (const { key, template, pattern } of PATTERNS) {
    const match = pattern.exec(message)
    if (match)
      return {
        key,
        params: Object.fromEntries(template.params.map((name, i) => [name, match[i + 1] ?? ''])),
      }
  }
  return undefined
}

/** A stored flag message in the admin language (an editor's own message stays as typed). */
export function flagMessageIn(message: string | null | undefined, lang: Lang): string {
  const read = readFlagMessage(message)
  if (!read) return message ?? ''
  return TEMPLATES[read.key][lang](read.params)
}

/** The text a flag points at, as it stands in the body (to find it there); undefined when none. */
export function flagExcerpt(message: string | null | undefined): string | undefined {
  const read = readFlagMessage(message)
  const template: Template | undefined = read ? TEMPLATES[read.key] : undefined
  const name = template?.excerpt
  const excerpt = read && name ? read.params[name]?.trim() : undefined
  return excerpt || undefined
}
