/**
 * A question bank's explanation of an item, recognised by how it reads rather than by a label:
 * it opens by naming what the item tests (本题考查…, 此题考察…, 本题主要考查…) and it weighs the
 * options by their letters (BC选项…故排除, 故选A, D项错误). A page holding one item, its stem cut
 * before the options and its explanation below (a 题库 page's preview), has no options or 答案：
 * line for the quiz stage to count, but it is a quiz all the same.
 */
const TESTS_OPENING =
  /^(?:【?(?:解析|解答|分析|点拨|點撥|详解|詳解)】?\s*[:：]?\s*)?(?:本题|本題|此题|此題|该题|該題)(?:主要|重在|旨在)?(?:考查|考察|考核)/
const WEIGHS_OPTIONS =
  /[A-DＡ-Ｄ]{1,4}\s*(?:选项|選項|项|項)|(?:选项|選項)\s*[A-DＡ-Ｄ]|故选|故選|(?:应|應)选|(?:应|應)選|排除/

/** Characters of the paragraphs that explain an item, out of all the body's characters. */
export function itemExplanationShare(blocks: readonly { text: string }[]): number {
  let explained = 0
  let total = 0
  for (const block of blocks) {
    total += block.text.length
    if (TESTS_OPENING.test(block.text) && WEIGHS_OPTIONS.test(block.text))
      explained += block.text.length
  }
  return total === 0 ? 0 : explained / total
}
