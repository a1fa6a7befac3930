import { label, type Label } from './label.js'

/** What a quality flag can say is wrong, each with its label in both admin languages. */
export const QUALITY_FLAG_LABELS = {
  'corrupted-text': label('Corrupted text', '乱码'),
  'repaired-text': label('Repaired text (check the repair)', '已修复乱码（请核对）'),
  'truncated-document': label('Truncated document', '文档不完整'),
  'mixed-script': label('Mixed Simplified/Traditional', '简繁混杂'),
  'missing-source': label('No source line', '缺少来源'),
  'unrepaired-encoding': label('Unrepaired encoding', '编码未修复'),
  'needs-check': label('Needs checking', '需核实'),
  other: label('Other', '其他'),
} satisfies Record<string, Label>

export type QualityFlagTypeCode = keyof typeof QUALITY_FLAG_LABELS

export const QUALITY_FLAG_TYPES = Object.keys(QUALITY_FLAG_LABELS).filter(
  (key): key is QualityFlagTypeCode => Object.hasOwn(QUALITY_FLAG_LABELS, key),
)

/** A stored flag type in the admin language (an unknown code as stored). */
export function qualityFlagLabel(type: string | null | undefined, lang: keyof Label): string {
  const known = QUALITY_FLAG_TYPES.find((code) => code === type)
  return known ? QUALITY_FLAG_LABELS[known][lang] : (type ?? '')
}

/** The select options of a flag's type field. */
export const qualityFlagOptions = () =>
  QUALITY_FLAG_TYPES.map((value) => ({ value, label: QUALITY_FLAG_LABELS[value] }))
