/**
 * Item numbering as a class of tokens, for every stage that reads numbered items (structure's
 * numbered headings, chrome's "the text has begun", Q&A's item markers): a bare number closed by
 * 、 . ．, or a number after a numbering word (NO.1, No. 12, №3, #4) closed by a space or followed
 * directly by the item's text (NO.1 什么是恐怖主义? / NO.2什么是恐怖活动?).
 */
const NUMBER_WORD = '(?:no|nº|№)\\s*[.．]?\\s*|#\\s*'

/** The numbering at a line's start, the number in group 1 and the item's text in group 2. */
export const SINGLE_NUMBERED = new RegExp(
  `^(?:${NUMBER_WORD})?(\\d{1,2})(?:[.．、]|(?<=^(?:${NUMBER_WORD})\\d{1,2})(?=\\s|\\p{Script=Han}))\\s*(\\S.*)$`,
  'iu',
)
