import type { StructureBlock } from './structure.js'

/** A numbered point: 1. / 2、 / （3） / ⑷ at the start of a paragraph. */
const NUMBERED_POINT = /^(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)])/
/** A point that asks whether something is done (是否按要求确定…), as inspection lists put them. */
const ASKS_WHETHER = /是否/
/** Enough points to be a list, and most of the numbered points ask. */
const MIN_CHECKS = 3

/**
 * A checklist: most of the text's numbered points ask 是否… (是否按要求确定工作秘密… / 涉密文件是否
 * 保存在保密柜中…, s-09), items to inspect against, not an argument. One signal, read from the
 * points themselves: a comment may ask 是否 once, it does not number its questions to be ticked.
 */
export function isChecklist(blocks: StructureBlock[]): boolean {
  const points = blocks.filter((block) => NUMBERED_POINT.test(block.text.trim()))
  const checks = points.filter((block) => ASKS_WHETHER.test(block.text)).length
  return checks >= MIN_CHECKS && checks * 2 > points.length
}
