/**
 * An Import record's stage in the admin language. The record stores codes (`analyze:repair`,
 * `write:articles`, `done`) that logs and the API keep; the admin shows them as words. Pure: the
 * admin bundle imports it.
 */
import { label, type Label } from '../i18n/label.js'

const PHASES: Record<string, Label> = {
  analyze: label('Analysis', '分析'),
  write: label('Writing', '写入'),
  done: label('Done', '完成'),
}

/** The analysis stages (src/ingest/pipeline.ts). */
const ANALYSIS_STEPS: Record<string, Label> = {
  decode: label('decoding', '解码'),
  repair: label('repairing garbled text', '修复乱码'),
  pinyin: label('removing pinyin', '去除拼音标注'),
  boilerplate: label('removing boilerplate', '去除模板文字'),
  unwrap: label('joining broken lines', '合并断行'),
  chrome: label('removing site chrome', '去除网站栏目'),
  script: label('detecting the script', '识别简繁'),
  metadata: label('reading metadata', '读取元数据'),
  structure: label('reading the structure', '识别结构'),
  quiz: label('finding quizzes', '识别题目'),
  qa: label('finding Q&A', '识别问答'),
  attribution: label('reading the byline', '识别署名与来源'),
  laws: label('finding cited laws', '识别引用法律'),
  classify: label('classifying', '判断类型'),
}

/** What the writer writes, by collection (src/ingest/write.ts). */
const WRITTEN: Record<string, Label> = {
  imports: label('the Import record', '导入记录'),
  sources: label('the source', '来源'),
  articles: label('the article', '文章'),
  'qa-sets': label('the Q&A set', '问答集'),
  'qa-entries': label('the Q&A entries', '问答'),
  'glossary-terms': label('the glossary terms', '术语'),
  laws: label('the laws', '法律'),
  topics: label('the topics', '专题'),
}

const pick = (labels: Record<string, Label>, code: string, lang: keyof Label) =>
  Object.hasOwn(labels, code) ? labels[code]?.[lang] : undefined

/** `analyze:repair` → 分析：修复乱码 / Analysis: repairing garbled text; unknown parts as stored. */
export function stageLabel(stage: string | null | undefined, lang: keyof Label): string {
  if (!stage) return ''
  const [phase = '', ...rest] = stage.split(':')
  const step = rest.join(':')
  const phaseLabel = pick(PHASES, phase, lang) ?? phase
  if (!step) return phaseLabel
  const stepLabel = pick(phase === 'write' ? WRITTEN : ANALYSIS_STEPS, step, lang) ?? step
  return lang === 'zh' ? `${phaseLabel}：${stepLabel}` : `${phaseLabel}: ${stepLabel}`
}
